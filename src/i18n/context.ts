import { createContext } from 'react';
import { createImportJobsFormatters, type ImportJobsFormatters } from '../format/formatters.js';
import { defaultImportJobsMessages, type ImportJobsMessages } from './messages.js';

/** The text and formatting every component of this library renders with. */
export interface ImportJobsI18n {
  /** The locale, or `undefined` for the runtime's default. */
  locale: string | undefined;
  /** The complete messages, defaults merged with every override. */
  messages: ImportJobsMessages;
  /** The formatters of `locale`. */
  format: ImportJobsFormatters;
}

const defaultI18n: ImportJobsI18n = {
  locale: undefined,
  messages: defaultImportJobsMessages,
  format: createImportJobsFormatters(undefined),
};

/**
 * The resolved i18n of the nearest provider. Internal: composite components provide their resolved value, so the
 * components they render share their `locale` and `messages` props.
 */
export const I18nContext = createContext<ImportJobsI18n>(defaultI18n);
