import { type Locale, locales } from '../messages';
import { usePreferences } from '../preferences';

/** The bar across the top: the product, and the display settings (theme and language). */
export function AppBar() {
  const { theme, setTheme, locale, setLocale, messages } = usePreferences();
  return (
    <header className="app-bar">
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <div className="app-bar__brand">
        <span className="app-bar__logo" aria-hidden="true">
          A
        </span>
        <span className="app-bar__product">{messages.productName}</span>
        <span className="app-bar__area">{messages.productArea}</span>
      </div>
      <fieldset className="app-bar__settings" aria-label={messages.settings}>
        <label className="theme-switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={theme === 'dark'}
            checked={theme === 'dark'}
            onChange={(event) => setTheme(event.currentTarget.checked ? 'dark' : 'light')}
          />
          <span className="theme-switch__track" aria-hidden="true" />
          {messages.darkTheme}
        </label>
        <label className="language-select">
          <span>{messages.language}</span>
          <select value={locale} onChange={(event) => setLocale(event.currentTarget.value as Locale)}>
            {locales.map((option) => (
              <option key={option} value={option} lang={option}>
                {messages.languageNames[option]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </header>
  );
}
