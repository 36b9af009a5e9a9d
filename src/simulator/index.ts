/**
 * `pinpoint-import-jobs/simulator`: a simulated Pinpoint backend and fixtures, with no peer dependency. The backend
 * answers Fetch requests as the service does (`backend.fetch`), so it serves unit tests
 * (`createHttpFetcher({ baseUrl, fetch: backend.fetch })`), a server's `source`, and server-rendered demos.
 * `pinpoint-import-jobs/msw` wraps the same backend in MSW handlers.
 *
 * @packageDocumentation
 */

export {
  createPinpointBackend,
  type PinpointAdvanceMode,
  type PinpointBackend,
  type PinpointBackendOptions,
  type PinpointFailOptions,
  type PinpointOperation,
  type PinpointRecordedRequest,
  type PinpointSegmentOptions,
} from './backend.js';
export * from './failures.js';
export * from './faults.js';
export type { SimulatedFetch } from './fetch.js';
export * from './fixtures.js';
export type { LiveJobOptions } from './lifecycle.js';
export { mulberry32, type RandomSource } from './random.js';
