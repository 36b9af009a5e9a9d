import type {
  ApplicationImportJobsObserverOptions,
  ImportJobsObserverResult,
  ImportJobsStore,
} from '../core/store/index.js';
import { useObserver } from './useObserver.js';

/** The options of {@link useApplicationImportJobs}: see each member for its default. */
export type UseApplicationImportJobsOptions = ApplicationImportJobsObserverOptions;

/** What {@link useApplicationImportJobs} returns: the same result as `useSegmentImportJobs`'s. */
export type UseApplicationImportJobsResult = ImportJobsObserverResult;

const create = (store: ImportJobsStore, options: UseApplicationImportJobsOptions) =>
  store.createApplicationObserver(options);

/**
 * The import jobs of all an application's segments (`GetImportJobs`), live, newest first: the same paging by
 * `NextToken`, polling, retries and sharing as `useSegmentImportJobs`, and the same result. The fetcher must have
 * `getImportJobs` (`createHttpFetcher(...)` and `createSdkFetcher(client)` do): a plain function is a type error,
 * and at run time a `MethodNotAllowedException` in `error`, not retried.
 *
 * @example
 * ```tsx
 * const { jobs, status, nextPage } = useApplicationImportJobs({ applicationId: 'app-1', fetcher, pageSize: 20 });
 * ```
 *
 * @param options - What to show and how (see {@link UseApplicationImportJobsOptions}).
 */
export function useApplicationImportJobs(
  options: UseApplicationImportJobsOptions,
): UseApplicationImportJobsResult {
  return useObserver(options, create);
}
