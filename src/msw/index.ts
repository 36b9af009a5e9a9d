/**
 * `pinpoint-import-jobs/msw`: a simulated Pinpoint backend and fixtures, for Storybook and for tests.
 * `msw` is an optional peer dependency of the package; this entry point needs it. Nothing here starts a server or
 * a worker: pass the handlers to `setupServer` (`msw/node`) or `setupWorker` (`msw/browser`).
 *
 * @packageDocumentation
 */

export * from '../simulator/failures.js';
export * from '../simulator/faults.js';
export * from '../simulator/fixtures.js';
export type { LiveJobOptions } from '../simulator/lifecycle.js';
export { mulberry32, type RandomSource } from '../simulator/random.js';
export * from './backend.js';
export * from './handlers.js';
