/**
 * The React binding: `ImportJobsProvider`, `useSegmentImportJobs`, `useApplicationImportJobs`, `useImportJob` and
 * `useKeptState`.
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
  type UseApplicationImportJobsOptions,
  type UseApplicationImportJobsResult,
  useApplicationImportJobs,
} from './useApplicationImportJobs.js';
export { type UseImportJobOptions, type UseImportJobResult, useImportJob } from './useImportJob.js';
export { useKeptState } from './useKeptState.js';
export {
  type UseSegmentImportJobsOptions,
  type UseSegmentImportJobsResult,
  useSegmentImportJobs,
} from './useSegmentImportJobs.js';
