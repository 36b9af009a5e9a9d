/** The app's own text (the library's comes from its messages: see pinpoint.tsx). */
export interface AppMessages {
  productName: string;
  productArea: string;
  skipToContent: string;
  settings: string;
  darkTheme: string;
  language: string;
  languageNames: Record<Locale, string>;
  applicationNav: string;
  applicationLabel: string;
  segmentsHeading: string;
  allImports: string;
  applicationIdLabel: string;
  importJob: string;
  segmentIdLabel: string;
  breadcrumb: string;
  pageTitle: (page: string) => string;
  unknownSegment: string;
  notFoundTitle: string;
  notFoundText: string;
  notFoundLink: string;
}

/** The languages the app offers. */
export type Locale = 'en-US' | 'de-DE';

/** Every {@link Locale}, in the order the language menu lists them. */
export const locales: readonly Locale[] = ['en-US', 'de-DE'];

const languageNames: Record<Locale, string> = { 'en-US': 'English', 'de-DE': 'Deutsch' };

const english: AppMessages = {
  productName: 'Acme Admin',
  productArea: 'Audience imports',
  skipToContent: 'Skip to content',
  settings: 'Display settings',
  darkTheme: 'Dark theme',
  language: 'Language',
  languageNames,
  applicationNav: 'Application',
  applicationLabel: 'Pinpoint application',
  segmentsHeading: 'Segments',
  allImports: 'All imports',
  applicationIdLabel: 'Application ID',
  importJob: 'Import job',
  segmentIdLabel: 'Segment ID',
  breadcrumb: 'Segments',
  pageTitle: (page) => `${page} · Acme Admin`,
  unknownSegment: 'Unknown segment',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is nothing at this address.',
  notFoundLink: 'Go to the first segment',
};

const german: AppMessages = {
  productName: 'Acme Admin',
  productArea: 'Zielgruppenimporte',
  skipToContent: 'Zum Inhalt springen',
  settings: 'Anzeigeeinstellungen',
  darkTheme: 'Dunkles Design',
  language: 'Sprache',
  languageNames,
  applicationNav: 'Anwendung',
  applicationLabel: 'Pinpoint-Anwendung',
  segmentsHeading: 'Segmente',
  allImports: 'Alle Importe',
  applicationIdLabel: 'Anwendungs-ID',
  importJob: 'Importauftrag',
  segmentIdLabel: 'Segment-ID',
  breadcrumb: 'Segmente',
  pageTitle: (page) => `${page} · Acme Admin`,
  unknownSegment: 'Unbekanntes Segment',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Unter dieser Adresse gibt es nichts.',
  notFoundLink: 'Zum ersten Segment',
};

/** The app's text in each {@link Locale}. */
export const appMessages: Record<Locale, AppMessages> = { 'en-US': english, 'de-DE': german };
