import { type ReactNode, useContext, useMemo } from 'react';
import { createImportJobsFormatters } from '../format/formatters.js';
import { I18nContext, type ImportJobsI18n } from './context.js';
import { type ImportJobsMessagesOverride, mergeImportJobsMessages } from './messages.js';

export type { ImportJobsI18n } from './context.js';

/** Props of {@link ImportJobsI18nProvider}. */
export interface ImportJobsI18nProviderProps {
  /** The locale of numbers, dates, relative times and durations. Default: the enclosing provider's, else the runtime's. */
  locale?: string | undefined;
  /**
   * Messages to override, merged onto the enclosing provider's (or the English defaults). Keep the object stable
   * (module scope or `useMemo`): a new object on every render re-renders every row of a table.
   * Default: no override.
   */
  messages?: ImportJobsMessagesOverride | undefined;
  /** The components that use these settings. */
  children?: ReactNode | undefined;
}

/**
 * Sets the locale and messages of every component below it. A component's own `locale` and `messages` props win
 * over the provider's.
 */
export function ImportJobsI18nProvider({ locale, messages, children }: ImportJobsI18nProviderProps) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => resolveI18n(parent, locale, messages), [parent, locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function resolveI18n(
  parent: ImportJobsI18n,
  locale: string | undefined,
  messages: ImportJobsMessagesOverride | undefined,
): ImportJobsI18n {
  if (locale === undefined && messages === undefined) return parent;
  const nextLocale = locale ?? parent.locale;
  return {
    locale: nextLocale,
    messages: messages ? mergeImportJobsMessages(parent.messages, messages) : parent.messages,
    format: nextLocale === parent.locale ? parent.format : createImportJobsFormatters(nextLocale),
  };
}

/** The per-component overrides every component accepts. */
export interface ImportJobsI18nProps {
  /** The locale of numbers and dates, overriding {@link ImportJobsI18nProvider}'s. Default: the provider's. */
  locale?: string | undefined;
  /**
   * Messages to override, merged onto the provider's. Keep the object stable (module scope or `useMemo`).
   * Default: no override.
   */
  messages?: ImportJobsMessagesOverride | undefined;
}

/**
 * The messages and formatters in effect: the defaults, then the nearest {@link ImportJobsI18nProvider}, then the
 * given overrides.
 *
 * @param overrides - A component's own `locale` and `messages`.
 */
export function useImportJobsI18n(overrides?: ImportJobsI18nProps): ImportJobsI18n {
  const parent = useContext(I18nContext);
  const locale = overrides?.locale;
  const messages = overrides?.messages;
  return useMemo(() => resolveI18n(parent, locale, messages), [parent, locale, messages]);
}
