// Everything the app shares with pinpoint-import-jobs: its stylesheet, the fetcher of the server's route, and the
// locale and messages every component of the library below takes from ImportJobsI18nProvider.
import 'pinpoint-import-jobs/styles.css';
import { ImportJobsI18nProvider } from 'pinpoint-import-jobs';
import { createHttpFetcher } from 'pinpoint-import-jobs/core';
import type { ReactNode } from 'react';
import { germanMessages } from './messages.de';
import { usePreferences } from './preferences';

/** Reads the server's import-jobs route (server.mjs mounts `createImportJobsHandler` there). */
export const fetcher = createHttpFetcher({ baseUrl: '/api/pinpoint' });

/** Gives the library's components the app's language. */
export function PinpointProvider({ children }: { children: ReactNode }) {
  const { locale } = usePreferences();
  return (
    <ImportJobsI18nProvider locale={locale} messages={locale === 'de-DE' ? germanMessages : undefined}>
      {children}
    </ImportJobsI18nProvider>
  );
}
