import type { HTMLAttributes } from 'react';
import type { ImportJobsI18nProps } from '../../i18n/ImportJobsI18nProvider.js';
import type { UseImportJobOptions } from '../../react/useImportJob.js';

/** The parts of {@link ImportJobPanel} a `classNames` entry can style, in addition to their `pij-*` class. */
export type ImportJobPanelPart =
  | 'header'
  | 'title'
  | 'details'
  | 'errorPanel'
  | 'staleBanner'
  | 'retryButton';

/** Extra class names for the parts of {@link ImportJobPanel}. */
export type ImportJobPanelClassNames = Partial<Record<ImportJobPanelPart, string>>;

/**
 * Props of {@link ImportJobPanel}: the options of `useImportJob` (`applicationId`, `jobId`, `fetcher`,
 * `pollInterval`, `initialData`, `onJobSettled`, `onError`, ...), plus the panel's own. `className`, `style`, `id`
 * and `data-*` go to the root `<section>`.
 */
export interface ImportJobPanelProps
  extends UseImportJobOptions,
    Omit<HTMLAttributes<HTMLElement>, 'children' | 'onError'>,
    ImportJobsI18nProps {
  /**
   * Whether auto-refresh starts on while the job is active. When the user turns it off, the hook gets
   * `pollInterval: false`. A job that ended polls no more, and the switch goes. Default: `true`.
   */
  defaultAutoRefresh?: boolean | undefined;
  /** Extra class names for the panel's parts. Default: none. */
  classNames?: ImportJobPanelClassNames | undefined;
}
