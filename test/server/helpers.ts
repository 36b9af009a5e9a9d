/**
 * Shared parts of the server tests: a source that counts its calls, and the handler mounted on a real `node:http`
 * server on 127.0.0.1 through `@hono/node-server`'s `getRequestListener`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type {
  GetImportJobRequest,
  GetImportJobsRequest,
  GetSegmentImportJobsRequest,
  ImportJobsFetcher,
} from '../../src/core/index.js';
import { createHttpFetcher } from '../../src/core/index.js';
import type { ImportJobsHandler } from '../../src/server/index.js';
import { createImportJobs, createPinpointBackend, type PinpointBackend } from '../../src/simulator/index.js';

/** The jobs of segment `seg-1` of application `app-1`. */
export const JOBS = createImportJobs(45, { seed: 16, applicationId: 'app-1', segmentId: 'seg-1' });

/** A source that records what it was asked, and the simulated backend behind it. */
export interface CountingSource {
  /** The full fetcher: the segment function with `getImportJobs` and `getImportJob`. */
  source: ImportJobsFetcher;
  /** Every request the source received, of any operation, in order. */
  calls: (GetSegmentImportJobsRequest | GetImportJobsRequest | GetImportJobRequest)[];
  /** The signals of those calls, in order. */
  signals: AbortSignal[];
  backend: PinpointBackend;
}

/**
 * A source reading the simulated backend through the real HTTP fetcher and `backend.fetch`.
 *
 * @param backend - The backend. Default: one segment `seg-1` of `app-1` holding {@link JOBS}.
 */
export function countingSource(
  backend: PinpointBackend = createPinpointBackend({
    segments: [{ segmentId: 'seg-1', applicationId: 'app-1', jobs: JOBS }],
  }),
): CountingSource {
  const fetcher = createHttpFetcher({ baseUrl: 'http://pinpoint.internal', fetch: backend.fetch });
  const calls: CountingSource['calls'] = [];
  const signals: AbortSignal[] = [];
  const record = (request: CountingSource['calls'][number], init: { signal: AbortSignal }) => {
    calls.push({ ...request });
    signals.push(init.signal);
  };
  const source: ImportJobsFetcher = Object.assign(
    (request: GetSegmentImportJobsRequest, init: { signal: AbortSignal }) => {
      record(request, init);
      return fetcher(request, init);
    },
    {
      getImportJobs: (request: GetImportJobsRequest, init: { signal: AbortSignal }) => {
        record(request, init);
        return fetcher.getImportJobs(request, init);
      },
      getImportJob: (request: GetImportJobRequest, init: { signal: AbortSignal }) => {
        record(request, init);
        return fetcher.getImportJob(request, init);
      },
    },
  );
  return { source, calls, signals, backend };
}

/** A function that counts its calls: `authorize` for the tests. */
export function counted<A extends unknown[], R>(
  body: (...args: A) => R,
): ((...args: A) => R) & { calls: A[] } {
  const calls: A[] = [];
  return Object.assign(
    (...args: A) => {
      calls.push(args);
      return body(...args);
    },
    { calls },
  );
}

/** A real HTTP server on 127.0.0.1 serving a handler. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * Mounts `handler` on `node:http` through `getRequestListener` (the Node and Express mount), on a free port.
 *
 * @param handler - The handler.
 */
export async function serve(handler: ImportJobsHandler): Promise<RunningServer> {
  const server = createServer(getRequestListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
