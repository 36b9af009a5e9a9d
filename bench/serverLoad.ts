/**
 * A bounded load on the server route: `clients` clients each send `requests` requests, one after another, to the
 * handler on a real `node:http` server on 127.0.0.1 (through `@hono/node-server`), over keep-alive connections. The
 * source takes `sourceMs` per call. The same load runs against a baseline in the same process: a plain route that
 * calls the source once per request, as a hand-written route would.
 *
 * Built and run by `bench/server-load.mjs`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { SegmentImportJobsFetcher } from '../src/core/index.js';
import { createImportJobsHandler } from '../src/server/index.js';
import { createImportJobs } from '../src/simulator/index.js';

/** The shape of the load. */
export interface LoadOptions {
  clients: number;
  requests: number;
  sourceMs: number;
  /** How many segments the clients spread over. */
  segments: number;
  /** How many users (scopes) the clients belong to. */
  users: number;
}

/** What one run measured. */
export interface LoadResult {
  name: string;
  requests: number;
  failed: number;
  upstreamCalls: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  seconds: number;
  rssBeforeMb: number;
  rssAfterMb: number;
}

const PAGE = createImportJobs(20, { seed: 7, applicationId: 'app-1' });

/** A source that takes `ms` to answer a page of 20 jobs, counting its calls. */
function slowSource(ms: number) {
  const counter = { calls: 0 };
  const source: SegmentImportJobsFetcher = (_request, { signal }) => {
    counter.calls += 1;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve({ ImportJobsResponse: { Item: structuredClone(PAGE) } }), ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  };
  return { source, counter };
}

/** The route a host would write by hand: parse, call the source, answer. No sharing, no limits. */
function naiveRoute(source: SegmentImportJobsFetcher) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const [, , , applicationId = '', , segmentId = ''] = url.pathname.split('/');
    const reply = await source(
      {
        ApplicationId: applicationId,
        SegmentId: segmentId,
        PageSize: url.searchParams.get('page-size') ?? '20',
      },
      { signal: request.signal },
    );
    return Response.json(reply.ImportJobsResponse);
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function run(
  name: string,
  handler: (request: Request) => Promise<Response>,
  counter: { calls: number },
  options: LoadOptions,
): Promise<LoadResult> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const server = createServer(getRequestListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      const user = `user-${client % options.users}`;
      for (let index = 0; index < options.requests; index += 1) {
        const segment = `seg-${(client + index) % options.segments}`;
        const url = `http://127.0.0.1:${port}/v1/apps/app-1/segments/${segment}/jobs/import?page-size=20`;
        const sent = performance.now();
        try {
          const response = await fetch(url, { headers: { 'x-user': user } });
          const body = (await response.json()) as { Item?: unknown[] };
          if (response.status !== 200 || body.Item?.length !== 20) failed += 1;
        } catch {
          failed += 1;
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  globalThis.gc?.();
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    failed,
    upstreamCalls: counter.calls,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? 0,
    seconds,
    rssBeforeMb: mb(rssBefore),
    rssAfterMb: mb(process.memoryUsage().rss),
  };
}

/**
 * Runs the load against the baseline, then against the handler with its defaults (`maxAgeMs` 1,000,
 * `maxConcurrent` 8, `maxQueue` 100), each user its own scope.
 *
 * @param options - The shape of the load.
 */
export async function runServerLoad(options: LoadOptions): Promise<LoadResult[]> {
  const baseline = slowSource(options.sourceMs);
  const ours = slowSource(options.sourceMs);
  const handler = createImportJobsHandler({
    source: ours.source,
    authorize: ({ request }) => ({ scope: request.headers.get('x-user') ?? 'anonymous' }),
    onError: (error) => console.error(error),
  });
  return [
    await run(
      'baseline: a route calling the source per request',
      naiveRoute(baseline.source),
      baseline.counter,
      options,
    ),
    await run('createImportJobsHandler (defaults)', handler, ours.counter, options),
  ];
}
