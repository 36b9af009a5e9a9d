import type { HTMLAttributes } from 'react';
import type { ImportJobsI18nProps } from '../../i18n/ImportJobsI18nProvider.js';
import type { UseSegmentImportJobsOptions } from '../../react/useSegmentImportJobs.js';
import type { ImportJobTableDataProps } from '../ImportJobTable/getImportJobTableProps.js';
import type { ImportJobTableProps } from '../ImportJobTable/interfaces.js';

/** Table props the panel passes through: everything but the data, which comes from the hook. */
export type SegmentImportJobsTableProps = Omit<
  ImportJobTableProps,
  keyof ImportJobTableDataProps | 'locale' | 'messages' | 'actions'
>;

/** The props a list panel (`SegmentImportJobs`, `ApplicationImportJobs`) has besides its hook's options. */
export interface ImportJobsPanelProps extends Pick<ImportJobTableProps, 'getJobHref' | 'onFollowJob'> {
  /**
   * Whether auto-refresh starts on. When the user turns it off, the hook gets `pollInterval: false`; when on, the
   * `pollInterval` given (or the hook's default). Default: `true`.
   */
  defaultAutoRefresh?: boolean | undefined;
  /** The table's preferences, controlled (see `ImportJobTable`'s `preferences`). Default: uncontrolled. */
  preferences?: ImportJobTableProps['preferences'];
  /** The table's first preferences when uncontrolled. Default: none. */
  defaultPreferences?: ImportJobTableProps['defaultPreferences'];
  /** Called with the table's next preferences when the user changes one. Default: none. */
  onPreferencesChange?: ImportJobTableProps['onPreferencesChange'];
  /**
   * Props of the inner `ImportJobTable` (column visibility, sorting, `classNames`, ...). Without `sorting`, the sort
   * the user picks is kept with the list's place: it comes back on back navigation, as the page does.
   * Default: none.
   */
  tableProps?: SegmentImportJobsTableProps | undefined;
}

/**
 * Props of {@link SegmentImportJobs}: the options of `useSegmentImportJobs` (`applicationId`, `segmentId`,
 * `fetcher`, `pageSize`, `pollInterval`, ...), plus the panel's own. `className`, `style`, `id` and `data-*` go to
 * the root `<section>`.
 */
export interface SegmentImportJobsProps
  extends UseSegmentImportJobsOptions,
    ImportJobsPanelProps,
    Omit<HTMLAttributes<HTMLElement>, 'children' | 'onError'>,
    ImportJobsI18nProps {}
