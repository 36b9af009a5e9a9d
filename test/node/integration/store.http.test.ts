/**
 * The store driving the real `createHttpFetcher` against a real `node:http` server on 127.0.0.1. Real timers; the
 * store's timers are compressed (every delay divided by 100) so backoff and polling run in milliseconds, while the
 * store still computes real delays.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpFetcher } from '../../../src/core/http/createHttpFetcher.js';
import {
  createImportJobsStore,
  createManualVisibility,
  type ImportJobsObserver,
  type ImportJobsObserverResult,
} from '../../../src/core/store/index.js';
import { type PinpointTestServer, startPinpointTestServer, wireJob } from '../servers/pinpointTestServer.js';

/**
 * Waits on real sockets hold on a loaded 2-core machine (Vitest's 1 s default does not); the tests' own timeout is
 * raised to match.
 */
const REAL_IO = { timeout: 10_000 };

let server: PinpointTestServer | undefined;
const unsubscribes: (() => void)[] = [];

afterEach(async () => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
  await server?.close();
  server = undefined;
});

function fastStore() {
  return createImportJobsStore({
    visibility: createManualVisibility(),
    random: () => 0,
    setTimeout: (callback, ms) => setTimeout(callback, ms / 100),
    clearTimeout: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
  });
}

function watch(observer: ImportJobsObserver) {
  const results: ImportJobsObserverResult[] = [];
  unsubscribes.push(observer.subscribe(() => results.push(observer.getSnapshot())));
  return { results, current: () => observer.getSnapshot() };
}

describe('store + createHttpFetcher + a real server', { timeout: 30_000 }, () => {
  it('loads, pages by NextToken with the page size as a string, and goes back', async () => {
    server = await startPinpointTestServer({
      jobs: [
        wireJob('j1', { JobStatus: 'COMPLETED' }),
        wireJob('j2', { JobStatus: 'COMPLETED' }),
        wireJob('j3', { JobStatus: 'FAILED' }),
      ],
    });
    const store = fastStore();
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    const view = watch(
      store.createObserver({ applicationId: 'app 1', segmentId: 'seg/1', pageSize: 2, fetcher }),
    );
    await vi.waitFor(() => expect(view.current().status).toBe('success'), REAL_IO);
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['j1', 'j2']);
    expect(server.requests[0]?.rawPath).toBe('/v1/apps/app%201/segments/seg%2F1/jobs/import');
    expect(server.requests[0]?.query.get('page-size')).toBe('2');
    expect(server.requests[0]?.query.has('token')).toBe(false);
    expect(view.current().hasNextPage).toBe(true);
    view.current().nextPage();
    expect(view.current()).toMatchObject({ pageIndex: 1, isPlaceholderData: true });
    await vi.waitFor(() => expect(view.current().isPlaceholderData).toBe(false), REAL_IO);
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['j3']);
    expect(server.requests[1]?.query.get('token')).toBe('2');
    expect(view.current().hasNextPage).toBe(false);
    view.current().previousPage();
    await vi.waitFor(() => expect(view.current().jobs.map((j) => j.Id)).toEqual(['j1', 'j2']), REAL_IO);
    expect(view.current().pageIndex).toBe(0);
  });

  it('polls while jobs are active, reports each settled job once, and stops when all are terminal', async () => {
    server = await startPinpointTestServer({ jobs: [wireJob('j1'), wireJob('j2')] });
    const store = fastStore();
    const settled: string[] = [];
    const view = watch(
      store.createObserver({
        applicationId: 'a',
        segmentId: 's',
        fetcher: createHttpFetcher({ baseUrl: server.url }),
        onJobSettled: (job) => settled.push(`${job.Id}:${job.JobStatus}`),
      }),
    );
    await vi.waitFor(() => expect(view.current().status).toBe('success'), REAL_IO);
    expect(view.current().isPolling).toBe(true);
    await server.waitForRequests(2);
    server.jobs = [wireJob('j1', { JobStatus: 'COMPLETED' }), wireJob('j2')];
    await vi.waitFor(() => expect(settled).toEqual(['j1:COMPLETED']), REAL_IO);
    server.jobs = [wireJob('j1', { JobStatus: 'COMPLETED' }), wireJob('j2', { JobStatus: 'FAILED' })];
    await vi.waitFor(() => expect(view.current().isPolling).toBe(false), REAL_IO);
    expect(settled).toEqual(['j1:COMPLETED', 'j2:FAILED']);
    const count = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests.length).toBe(count);
  });

  it('retries a 500 and a 429 with Retry-After, then shows the rows', async () => {
    server = await startPinpointTestServer({ jobs: [wireJob('j1', { JobStatus: 'COMPLETED' })] });
    server.enqueue(
      { kind: 'error', status: 500, errorType: 'InternalServerErrorException' },
      { kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '3' },
    );
    const store = fastStore();
    const observer = store.createObserver({
      applicationId: 'a',
      segmentId: 's',
      fetcher: createHttpFetcher({ baseUrl: server.url }),
    });
    const failures: { status: string; name: string | undefined; retryIn: number | undefined }[] = [];
    unsubscribes.push(
      observer.subscribe(() => {
        const result = observer.getSnapshot();
        if (result.nextRetryAt !== undefined) {
          failures.push({
            status: result.status,
            name: result.error?.name,
            retryIn: result.nextRetryAt - Date.now(),
          });
        }
      }),
    );
    const view = watch(observer);
    await vi.waitFor(() => expect(view.current().status).toBe('success'), REAL_IO);
    expect(view.current()).toMatchObject({
      failureCount: 0,
      error: undefined,
      jobs: [expect.objectContaining({ Id: 'j1' })],
    });
    expect(failures.map(({ status, name }) => `${status}:${name}`)).toEqual([
      'error:InternalServerErrorException',
      'error:TooManyRequestsException',
    ]);
    // The store computed the real delays (1 s floor; Retry-After: 3 raising it to 3 s), compressed only in time.
    expect(failures[0]?.retryIn).toBeGreaterThan(900);
    expect(failures[1]?.retryIn).toBeGreaterThan(2_900);
    expect(server.requests).toHaveLength(3);
    // Every result the view was told of: both failures showed, an abort never did.
    const shown = view.results.flatMap((result) => (result.error ? [result.error.name] : []));
    expect(new Set(shown)).toEqual(new Set(['InternalServerErrorException', 'TooManyRequestsException']));
  });

  it('stops on a 403 until refresh', async () => {
    server = await startPinpointTestServer({ jobs: [wireJob('j1', { JobStatus: 'COMPLETED' })] });
    server.enqueue({ kind: 'error', status: 403, errorType: 'ForbiddenException', message: 'nope' });
    const store = fastStore();
    const view = watch(
      store.createObserver({
        applicationId: 'a',
        segmentId: 's',
        fetcher: createHttpFetcher({ baseUrl: server.url }),
      }),
    );
    await vi.waitFor(() => expect(view.current().status).toBe('error'), REAL_IO);
    expect(view.current().error).toMatchObject({ name: 'ForbiddenException', statusCode: 403 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests).toHaveLength(1);
    await view.current().refresh();
    expect(view.current().status).toBe('success');
  });

  it('goes back to page 0 when the service refuses a token with a 400', async () => {
    server = await startPinpointTestServer({
      jobs: [wireJob('j1', { JobStatus: 'COMPLETED' }), wireJob('j2', { JobStatus: 'COMPLETED' })],
    });
    const store = fastStore();
    const view = watch(
      store.createObserver({
        applicationId: 'a',
        segmentId: 's',
        pageSize: 1,
        fetcher: createHttpFetcher({ baseUrl: server.url }),
      }),
    );
    await vi.waitFor(() => expect(view.current().hasNextPage).toBe(true), REAL_IO);
    server.enqueue({
      kind: 'error',
      status: 400,
      errorType: 'BadRequestException',
      message: 'Invalid token',
    });
    view.current().nextPage();
    await vi.waitFor(() => expect(view.current().pageReset).toBe('expired-token'), REAL_IO);
    await vi.waitFor(() => expect(view.current().isPlaceholderData).toBe(false), REAL_IO);
    expect(view.current()).toMatchObject({ pageIndex: 0, status: 'success' });
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['j1']);
  });

  it('aborts a hanging request when the last reader leaves, without an error or a leftover entry', async () => {
    server = await startPinpointTestServer();
    server.enqueue({ kind: 'hang' });
    const store = fastStore();
    const onError = vi.fn();
    const observer = store.createObserver({
      applicationId: 'a',
      segmentId: 's',
      fetcher: createHttpFetcher({ baseUrl: server.url }),
      onError,
    });
    const unsubscribe = observer.subscribe(() => {});
    await server.waitForRequests(1);
    unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.size).toBe(0);
    expect(onError).not.toHaveBeenCalled();
  });
});
