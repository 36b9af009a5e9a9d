/**
 * The framework-free store: shared entries, their observers, polling, retries and paging.
 *
 * @packageDocumentation
 */
export { getRetryDelay } from './backoff.js';
export {
  AUTH_RETRY_THROTTLE_MS,
  DEFAULT_POLL_INTERVAL_MS,
  IDLE_REFETCH_AFTER_MS,
  MAX_RETRIES,
  NOT_FOUND_GRACE_MS,
  PLACE_KEPT_MS,
  RETRY_AFTER_MAX_MS,
  RETRY_CAP_MS,
  RETRY_FLOOR_MS,
} from './constants.js';
export type { InvalidateFilter } from './invalidateFilter.js';
export { type ImportJobsAnyObserverOptions, ImportJobsObserver } from './observer.js';
export { getPollDelay } from './pollDelay.js';
export {
  type ApplicationImportJobsObserver,
  createImportJobsStore,
  type ImportJobObserver,
  type ImportJobsStore,
} from './store.js';
export { replaceEqualJobs } from './structuralSharing.js';
export type {
  ApplicationImportJobsObserverOptions,
  ImportJobObserverOptions,
  ImportJobObserverResult,
  ImportJobPollInterval,
  ImportJobPollIntervalFunction,
  ImportJobsKeptState,
  ImportJobsObserverOptions,
  ImportJobsObserverResult,
  ImportJobsStatus,
  ImportJobsStoreOptions,
  PageResetReason,
  PollInterval,
  PollIntervalContext,
  PollIntervalFunction,
  VisibilityEvent,
  VisibilityProvider,
} from './types.js';
export { createDocumentVisibility, createManualVisibility, type ManualVisibility } from './visibility.js';
