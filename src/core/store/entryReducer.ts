import type { PinpointError } from '../errors.js';
import type { ImportJobsPage } from '../types.js';
import { type ImportJobsEntryState, INITIAL_ENTRY_STATE } from './entryState.js';

/** Everything that can happen to an entry. */
export type ImportJobsEntryAction =
  /** A request starts; `manual` (refresh, invalidate, change of value) resets the failure count and unblocks. */
  | { type: 'fetch'; manual: boolean }
  /** A request succeeded. */
  | { type: 'success'; data: ImportJobsPage; now: number }
  /** `initialData` was put in the entry. */
  | { type: 'seed'; data: ImportJobsPage; now: number }
  /** A request failed (never with an `AbortError`); `retryDelay` is when a retry would be due. */
  | { type: 'error'; error: PinpointError; now: number; retryDelay: number }
  /** The request in flight was aborted or dropped. */
  | { type: 'cancel' }
  /** The host said the data is outdated. */
  | { type: 'invalidate' }
  /** The retry of the latest failure may come sooner (the connection a `NetworkError` lacked is back). */
  | { type: 'retrySooner'; retryAt: number }
  /** The polling schedule was (re)computed. */
  | { type: 'schedule'; interval: number | false; paused: boolean; nextRetryAt: number | undefined };

/**
 * The one place an entry's state changes: a pure function of the state and an action. Returns `state` itself
 * when nothing changed, so listeners are told only of real changes.
 *
 * @param state - The current state.
 * @param action - What happened.
 */
export function entryReducer(
  state: ImportJobsEntryState,
  action: ImportJobsEntryAction,
): ImportJobsEntryState {
  switch (action.type) {
    case 'fetch':
      return {
        ...state,
        fetchStatus: 'fetching',
        nextRetryAt: undefined,
        ...(action.manual ? { failureCount: 0, stoppedByError: false } : {}),
      };
    case 'success':
      // Everything back to its initial value but the schedule (`interval`, `paused`), which `schedule` recomputes.
      return {
        ...INITIAL_ENTRY_STATE,
        data: action.data,
        dataUpdatedAt: action.now,
        interval: state.interval,
        paused: state.paused,
      };
    case 'seed':
      if (state.data !== undefined) return state;
      return { ...state, data: action.data, dataUpdatedAt: action.now };
    case 'error':
      return {
        ...state,
        error: action.error,
        errorUpdatedAt: action.now,
        failureCount: state.failureCount + 1,
        retryAt: action.now + action.retryDelay,
        fetchStatus: 'idle',
        stoppedByError: !action.error.retryable,
        nextRetryAt: undefined,
      };
    case 'cancel':
      return state.fetchStatus === 'idle' ? state : { ...state, fetchStatus: 'idle' };
    case 'invalidate':
      return { ...state, invalidated: true, stoppedByError: false, failureCount: 0 };
    case 'retrySooner':
      return state.retryAt !== undefined && action.retryAt < state.retryAt
        ? { ...state, retryAt: action.retryAt }
        : state;
    case 'schedule':
      if (
        state.interval === action.interval &&
        state.paused === action.paused &&
        state.nextRetryAt === action.nextRetryAt
      ) {
        return state;
      }
      return { ...state, interval: action.interval, paused: action.paused, nextRetryAt: action.nextRetryAt };
    default:
      action satisfies never;
      return state;
  }
}
