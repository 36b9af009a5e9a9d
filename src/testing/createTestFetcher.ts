import { createHttpFetcher } from '../core/http/createHttpFetcher.js';
import type { ImportJobsFetcher, SegmentImportJobsFetcher } from '../core/types.js';
import {
  createPinpointBackend,
  type PinpointBackend,
  type PinpointBackendOptions,
  type PinpointFailOptions,
  type PinpointRecordedRequest,
} from '../simulator/backend.js';
import type { PinpointFaultInput } from '../simulator/faults.js';

/**
 * Options of {@link createTestFetcher}: those of the simulator's `createPinpointBackend` (`segments` with their
 * `jobs` and `live` jobs, `advance`, `pageSize`, `faults`, `latencyMs`, `seed`, …), without `baseUrl`, which the
 * fetcher chooses.
 */
export type TestFetcherOptions = Omit<PinpointBackendOptions, 'baseUrl'>;

/**
 * An in-memory {@link ImportJobsFetcher} for tests: the built-in fetchers' shape (the segment function, with
 * `getImportJobs` and `getImportJob`), answered by the simulated backend, with its controls.
 */
export interface TestFetcher extends ImportJobsFetcher {
  /**
   * Moves every live job on, whatever the `advance` mode: the only way they move with `advance: 'manual'`.
   *
   * @param steps - How many steps. Default: `1`.
   */
  advance(steps?: number): void;
  /**
   * Makes the next requests fail, after faults already scripted.
   *
   * @param fault - A simulator fault: an exception name (`'TooManyRequestsException'`), `'html-502'`,
   *   `'network-error'`, `'broken-json'`, `'hang'`, … or its object form (`{ kind: 'latency', ms: 500 }`).
   * @param options - For how many requests (`times`, default `1`; `Infinity` until `backend.reset()`).
   */
  fail(fault: PinpointFaultInput, options?: PinpointFailOptions): void;
  /** Every request answered so far, oldest first: operation, IDs, `pageSize`, `token`, `requestId`. */
  readonly requests: readonly PinpointRecordedRequest[];
  /** The simulated backend itself, for the other controls: `startJob`, `addJob`, `jobs`, `setLatency`, `reset`. */
  readonly backend: PinpointBackend;
}

/** Where the fetcher sends its requests: nowhere but the backend's own `fetch`. */
const BASE_URL = 'http://pinpoint.test';

/**
 * Creates a fetcher for tests that needs no network and no MSW: `createHttpFetcher` over the `fetch` of the
 * simulator's `createPinpointBackend`, so replies, errors, paging tokens and live jobs are the simulator's, in
 * Pinpoint's wire format. Live jobs move one step per answered request, or only on `advance()` with
 * `advance: 'manual'`.
 *
 * @example
 * ```ts
 * const fetcher = createTestFetcher({
 *   segments: [{ applicationId: 'app-1', segmentId: 'seg-1', jobs: createImportJobs(25), live: [{ outcome: 'FAILED' }] }],
 *   advance: 'manual',
 * });
 * fetcher.fail('TooManyRequestsException', { times: 2 });
 * render(<SegmentImportJobs applicationId="app-1" segmentId="seg-1" fetcher={fetcher} />);
 * ```
 *
 * @param options - The backend's segments, jobs, paging, clock and faults.
 */
export function createTestFetcher(options: TestFetcherOptions = {}): TestFetcher {
  const backend = createPinpointBackend({ ...options, baseUrl: BASE_URL });
  const fetcher = createHttpFetcher({ baseUrl: BASE_URL, fetch: backend.fetch });
  const { getImportJobs, getImportJob } = fetcher;
  const testFetcher: SegmentImportJobsFetcher = (request, init) => fetcher(request, init);
  return Object.defineProperties(Object.assign(testFetcher, { getImportJobs, getImportJob }), {
    advance: { value: (steps?: number) => backend.advance(steps), enumerable: true },
    fail: {
      value: (fault: PinpointFaultInput, failOptions?: PinpointFailOptions) =>
        backend.fail(fault, failOptions),
      enumerable: true,
    },
    requests: { get: () => backend.requests, enumerable: true },
    backend: { value: backend, enumerable: true },
  }) as TestFetcher;
}
