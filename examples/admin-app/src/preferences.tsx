import { createContext, type ReactNode, useContext, useLayoutEffect, useMemo, useState } from 'react';
import { type AppMessages, appMessages, type Locale, locales } from './messages';

/** The colour theme: the library's dark tokens apply under `data-theme="dark"`. */
export type Theme = 'light' | 'dark';

/** What the user chose in the app bar, kept in `localStorage`. */
export interface Preferences {
  theme: Theme;
  locale: Locale;
  messages: AppMessages;
  setTheme: (theme: Theme) => void;
  setLocale: (locale: Locale) => void;
}

const PreferencesContext = createContext<Preferences | null>(null);

/** Reads a stored choice, or `undefined` when storage is unavailable or holds something else. */
function stored<T extends string>(key: string, allowed: readonly T[]): T | undefined {
  try {
    const value = localStorage.getItem(key);
    return allowed.find((option) => option === value);
  } catch {
    return undefined;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or a full quota: the choice lasts for this page only.
  }
}

function initialTheme(): Theme {
  return (
    stored('admin-app:theme', ['light', 'dark'] as const) ??
    (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')
  );
}

function initialLocale(): Locale {
  const chosen = stored('admin-app:locale', locales);
  if (chosen) return chosen;
  return navigator.languages.some((language) => language.toLowerCase().startsWith('de')) ? 'de-DE' : 'en-US';
}

/** Holds the theme and the language, and applies them to `<html>` (`data-theme`, `lang`). */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [theme, setThemeState] = useState(initialTheme);
  const [locale, setLocaleState] = useState(initialLocale);

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = locale;
  }, [theme, locale]);

  const value = useMemo<Preferences>(
    () => ({
      theme,
      locale,
      messages: appMessages[locale],
      setTheme: (next) => {
        store('admin-app:theme', next);
        setThemeState(next);
      },
      setLocale: (next) => {
        store('admin-app:locale', next);
        setLocaleState(next);
      },
    }),
    [theme, locale],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

/** The user's theme and language, and the app's text in that language. */
export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (preferences === null) throw new Error('usePreferences needs a PreferencesProvider above it.');
  return preferences;
}
