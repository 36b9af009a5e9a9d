import type { Decorator, Preview } from '@storybook/react-vite';
import { ImportJobsI18nProvider } from '../src/index.js';

/**
 * The toolbar's theme, text direction and locale, applied around every story: `data-theme="dark"` (the
 * stylesheet's dark tokens), `dir` and `lang` on a wrapper that paints the theme's surface, and the locale on an
 * `ImportJobsI18nProvider`. The defaults (light, ltr, runtime locale) add nothing.
 */
export const withHostSettings: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : undefined;
  const dir = context.globals.dir === 'rtl' ? 'rtl' : undefined;
  const locale =
    typeof context.globals.locale === 'string' && context.globals.locale !== ''
      ? context.globals.locale
      : undefined;
  if (theme === undefined && dir === undefined && locale === undefined) return <Story />;
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
      <ImportJobsI18nProvider locale={locale}>
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
