/**
 * `pinpoint-import-jobs/msw`: the simulated Pinpoint backend of `pinpoint-import-jobs/simulator` as MSW handlers,
 * and the same fixtures, for Storybook and for tests. `msw` is an optional peer dependency of the package; this entry
 * point needs it. Nothing here starts a server or a worker: pass the handlers to `setupServer` (`msw/node`) or
 * `setupWorker` (`msw/browser`).
 *
 * @packageDocumentation
 */

export * from '../simulator/failures.js';
export * from '../simulator/faults.js';
export type { SimulatedFetch } from '../simulator/fetch.js';
export * from '../simulator/fixtures.js';
export type { LiveJobOptions } from '../simulator/lifecycle.js';
export { mulberry32, type RandomSource } from '../simulator/random.js';
export * from './backend.js';
export * from './handlers.js';
