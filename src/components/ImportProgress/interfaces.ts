import type { HTMLAttributes } from 'react';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobsI18nProps } from '../../i18n/ImportJobsI18nProvider.js';

/** Props of {@link ImportProgress}. `className`, `style`, `id` and `data-*` go to the root `<div>`. */
export interface ImportProgressProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children'>,
    ImportJobsI18nProps {
  /** The job whose `CompletedPieces`, `FailedPieces`, `TotalPieces`, `TotalProcessed` and `JobStatus` are shown. */
  job: ImportJob;
  /** Whether to show `TotalProcessed` as "N endpoints processed" under the bar. Default: `true`. */
  showEndpointsProcessed?: boolean | undefined;
  /**
   * `compact` renders fewer elements, for a table cell with many rows: the same progress bar (role, value, min, max
   * and `aria-valuetext`) and parts, the pieces as bare text, and the failed part only when pieces failed. The
   * root gets the class `pij-progress--compact`. Default: `'default'`.
   */
  variant?: ImportProgressVariant | undefined;
}

/** How much {@link ImportProgress} renders: `default` or `compact` (fewer elements, for table cells). */
export type ImportProgressVariant = 'default' | 'compact';

/** The state of a progress bar, as in its `data-state`. */
export type ImportProgressState = 'indeterminate' | 'loading' | 'complete';

/** What {@link getImportProgress} derives from a job's counts. */
export interface ImportProgressModel {
  /** `indeterminate` when the total of pieces is unknown and the job still runs, `complete` when all are done. */
  state: ImportProgressState;
  /** Pieces completed, clamped to `total`. */
  completed: number;
  /** Pieces failed, clamped to what `completed` leaves of `total`. */
  failed: number;
  /** The total of pieces, or 0 when unknown. */
  total: number;
  /** `(completed + failed) / total`, between 0 and 1; 1 for a finished job without pieces; 0 when indeterminate. */
  ratio: number;
  /** Endpoints processed (`TotalProcessed`), when reported. */
  processed: number | undefined;
  /** Whether the reported counts disagree (for example `CompletedPieces > TotalPieces`) and were clamped. */
  countsDisagree: boolean;
  /**
   * Whether the job is at work: a running status (`PROCESSING`, `COMPLETING`, `FAILING`) or pieces or endpoints
   * reported. Tells an indeterminate bar of a job that has not started from one whose total is merely unknown.
   */
  started: boolean;
}
