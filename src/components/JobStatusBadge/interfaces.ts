import type { HTMLAttributes } from 'react';
import type { JobStatus } from '../../core/types.js';
import type { ImportJobsI18nProps } from '../../i18n/ImportJobsI18nProvider.js';

/**
 * The tone of a status: the colour family a theme gives it (`--pij-color-<tone>-bg`, `--pij-color-<tone>-fg`).
 * Each tone also has its own icon shape, so status is never told by colour alone.
 */
export type JobStatusTone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'danger';

/** Props of {@link JobStatusBadge}. `className`, `style`, `id` and `data-*` go to the root `<span>`. */
export interface JobStatusBadgeProps
  extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'>,
    ImportJobsI18nProps {
  /**
   * The job status as received. An unknown status is shown as its raw value with the `neutral` tone; a missing
   * one as `messages.unknownStatus('')` (`Unknown`).
   */
  status: JobStatus | (string & {}) | undefined | null;
}
