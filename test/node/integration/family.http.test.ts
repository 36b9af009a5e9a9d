/**
 * The store's one-job and application views through the real `createHttpFetcher` and the real
 * `@aws-sdk/client-pinpoint` (`createSdkFetcher`), against a real `node:http` server on 127.0.0.1. Real timers; the
 * store's timers are compressed (every delay divided by 100), so a 5 s poll runs in 50 ms while the store still
 * computes real delays.
 */
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSdkFetcher } from '../../../src/aws-sdk/index.js';
import { createHttpFetcher } from '../../../src/core/http/createHttpFetcher.js';
import { createImportJobsStore, createManualVisibility } from '../../../src/core/store/index.js';
import type { ImportJobsFetcher } from '../../../src/core/types.js';
import { type PinpointTestServer, startPinpointTestServer, wireJob } from '../servers/pinpointTestServer.js';

/** Waits on real sockets hold on a loaded 2-core machine; the tests' own timeout is raised to match. */
const REAL_IO = { timeout: 10_000 };
/** The store's 5 s poll, in real milliseconds. */
const POLL_MS = 50;

let server: PinpointTestServer | undefined;
const unsubscribes: (() => void)[] = [];

afterEach(async () => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
  await server?.close();
  server = undefined;
});

function fastStore() {
  const visibility = createManualVisibility();
  const store = createImportJobsStore({
    visibility,
    random: () => 0,
    setTimeout: (callback, ms) => setTimeout(callback, ms / 100),
    clearTimeout: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
  });
  return { store, visibility };
}

function watch<T>(observer: { subscribe(listener: () => void): () => void; getSnapshot(): T }) {
  const results: T[] = [];
  unsubscribes.push(observer.subscribe(() => results.push(observer.getSnapshot())));
  return { results, current: () => observer.getSnapshot() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const fetchers: [string, (url: string) => ImportJobsFetcher][] = [
  ['createHttpFetcher', (url) => createHttpFetcher({ baseUrl: url })],
  [
    'createSdkFetcher and the real AWS SDK',
    (url) =>
      createSdkFetcher(
        new PinpointClient({
          endpoint: url,
          region: 'us-east-1',
          credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
          maxAttempts: 1,
        }),
      ),
  ],
];

describe.each(fetchers)(
  'one job and the lists, through %s and a real server',
  { timeout: 30_000 },
  (_name, make) => {
    it('polls one job once per tick for 10 readers, then never again once it is terminal', async () => {
      server = await startPinpointTestServer({ jobs: [wireJob('j1', { JobStatus: 'PROCESSING' })] });
      const { store, visibility } = fastStore();
      const fetcher = make(server.url);
      const views = Array.from({ length: 10 }, () =>
        watch(store.createJobObserver({ applicationId: 'app-1', jobId: 'j1', fetcher })),
      );
      await server.waitForRequests(4);
      const jobRequests = () =>
        server?.requests.filter((request) => request.operation === 'GetImportJob') ?? [];
      expect(jobRequests().every((request) => request.rawPath === '/v1/apps/app-1/jobs/import/j1')).toBe(
        true,
      );
      server.jobs = [wireJob('j1', { JobStatus: 'COMPLETED' })];
      await vi.waitFor(
        () => expect(views.every((view) => view.current().job?.JobStatus === 'COMPLETED')).toBe(true),
        REAL_IO,
      );
      expect(views.every((view) => !view.current().isPolling)).toBe(true);
      const settledAt = jobRequests().length;
      // 20 poll intervals, focus, visibility and the network coming back: nothing is sent.
      visibility.setVisible(false);
      visibility.setVisible(true);
      visibility.emit('focus');
      visibility.emit('online');
      await sleep(POLL_MS * 20);
      expect(jobRequests()).toHaveLength(settledAt);
    });

    it('sends one request per tick: 10 readers of a polling job never double a request', async () => {
      server = await startPinpointTestServer({ jobs: [wireJob('j1', { JobStatus: 'PROCESSING' })] });
      const { store } = fastStore();
      const fetcher = make(server.url);
      const started = Date.now();
      for (let reader = 0; reader < 10; reader++) {
        watch(store.createJobObserver({ applicationId: 'app-1', jobId: 'j1', fetcher }));
      }
      await server.waitForRequests(6);
      const elapsed = Date.now() - started;
      // Six requests are the first load and five polls: at least five poll intervals went by, so none was doubled.
      expect(elapsed).toBeGreaterThanOrEqual(POLL_MS * 5 - 5);
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
      await sleep(POLL_MS * 2);
      expect(server.requests.length).toBeLessThanOrEqual(7);
    });

    it('refreshes once every list with a reader that shows the job when the job view sees it settle', async () => {
      server = await startPinpointTestServer({
        jobs: [wireJob('j0', { JobStatus: 'COMPLETED' }), wireJob('j1', { JobStatus: 'PROCESSING' })],
      });
      const { store } = fastStore();
      const fetcher = make(server.url);
      // The lists do not poll, so every list request after the job settles comes of the job view.
      const lists = [
        ...Array.from({ length: 3 }, () =>
          watch(
            store.createObserver({
              applicationId: 'app-1',
              segmentId: 'seg-1',
              fetcher,
              pollInterval: false,
            }),
          ),
        ),
        watch(store.createApplicationObserver({ applicationId: 'app-1', fetcher, pollInterval: false })),
      ];
      await vi.waitFor(
        () => expect(lists.every((list) => list.current().status === 'success')).toBe(true),
        REAL_IO,
      );
      const detail = watch(store.createJobObserver({ applicationId: 'app-1', jobId: 'j1', fetcher }));
      // Shown at once from the lists, as placeholder data.
      expect(detail.current()).toMatchObject({
        isPlaceholderData: true,
        job: { Id: 'j1', JobStatus: 'PROCESSING' },
      });
      await vi.waitFor(() => expect(detail.current().isPlaceholderData).toBe(false), REAL_IO);
      const before = server.requests.length;
      server.jobs = [wireJob('j0', { JobStatus: 'COMPLETED' }), wireJob('j1', { JobStatus: 'FAILED' })];
      await vi.waitFor(
        () => expect(lists.every((list) => list.current().jobs[1]?.JobStatus === 'FAILED')).toBe(true),
        REAL_IO,
      );
      await sleep(POLL_MS * 10);
      const after = server.requests.slice(before).map((request) => request.operation);
      expect(after.filter((operation) => operation === 'GetSegmentImportJobs')).toHaveLength(1);
      expect(after.filter((operation) => operation === 'GetImportJobs')).toHaveLength(1);
      expect(detail.current().job?.JobStatus).toBe('FAILED');
    });

    it('retries a 404 with backoff while initialData says the job was just created, then shows it', async () => {
      server = await startPinpointTestServer({ jobs: [] });
      const { store } = fastStore();
      const created = new Date().toISOString();
      for (let index = 0; index < 3; index++) {
        server.enqueue({ kind: 'error', status: 404, errorType: 'NotFoundException', message: 'not yet' });
      }
      server.jobs = [wireJob('new', { JobStatus: 'INITIALIZING', CreationDate: created })];
      const view = watch(
        store.createJobObserver({
          applicationId: 'app-1',
          jobId: 'new',
          fetcher: make(server.url),
          initialData: { ImportJobResponse: wireJob('new', { JobStatus: 'CREATED', CreationDate: created }) },
        }),
      );
      expect(view.current().job?.JobStatus).toBe('CREATED');
      await vi.waitFor(() => expect(view.current().job?.JobStatus).toBe('INITIALIZING'), REAL_IO);
      expect(server.requests).toHaveLength(4);
      const shownErrors = view.results.flatMap((result) => (result.error ? [result.error.name] : []));
      expect(new Set(shownErrors)).toEqual(new Set(['NotFoundException']));
      expect(view.current()).toMatchObject({ error: undefined, failureCount: 0 });
    });

    it('shows a 404 of a job created long ago as NotFoundException, and sends nothing more', async () => {
      server = await startPinpointTestServer({ jobs: [] });
      const { store } = fastStore();
      const view = watch(
        store.createJobObserver({
          applicationId: 'app-1',
          jobId: 'old',
          fetcher: make(server.url),
          initialData: {
            ImportJobResponse: wireJob('old', {
              JobStatus: 'PROCESSING',
              CreationDate: new Date(Date.now() - 60_000).toISOString(),
            }),
          },
        }),
      );
      await vi.waitFor(() => expect(view.current().error?.name).toBe('NotFoundException'), REAL_IO);
      await sleep(POLL_MS * 10);
      expect(server.requests).toHaveLength(1);
      expect(view.current()).toMatchObject({ isPolling: false, isStale: true, error: { retryable: false } });
    });
  },
);
