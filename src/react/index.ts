/**
 * The React binding: `ImportJobsProvider` and `useSegmentImportJobs`.
 *
 * @packageDocumentation
 */
export { ImportJobsProvider, type ImportJobsProviderProps } from './ImportJobsProvider.js';
export {
  getDefaultImportJobsStore,
  ImportJobsStoreContext,
  useImportJobsStore,
} from './ImportJobsStoreContext.js';
export {
  type UseSegmentImportJobsOptions,
  type UseSegmentImportJobsResult,
  useSegmentImportJobs,
} from './useSegmentImportJobs.js';
