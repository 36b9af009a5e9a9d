/**
 * `pinpoint-import-jobs/core`: everything that does not need React.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './http/createHttpFetcher.js';
export * from './http/errorFromHttpResponse.js';
export { applicationImportJobsUrl, importJobUrl, segmentImportJobsUrl } from './http/importJobsUrls.js';
export * from './normalize.js';
export * from './store/index.js';
export * from './types.js';
