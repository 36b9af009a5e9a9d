/**
 * `pinpoint-import-jobs/testing/playwright`: the queries of `pinpoint-import-jobs/testing` for Playwright, as
 * locators and async reads, so a host's end-to-end tests read as its unit tests do. It loads nothing at run time
 * but its own code; its types come from `playwright-core` (an optional peer, installed with `@playwright/test`).
 *
 * @packageDocumentation
 */

export type * from '../types.js';
export { failureList, type PlaywrightFailureList } from './failureList.js';
export {
  importJobTable,
  type PlaywrightImportJobRow,
  type PlaywrightImportJobTable,
} from './importJobTable.js';
export type { PlaywrightScope } from './scope.js';
export { type PlaywrightStatusBadge, statusBadge } from './statusBadge.js';
