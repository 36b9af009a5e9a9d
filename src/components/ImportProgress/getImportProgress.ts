import { type ImportJob, isTerminalJobStatus } from '../../core/types.js';
import type { ImportProgressModel } from './interfaces.js';

/** The statuses of a job at work on its pieces. */
const RUNNING: ReadonlySet<unknown> = new Set(['PROCESSING', 'COMPLETING', 'FAILING']);

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;

/**
 * Derives a sane progress from a job's counts, which the service does not always keep consistent: counts above
 * the total are clamped, and a running job without a total is indeterminate.
 *
 * @param job - A normalised job.
 */
export function getImportProgress(job: ImportJob): ImportProgressModel {
  const total = count(job.TotalPieces) ?? 0;
  const rawCompleted = count(job.CompletedPieces) ?? 0;
  const rawFailed = count(job.FailedPieces) ?? 0;
  const processed = count(job.TotalProcessed);
  const terminal = isTerminalJobStatus(job.JobStatus);
  const started =
    RUNNING.has(job.JobStatus) ||
    rawCompleted > 0 ||
    rawFailed > 0 ||
    (processed !== undefined && processed > 0);

  if (total === 0) {
    return {
      state: terminal ? 'complete' : 'indeterminate',
      completed: 0,
      failed: 0,
      total: 0,
      ratio: terminal ? 1 : 0,
      processed,
      // Pieces done of a total reported as 0 disagree; of a total not reported yet, they only lack it.
      countsDisagree: job.TotalPieces === 0 && (rawCompleted > 0 || rawFailed > 0),
      started,
    };
  }
  const completed = Math.min(rawCompleted, total);
  const failed = Math.min(rawFailed, total - completed);
  const done = completed + failed;
  return {
    state: done >= total ? 'complete' : 'loading',
    completed,
    failed,
    total,
    ratio: done / total,
    processed,
    countsDisagree: rawCompleted + rawFailed > total,
    started,
  };
}
