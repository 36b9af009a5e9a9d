/**
 * `pinpoint-import-jobs`: React components and hooks for the import jobs of an Amazon Pinpoint segment.
 * Re-exports everything of `pinpoint-import-jobs/core`.
 *
 * @packageDocumentation
 */
export * from './components/JobStatusBadge/index.js';
export * from './core/index.js';
