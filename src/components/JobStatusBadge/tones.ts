import { isKnownJobStatus, type JobStatus } from '../../core/types.js';
import type { JobStatusTone } from './interfaces.js';

/** The tone of each known status. Statuses this library does not know are `neutral`. */
export const JOB_STATUS_TONES: Readonly<Record<JobStatus, JobStatusTone>> = Object.freeze({
  CREATED: 'neutral',
  PREPARING_FOR_INITIALIZATION: 'info',
  INITIALIZING: 'info',
  PROCESSING: 'progress',
  PENDING_JOB: 'neutral',
  COMPLETING: 'progress',
  COMPLETED: 'success',
  FAILING: 'warning',
  FAILED: 'danger',
});

/**
 * The tone of a status, `neutral` for anything unknown.
 *
 * @param status - A status as received, possibly unknown or missing.
 */
export function getJobStatusTone(status: unknown): JobStatusTone {
  return isKnownJobStatus(status) ? JOB_STATUS_TONES[status] : 'neutral';
}
