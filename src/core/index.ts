/**
 * `pinpoint-import-jobs/core`: everything that does not need React.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './normalize.js';
export * from './types.js';
