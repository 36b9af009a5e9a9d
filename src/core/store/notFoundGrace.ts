import { PinpointError } from '../errors.js';
import type { ImportJob } from '../types.js';
import { NOT_FOUND_GRACE_MS } from './constants.js';

/**
 * The error a failed request of one job counts as: a `NotFoundException` made retryable while the job's data (its
 * `initialData`, e.g. the reply of `CreateImportJob`) says it was created less than {@link NOT_FOUND_GRACE_MS} ago, as
 * a job just created is not found everywhere at once; any other error as it is. A `CreationDate` up to the same
 * span in the future (a clock ahead of ours) counts as just created too; one further off, or none, gives no grace.
 *
 * @param error - The failure.
 * @param job - The job the entry holds, if any.
 * @param now - The time now, in ms since the epoch.
 */
export function withNotFoundGrace(
  error: PinpointError,
  job: ImportJob | undefined,
  now: number,
): PinpointError {
  if (error.name !== 'NotFoundException' || error.retryable || job?.CreationDate === undefined) return error;
  const age = now - Date.parse(job.CreationDate);
  if (!(Math.abs(age) < NOT_FOUND_GRACE_MS)) return error;
  // A copy: the error the fetcher gave is never changed. Its own members, then those an `Error` keeps unenumerable.
  return new PinpointError({ ...error, message: error.message, cause: error.cause, retryable: true });
}

/**
 * Whether an error is a `NotFoundException` retried under {@link withNotFoundGrace}: retried for the whole grace, as
 * a poll would be, not only the two retries of a page that does not poll.
 *
 * @param error - The latest error of an entry.
 */
export function isGracedNotFound(error: PinpointError | undefined): boolean {
  return error?.name === 'NotFoundException' && error.retryable;
}
