import { forwardRef } from 'react';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { cx } from '../shared/cx.js';
import { getJobStatusLabel } from './getJobStatusLabel.js';
import type { JobStatusBadgeProps } from './interfaces.js';
import { StatusIcon } from './StatusIcon.js';
import { getJobStatusTone } from './tones.js';

/**
 * Shows a job status as a label, a tone and an icon, so status is never told by colour alone. The root carries
 * `data-status` (the status as given) and `data-tone`.
 *
 * @example
 * ```tsx
 * <JobStatusBadge status={job.JobStatus} />
 * ```
 */
export const JobStatusBadge = forwardRef<HTMLSpanElement, JobStatusBadgeProps>(function JobStatusBadge(
  { status, className, locale, messages: messageOverrides, ...rest },
  ref,
) {
  const { messages } = useImportJobsI18n({ locale, messages: messageOverrides });
  const tone = getJobStatusTone(status);
  const label = getJobStatusLabel(status, messages);
  return (
    <span
      {...rest}
      ref={ref}
      className={cx('pij-status-badge', className)}
      data-status={typeof status === 'string' ? status : undefined}
      data-tone={tone}
    >
      <StatusIcon tone={tone} />
      {label}
    </span>
  );
});
