import type { ImportJob } from '../types.js';
import { isTerminalJobStatus } from '../types.js';
import { DEFAULT_POLL_INTERVAL_MS, MAX_TIMER_DELAY_MS } from './constants.js';
import type { PollInterval, PollIntervalContext } from './types.js';

/**
 * Whether any job is still active: its `JobStatus` is not `COMPLETED` or `FAILED`. A status this library does not
 * know, or a missing one, counts as active.
 *
 * @param jobs - The jobs of a page.
 */
export function hasActiveJobs(jobs: readonly ImportJob[]): boolean {
  return jobs.some((job) => !isTerminalJobStatus(job.JobStatus));
}

/**
 * Turns any value into a usable delay: a positive finite number (clamped to what `setTimeout` honours), or `false`
 * for "do not poll" (`false`, 0, negative numbers, `NaN`, `Infinity` and anything else).
 *
 * @param value - A poll interval in milliseconds, or anything.
 */
export function toPollDelay(value: unknown): number | false {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return false;
  return Math.min(value, MAX_TIMER_DELAY_MS);
}

/**
 * The delay until the next poll of a page, as the `pollInterval` option rules it:
 * - `undefined`: 5,000 ms while any job is active (see {@link hasActiveJobs}), else `false`;
 * - a number: that delay while any job is active, else `false`; 0, a negative number or `NaN` turn polling off;
 * - `false`: off;
 * - a function: its answer, for any jobs (it takes full control); if it throws, `false`.
 *
 * @param pollInterval - The `pollInterval` option. Default: 5,000 ms while active.
 * @param jobs - The settled jobs of the page.
 * @param context - The rest of the settled state of the page.
 * @returns A delay in milliseconds, or `false` for no polling.
 */
export function getPollDelay(
  pollInterval: PollInterval | undefined,
  jobs: readonly ImportJob[],
  context: PollIntervalContext,
): number | false {
  if (typeof pollInterval === 'function') {
    try {
      // Typed `ImportJob[]` as the hook's `jobs` is, so a host's function typed either way fits; it only reads them.
      return toPollDelay(pollInterval(jobs as ImportJob[], context));
    } catch {
      return false;
    }
  }
  const delay = toPollDelay(pollInterval === undefined ? DEFAULT_POLL_INTERVAL_MS : pollInterval);
  return delay !== false && hasActiveJobs(jobs) ? delay : false;
}
