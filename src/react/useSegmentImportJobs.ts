import type {
  ImportJobsObserverOptions,
  ImportJobsObserverResult,
  ImportJobsStore,
} from '../core/store/index.js';
import { useObserver } from './useObserver.js';

/** The options of {@link useSegmentImportJobs}: see each member for its default. */
export type UseSegmentImportJobsOptions = ImportJobsObserverOptions;

/** What {@link useSegmentImportJobs} returns. */
export type UseSegmentImportJobsResult = ImportJobsObserverResult;

const create = (store: ImportJobsStore, options: UseSegmentImportJobsOptions) =>
  store.createObserver(options);

/**
 * The import jobs of a segment, live: loads the page, polls while jobs are active, retries what is worth retrying,
 * pages by `NextToken` and shares requests with every other observer of the same page. A thin binding of a store
 * observer on `useSyncExternalStore`: no fetching happens in the hook itself.
 *
 * Create the fetcher once (module level or `useMemo`); a new identity is harmless but wasteful. To switch backends
 * deliberately, remount with a React `key`.
 *
 * @param options - What to show and how (see {@link UseSegmentImportJobsOptions}).
 */
export function useSegmentImportJobs(options: UseSegmentImportJobsOptions): UseSegmentImportJobsResult {
  return useObserver(options, create);
}
