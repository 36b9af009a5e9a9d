import type { PinpointError } from '../errors.js';
import { AUTH_RETRY_THROTTLE_MS, RETRY_FLOOR_MS } from './constants.js';
import type { ImportJobsEntryState } from './entryState.js';
import type { VisibilityEvent } from './types.js';

/** What an entry knows, besides its state, when a visibility event comes. */
export interface VisibilityContext {
  /** The time now, in ms since the epoch. */
  now: number;
  /** Whether polling waits for the page to show (see {@link isPollingPaused}). */
  paused: boolean;
  /** Whether any observer of the entry is enabled. */
  hasEnabledObservers: boolean;
  /**
   * The request in flight, if any: `manual` when someone asked for it (refresh, invalidate, navigation), not when it
   * is a poll or a retry.
   */
  request: { readonly manual: boolean } | undefined;
  /** When refused credentials were last retried on an event, if ever. */
  lastAuthRetryAt: number | undefined;
  /** Whether the data is older than the active interval. Called only when the answer decides. */
  isStale: () => boolean;
}

/**
 * What an entry does about a visibility event: `ignore` it (polling is paused); `schedule` (recompute the polling schedule: no request changes); `cancel` the poll or retry in
 * flight, then schedule (which pauses); `fetch` now; `retryCredentials` now, which starts the throttle; or
 * `retrySooner`: bring the pending retry forward to {@link getOnlineRetryAt}, then schedule.
 */
export type VisibilityAction =
  | 'ignore'
  | 'schedule'
  | 'cancel'
  | 'fetch'
  | 'retryCredentials'
  | 'retrySooner';

/**
 * Whether polling waits for the page to show: it is hidden, and no observer polls in the background.
 *
 * @param visible - Whether the page is visible.
 * @param pollsInBackground - Whether any enabled observer polls while the page is hidden.
 */
export function isPollingPaused(visible: boolean, pollsInBackground: boolean): boolean {
  return !visible && !pollsInBackground;
}

/**
 * Whether the latest request failed and its retry is not due yet.
 *
 * @param state - The entry's state.
 * @param now - The time now.
 */
export function isRetryPending(state: ImportJobsEntryState, now: number): boolean {
  return state.error !== undefined && state.retryAt !== undefined && now < state.retryAt;
}

/**
 * When a retry is due once the connection a `NetworkError` lacked is back: at once, or 1 s after the failure
 * (the floor of every retry).
 *
 * @param state - The entry's state.
 * @param now - The time now.
 */
export function getOnlineRetryAt(state: ImportJobsEntryState, now: number): number {
  return (state.errorUpdatedAt ?? now) + RETRY_FLOOR_MS;
}

/** Whether an error says the credentials were refused (401 or 403). */
function isAuthError(error: PinpointError | undefined): boolean {
  return (
    error !== undefined &&
    (error.statusCode === 401 || error.statusCode === 403 || error.name === 'ForbiddenException')
  );
}

/**
 * What an entry does about a visibility event: `hidden` pauses, aborting a poll or retry in flight (so
 * `isFetching` is not left true while paused; a request someone asked for goes on). `visible`, `focus` and
 * `online` refetch data older than the active interval (see `isStale`), and retry refused credentials once,
 * throttled. No event sends a request before the retry of a failure is due (the backoff, or the server's
 * `Retry-After`, hold), except `online` after a `NetworkError`: the connection it lacked is back, so it retries at
 * once, however fresh the rows, or at the 1 s floor when the failure is not a second old.
 *
 * @param event - What happened.
 * @param state - The entry's state.
 * @param context - The rest of what the entry knows.
 */
export function getVisibilityAction(
  event: VisibilityEvent,
  state: ImportJobsEntryState,
  context: VisibilityContext,
): VisibilityAction {
  const { now, paused } = context;
  if (event === 'hidden') return context.request?.manual === false && paused ? 'cancel' : 'schedule';
  if (!context.hasEnabledObservers || context.request !== undefined) return 'schedule';
  if (paused) return 'ignore';
  if (state.stoppedByError) {
    const throttled =
      context.lastAuthRetryAt !== undefined && now - context.lastAuthRetryAt < AUTH_RETRY_THROTTLE_MS;
    return event !== 'online' && isAuthError(state.error) && !throttled ? 'retryCredentials' : 'schedule';
  }
  if (event === 'online' && state.error?.name === 'NetworkError') {
    return now >= getOnlineRetryAt(state, now) ? 'fetch' : 'retrySooner';
  }
  if (isRetryPending(state, now)) return 'schedule';
  return context.isStale() ? 'fetch' : 'schedule';
}
