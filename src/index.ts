/**
 * `pinpoint-import-jobs`: React components and hooks for the import jobs of an Amazon Pinpoint segment.
 * Re-exports everything of `pinpoint-import-jobs/core`.
 *
 * @packageDocumentation
 */
export * from './components/ApplicationImportJobs/index.js';
export * from './components/FailureList/index.js';
export * from './components/ImportJobDetails/index.js';
export * from './components/ImportJobPanel/index.js';
export * from './components/ImportJobTable/index.js';
export * from './components/ImportProgress/index.js';
export * from './components/JobStatusBadge/index.js';
export * from './components/SegmentImportJobs/index.js';
export * from './core/index.js';
export * from './format/index.js';
export * from './i18n/index.js';
export * from './react/index.js';
