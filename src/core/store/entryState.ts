import type { PinpointError } from '../errors.js';
import type { ImportJobsPage } from '../types.js';

/** The state of one shared entry (one page), changed only by `entryReducer`. */
export interface ImportJobsEntryState {
  /** The last page loaded successfully. */
  data: ImportJobsPage | undefined;
  /** When `data` was loaded, in ms since the epoch. */
  dataUpdatedAt: number | undefined;
  /** The error of the latest request, when it failed; cleared by a success. */
  error: PinpointError | undefined;
  /** When `error` happened. */
  errorUpdatedAt: number | undefined;
  /** Consecutive failures; reset by a success, a manual refetch or an invalidation. */
  failureCount: number;
  /** When a retry of the latest failure is due, if it is retried. */
  retryAt: number | undefined;
  /** Whether a request is in flight. */
  fetchStatus: 'idle' | 'fetching';
  /** Whether a non-retryable error stopped polling (until refresh, invalidate or a change of value). */
  stoppedByError: boolean;
  /** Whether `invalidate` marked the data as outdated. */
  invalidated: boolean;
  /** The poll interval last computed for the entry's observers. */
  interval: number | false;
  /** Whether polling is paused because the page is hidden. */
  paused: boolean;
  /** When the retry timer fires, when one is armed. */
  nextRetryAt: number | undefined;
}

/** The state of an entry that was never fetched. */
export const INITIAL_ENTRY_STATE: ImportJobsEntryState = {
  data: undefined,
  dataUpdatedAt: undefined,
  error: undefined,
  errorUpdatedAt: undefined,
  failureCount: 0,
  retryAt: undefined,
  fetchStatus: 'idle',
  stoppedByError: false,
  invalidated: false,
  interval: false,
  paused: false,
  nextRetryAt: undefined,
};
