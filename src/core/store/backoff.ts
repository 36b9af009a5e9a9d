import type { PinpointError } from '../errors.js';
import { RETRY_AFTER_MAX_MS, RETRY_CAP_MS, RETRY_FLOOR_MS } from './constants.js';

/**
 * How long to wait before retrying after the `failureCount`-th consecutive failure: exponential backoff with
 * "equal jitter" (`base / 2 + random() * base / 2`, with `base = 2^failureCount` seconds), never sooner than 1 s and
 * capped at 30 s. A server's `retryAfterMs` raises the floor (clamped to 5 minutes), and then also the cap.
 *
 * @param failureCount - The number of consecutive failures so far, counting this one (1 for the first).
 * @param error - The failure; only its `retryAfterMs` is read.
 * @param random - A source of numbers in `[0, 1)`. Default: `Math.random`.
 * @returns The delay in milliseconds.
 */
export function getRetryDelay(
  failureCount: number,
  error: Pick<PinpointError, 'retryAfterMs'> | undefined,
  random: () => number = Math.random,
): number {
  const retryAfter = error?.retryAfterMs;
  const floor =
    typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > RETRY_FLOOR_MS
      ? Math.min(retryAfter, RETRY_AFTER_MAX_MS)
      : RETRY_FLOOR_MS;
  const cap = Math.max(RETRY_CAP_MS, floor);
  const base = RETRY_FLOOR_MS * 2 ** Math.max(1, Math.min(failureCount, 30));
  const sample = random();
  const jitter = Number.isFinite(sample) ? Math.min(Math.max(sample, 0), 1) : 0;
  const delay = base / 2 + (jitter * base) / 2;
  return Math.max(floor, Math.min(cap, delay));
}
