import type { Decorator, Preview } from '@storybook/react-vite';
import { ImportJobsI18nProvider, type ImportJobsMessages } from '../src/index.js';
import { germanMessages } from '../stories/theming/messages.de.js';

/** Complete messages of the toolbar's locales that have them, by language; the others show the English defaults. */
const messagesByLanguage: Readonly<Record<string, ImportJobsMessages>> = { de: germanMessages };

/**
 * The toolbar's theme, text direction and locale, applied around every story: `data-theme="dark"` (the
 * stylesheet's dark tokens), `dir` and `lang` on a wrapper that paints the theme's surface, and the locale on an
 * `ImportJobsI18nProvider`, with the locale's messages where the stories have them (German). The defaults (light,
 * ltr, runtime locale) add nothing.
 */
export const withHostSettings: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : undefined;
  const dir = context.globals.dir === 'rtl' ? 'rtl' : undefined;
  const locale =
    typeof context.globals.locale === 'string' && context.globals.locale !== ''
      ? context.globals.locale
      : undefined;
  if (theme === undefined && dir === undefined && locale === undefined) return <Story />;
  const messages = locale === undefined ? undefined : messagesByLanguage[locale.split('-')[0] ?? ''];
  return (
    <div
      data-theme={theme}
      dir={dir}
      lang={locale}
      style={{
        background: 'var(--pij-color-surface, #ffffff)',
        color: 'var(--pij-color-text, #1d232b)',
        padding: '1rem',
      }}
    >
      <ImportJobsI18nProvider locale={locale} messages={messages}>
        <Story />
      </ImportJobsI18nProvider>
    </div>
  );
};

/** The toolbar menus of {@link withHostSettings}. */
export const hostSettingsGlobalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'Colour theme of the components',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Locale of numbers and dates',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: '', title: 'Browser default' },
        { value: 'en-US', title: 'English (US)' },
        { value: 'de-DE', title: 'Deutsch' },
        { value: 'ar-EG', title: 'العربية' },
        { value: 'ja-JP', title: '日本語' },
      ],
      dynamicTitle: true,
    },
  },
};
