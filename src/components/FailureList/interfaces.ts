import type { HTMLAttributes } from 'react';
import type { ImportJobsI18nProps } from '../../i18n/ImportJobsI18nProvider.js';

/** Props of {@link FailureList}. `className`, `style`, `id` and `data-*` go to the root `<div>`. */
export interface FailureListProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children'>,
    ImportJobsI18nProps {
  /** The failure strings of a job (`Failures`: the service sends the first 100 only). Default: none. */
  failures: readonly string[] | undefined;
  /**
   * How many failures there are in all (`TotalFailures`). When it exceeds `failures.length`, the list says so
   * ("Showing 100 of 2,345 failures"). Default: `failures.length`.
   */
  totalFailures?: number | undefined;
  /** The job the failures belong to: names the downloaded file. Default: none (`import-job-failures.txt`). */
  jobId?: string | undefined;
  /** From how many entries on a filter input is shown. Default: `11` (more than 10 entries). */
  filterThreshold?: number | undefined;
}
