import type {
  ImportJobObserverOptions,
  ImportJobObserverResult,
  ImportJobsStore,
} from '../core/store/index.js';
import { useObserver } from './useObserver.js';

/** The options of {@link useImportJob}: see each member for its default. */
export type UseImportJobOptions = ImportJobObserverOptions;

/** What {@link useImportJob} returns. */
export type UseImportJobResult = ImportJobObserverResult;

const create = (store: ImportJobsStore, options: UseImportJobOptions) => store.createJobObserver(options);

/**
 * One import job by its ID (`GetImportJob`), live: it polls while the job is active and stops for good once it is
 * `COMPLETED` or `FAILED`. A job a list of the same store holds is shown at once (`isPlaceholderData`) until its own
 * reply; when it settles, the lists showing it refetch once. A 404 is `NotFoundException` in `error`, not retried,
 * except while `initialData` says the job was created less than 30 s ago. The fetcher must have `getImportJob`
 * (`createHttpFetcher(...)` and `createSdkFetcher(client)` do): a plain function is a type error, and at run time a
 * `MethodNotAllowedException` in `error`, not retried.
 *
 * @example
 * ```tsx
 * const { status, job, error } = useImportJob({ applicationId: 'app-1', jobId, fetcher });
 * ```
 *
 * @param options - Which job and how (see {@link UseImportJobOptions}).
 */
export function useImportJob(options: UseImportJobOptions): UseImportJobResult {
  return useObserver(options, create);
}
