/**
 * `pinpoint-import-jobs/testing`: what a host's tests need to test its pages that show import jobs, without MSW and
 * without knowing the markup. `createTestFetcher` serves the simulated backend in memory; `importJobTable`,
 * `failureList` and `statusBadge` read the rendered components through roles, accessible names and `data-*`
 * states. Actions need `@testing-library/dom` (an optional peer); nothing else here does.
 * For Playwright, see `pinpoint-import-jobs/testing/playwright`.
 *
 * @packageDocumentation
 */

export type { PinpointFailOptions, PinpointRecordedRequest } from '../simulator/backend.js';
export type { PinpointFaultInput, PinpointFaultShorthand } from '../simulator/faults.js';
export {
  type CreateImportJobOptions,
  type CreateImportJobsOptions,
  createImportJob,
  createImportJobs,
  type ImportJobOverrides,
} from '../simulator/fixtures.js';
export type { LiveJobOptions } from '../simulator/lifecycle.js';
export { createTestFetcher, type TestFetcher, type TestFetcherOptions } from './createTestFetcher.js';
export { type FailureListWrapper, failureList } from './dom/failureList.js';
export {
  type ImportJobRowWrapper,
  type ImportJobTableWrapper,
  importJobTable,
} from './dom/importJobTable.js';
export { type StatusBadgeWrapper, statusBadge } from './dom/statusBadge.js';
export type * from './types.js';
