import { forwardRef, type HTMLAttributes } from 'react';
import type { JobStatus } from '../../core/types.js';

/** The tone of a status: what colour family a theme gives it. */
export type JobStatusTone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'danger';

/** Props of {@link JobStatusBadge}. */
export interface JobStatusBadgeProps extends HTMLAttributes<HTMLSpanElement> {
  /** The job status as received; an unknown status is shown as its raw value with a neutral tone. */
  status: JobStatus | (string & {}) | undefined;
}

const LABELS: Record<JobStatus, string> = {
  CREATED: 'Created',
  PREPARING_FOR_INITIALIZATION: 'Preparing',
  INITIALIZING: 'Initializing',
  PROCESSING: 'Processing',
  PENDING_JOB: 'Pending',
  COMPLETING: 'Completing',
  COMPLETED: 'Completed',
  FAILING: 'Failing',
  FAILED: 'Failed',
};

const TONES: Record<JobStatus, JobStatusTone> = {
  CREATED: 'neutral',
  PREPARING_FOR_INITIALIZATION: 'info',
  INITIALIZING: 'info',
  PROCESSING: 'progress',
  PENDING_JOB: 'neutral',
  COMPLETING: 'progress',
  COMPLETED: 'success',
  FAILING: 'warning',
  FAILED: 'danger',
};

/** Shows a job status as a label, a tone and an icon, so status is never told by colour alone. First cut. */
export const JobStatusBadge = forwardRef<HTMLSpanElement, JobStatusBadgeProps>(function JobStatusBadge(
  { status, className, ...rest },
  ref,
) {
  const known = typeof status === 'string' && Object.hasOwn(LABELS, status);
  const tone = known ? TONES[status as JobStatus] : 'neutral';
  const label = known ? LABELS[status as JobStatus] : String(status ?? '');
  return (
    <span
      {...rest}
      ref={ref}
      className={['pij-status-badge', className].filter(Boolean).join(' ')}
      data-status={status}
      data-tone={tone}
    >
      <svg
        className="pij-status-badge__icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 8 8"
        width="8"
        height="8"
      >
        <circle cx="4" cy="4" r="3.5" fill="currentColor" />
      </svg>
      {label}
    </span>
  );
});
