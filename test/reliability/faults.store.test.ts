/**
 * The fault matrix, end to end: a real `node:http` server on 127.0.0.1 answers with each fault, through the real
 * `createHttpFetcher` and the real AWS SDK (`createSdkFetcher`), into the store, and each test asserts what the user
 * would see: the status, the error's name, whether it retries, and that rows already shown are kept.
 */
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSdkFetcher } from '../../src/aws-sdk/createSdkFetcher.js';
import type { PinpointErrorName } from '../../src/core/errors.js';
import { createHttpFetcher } from '../../src/core/http/createHttpFetcher.js';
import type { SegmentImportJobsFetcher } from '../../src/core/types.js';
import {
  type PinpointTestServer,
  type Reply,
  startPinpointTestServer,
  wireJob,
} from '../node/servers/pinpointTestServer.js';
import { createLiveStore, type LiveStore, openView, settled, type View } from './helpers/liveStore.js';

/** The fetchers' timeout: short for the request that never answers, generous otherwise (a loaded CI machine). */
const HANG_TIMEOUT_MS = 300;
const TIMEOUT_MS = 5_000;
const HTML = (status: number) =>
  `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1></body></html>`;

interface Fault {
  /** The test's name. */
  name: string;
  /** What the server answers. */
  reply: Reply;
  /** The error the user sees. */
  error: PinpointErrorName;
  /** Whether the store retries on its own. */
  retryable: boolean;
  /** The status the error carries, when there was a reply. */
  statusCode?: number;
}

const exception = (status: number, name: PinpointErrorName, retryable: boolean): Fault => ({
  name: `${status} ${name}`,
  reply: { kind: 'error', status, errorType: name, requestId: `req-${status}` },
  error: name,
  retryable,
  statusCode: status,
});

/** Every fault, with what the user must see. */
const FAULTS: Fault[] = [
  exception(400, 'BadRequestException', false),
  exception(403, 'ForbiddenException', false),
  exception(404, 'NotFoundException', false),
  exception(405, 'MethodNotAllowedException', false),
  exception(413, 'PayloadTooLargeException', false),
  exception(429, 'TooManyRequestsException', true),
  exception(500, 'InternalServerErrorException', true),
  ...[502, 503, 504].map(
    (status): Fault => ({
      name: `HTML ${status} from a gateway`,
      reply: { kind: 'raw', status, body: HTML(status), headers: { 'content-type': 'text/html' } },
      error: 'ServiceUnavailableError',
      retryable: true,
      statusCode: status,
    }),
  ),
  {
    name: '401 from a host proxy, no error type',
    reply: { kind: 'error', status: 401 },
    error: 'HttpError',
    retryable: false,
    statusCode: 401,
  },
  {
    name: '200 with broken JSON',
    reply: {
      kind: 'raw',
      status: 200,
      body: '{"Item":[{"Id":"job-9","JobStatus":',
      headers: { 'content-type': 'application/json' },
    },
    error: 'InvalidResponseError',
    retryable: true,
  },
  {
    name: '200 with an HTML body',
    reply: { kind: 'raw', status: 200, body: HTML(200), headers: { 'content-type': 'text/html' } },
    error: 'InvalidResponseError',
    retryable: true,
  },
  {
    name: '200 with an empty body',
    reply: { kind: 'raw', status: 200, body: '', headers: { 'content-type': 'application/json' } },
    error: 'InvalidResponseError',
    retryable: true,
  },
  {
    name: '200 with a JSON array body',
    reply: { kind: 'json', body: [{ Id: 'job-9' }] },
    error: 'InvalidResponseError',
    retryable: true,
  },
  ...[null, [], 'page'].map(
    (wrapped): Fault => ({
      name: `200 wrapped with an ImportJobsResponse of ${JSON.stringify(wrapped)}`,
      reply: { kind: 'json', body: { ImportJobsResponse: wrapped } },
      error: 'InvalidResponseError',
      retryable: true,
    }),
  ),
  {
    name: '200 with Item of the wrong type',
    reply: { kind: 'json', body: { Item: { Id: 'job-9' } } },
    error: 'InvalidResponseError',
    retryable: true,
  },
  {
    name: '200 cut off half-way (connection dropped)',
    reply: { kind: 'truncate', body: JSON.stringify({ Item: [wireJob('job-9')] }) },
    error: 'InvalidResponseError',
    retryable: true,
  },
  {
    name: '200 naming a Pinpoint exception in x-amzn-ErrorType (a gateway that answers 200)',
    reply: {
      kind: 'raw',
      status: 200,
      body: JSON.stringify({ Message: 'Internal', RequestID: 'req-200' }),
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalServerErrorException' },
    },
    error: 'InternalServerErrorException',
    retryable: true,
    statusCode: 200,
  },
  {
    name: "400 with AWS's ThrottlingException in the body's __type, no header",
    reply: {
      kind: 'raw',
      status: 400,
      body: JSON.stringify({
        __type: 'com.amazonaws.pinpoint#ThrottlingException',
        message: 'Rate exceeded',
      }),
      headers: { 'content-type': 'application/json' },
    },
    error: 'TooManyRequestsException',
    retryable: true,
    statusCode: 400,
  },
  {
    name: "400 with AWS's ExpiredTokenException in the body's code, no header",
    reply: {
      kind: 'raw',
      status: 400,
      body: JSON.stringify({ code: 'ExpiredTokenException', message: 'The security token has expired.' }),
      headers: { 'content-type': 'application/json' },
    },
    error: 'ForbiddenException',
    retryable: false,
    statusCode: 400,
  },
  {
    name: 'x-amzn-ErrorType sent twice (the first counts)',
    reply: {
      kind: 'raw',
      status: 500,
      body: JSON.stringify({ Message: 'm' }),
      headers: {
        'content-type': 'application/json',
        'x-amzn-errortype': ['ForbiddenException', 'NotFoundException'],
      },
    },
    error: 'ForbiddenException',
    retryable: false,
    statusCode: 500,
  },
  {
    name: 'a 307 redirect (not followed)',
    reply: {
      kind: 'raw',
      status: 307,
      body: '',
      headers: { location: 'http://localhost:9/v1/apps/app-1/segments/seg-1/jobs/import' },
    },
    error: 'HttpError',
    retryable: false,
    statusCode: 307,
  },
  {
    name: '404 cut off half-way through its body (named by its status and headers)',
    reply: {
      kind: 'truncate',
      status: 404,
      body: JSON.stringify({ Message: 'Segment not found', RequestID: 'req-404' }),
      headers: { 'x-amzn-errortype': 'NotFoundException', 'x-amzn-requestid': 'req-404' },
    },
    error: 'NotFoundException',
    retryable: false,
    statusCode: 404,
  },
  {
    name: 'network failure (socket destroyed, no reply)',
    reply: { kind: 'destroy' },
    error: 'NetworkError',
    retryable: true,
  },
  {
    name: 'a request that never answers (timeout)',
    reply: { kind: 'hang' },
    error: 'TimeoutError',
    retryable: true,
  },
];

const ADAPTERS: Record<string, (url: string, timeoutMs?: number) => SegmentImportJobsFetcher> = {
  createHttpFetcher: (url, timeoutMs = TIMEOUT_MS) => createHttpFetcher({ baseUrl: url, timeoutMs }),
  'createSdkFetcher (real AWS SDK)': (url, timeoutMs = TIMEOUT_MS) =>
    createSdkFetcher(
      new PinpointClient({
        endpoint: url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
        maxAttempts: 1,
      }),
      { timeoutMs },
    ),
};

describe.each(Object.entries(ADAPTERS))('fault matrix through %s and the store', (_adapter, makeFetcher) => {
  let server: PinpointTestServer;
  let live: LiveStore;
  let view: View | undefined;

  beforeEach(async () => {
    server = await startPinpointTestServer({
      jobs: [wireJob('job-1'), wireJob('job-2', { JobStatus: 'COMPLETED' })],
    });
    live = createLiveStore();
  });

  afterEach(async () => {
    view?.unsubscribe();
    view = undefined;
    await server.close();
  });

  /** The fetcher of the view: `timeoutMs` can be shortened for the request that never answers. */
  let timeoutMs = TIMEOUT_MS;
  const open = () => {
    const fetcher: SegmentImportJobsFetcher = (request, init) =>
      makeFetcher(server.url, timeoutMs)(request, init);
    view = openView(live.store, { applicationId: 'app-1', segmentId: 'seg-1', fetcher });
    return view;
  };
  const expectFault = (fault: Fault) => {
    server.enqueue(fault.reply);
    if (fault.reply.kind === 'hang') timeoutMs = HANG_TIMEOUT_MS;
  };

  describe.each(FAULTS)('$name', (fault) => {
    it(`first load: status error, ${fault.error}, no rows, ${fault.retryable ? 'retries with backoff' : 'stops until refresh'}`, async () => {
      timeoutMs = TIMEOUT_MS;
      expectFault(fault);
      const v = open();
      expect(v.current().status).toBe('loading');
      await settled(v);
      const result = v.current();
      expect(result.status).toBe('error');
      expect(result.jobs).toEqual([]);
      expect(result.error?.name).toBe(fault.error);
      expect(result.error?.retryable).toBe(fault.retryable);
      if (fault.statusCode !== undefined) expect(result.error?.statusCode).toBe(fault.statusCode);
      timeoutMs = TIMEOUT_MS;
      if (fault.retryable) {
        expect(result.nextRetryAt).toBeDefined();
        expect((result.nextRetryAt ?? 0) - live.clock.now()).toBeGreaterThanOrEqual(1_000);
        // The retry happens on its own and recovers.
        live.clock.fireNext();
        await settled(v);
        expect(v.current()).toMatchObject({ status: 'success', error: undefined, failureCount: 0 });
        expect(v.current().jobs.map((job) => job.Id)).toEqual(['job-1', 'job-2']);
      } else {
        expect(result.nextRetryAt).toBeUndefined();
        expect(live.clock.liveTimers).toBe(0);
        // Only the user's refresh tries again.
        await v.current().refresh();
        expect(v.current().status).toBe('success');
      }
    });

    it(`refresh after rows were shown: rows kept, isStale, error ${fault.error}`, async () => {
      timeoutMs = TIMEOUT_MS;
      const v = open();
      await settled(v);
      const good = v.current().jobs;
      expect(good.map((job) => job.Id)).toEqual(['job-1', 'job-2']);
      expectFault(fault);
      await v.current().refresh();
      const result = v.current();
      expect(result.status).toBe('success');
      expect(result.jobs).toBe(good);
      expect(result.isStale).toBe(true);
      expect(result.error?.name).toBe(fault.error);
      // Rows survive every later failure too, until a good reply replaces them.
      server.enqueue(fault.reply);
      await v.current().refresh();
      expect(v.current().jobs).toBe(good);
      timeoutMs = TIMEOUT_MS;
      await v.current().refresh();
      expect(v.current()).toMatchObject({ status: 'success', isStale: false, error: undefined });
    });
  });

  it('Item: null is an empty page, not an error (the empty state)', async () => {
    server.enqueue({ kind: 'json', body: { Item: null } });
    const v = open();
    await settled(v);
    expect(v.current()).toMatchObject({ status: 'success', jobs: [], error: undefined, hasNextPage: false });
  });

  it('a body of {} (no Item) is an empty page', async () => {
    server.enqueue({ kind: 'json', body: {} });
    const v = open();
    await settled(v);
    expect(v.current()).toMatchObject({ status: 'success', jobs: [], error: undefined });
  });

  it('items that are not objects are dropped (no empty rows that would keep the page polling)', async () => {
    server.enqueue({
      kind: 'json',
      body: { Item: [wireJob('job-9', { JobStatus: 'COMPLETED' }), [], ['x'], 7, 'job', null] },
    });
    const v = open();
    await settled(v);
    expect(v.current().jobs.map((job) => job.Id)).toEqual(['job-9']);
    expect(v.current().isPolling).toBe(false);
  });

  it('a page a backend passed through still wrapped ({ ImportJobsResponse: { Item } }) is unwrapped', async () => {
    server.enqueue({
      kind: 'json',
      body: { ImportJobsResponse: { Item: [wireJob('job-9')], NextToken: 'n' } },
    });
    const v = open();
    await settled(v);
    expect(v.current()).toMatchObject({ status: 'success', hasNextPage: true });
    expect(v.current().jobs.map((job) => job.Id)).toEqual(['job-9']);
  });

  it('a 500 whose body nests too deep for the parser: the message is the status, not the parser failure', async () => {
    const deep = `{"Message":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    server.enqueue({ kind: 'raw', status: 500, body: deep, headers: { 'content-type': 'application/json' } });
    const v = open();
    await settled(v);
    expect(v.current().error).toMatchObject({
      name: 'InternalServerErrorException',
      message: 'InternalServerErrorException (HTTP status 500).',
    });
  });

  it.each([
    ['x-amz-request-id alone', '{}', { 'x-amz-request-id': 'amz-1' }, 'amz-1'],
    [
      "an empty RequestID in the body, the header's",
      '{"RequestID":""}',
      { 'x-amzn-requestid': 'hdr-1' },
      'hdr-1',
    ],
    [
      "the body's RequestID over the header's",
      '{"RequestID":"body-1"}',
      { 'x-amzn-requestid': 'hdr-1' },
      'body-1',
    ],
  ])('requestId: %s', async (_case, body, headers, requestId) => {
    server.enqueue({
      kind: 'raw',
      status: 500,
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
    const v = open();
    await settled(v);
    expect(v.current().error).toMatchObject({ name: 'InternalServerErrorException', requestId });
  });

  it('Retry-After (seconds) holds the retry back until the server said', async () => {
    server.enqueue({ kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '7' });
    const v = open();
    await settled(v);
    const result = v.current();
    expect(result.error).toMatchObject({ name: 'TooManyRequestsException', retryAfterMs: 7_000 });
    expect((result.nextRetryAt ?? 0) - live.clock.now()).toBeGreaterThanOrEqual(7_000);
    live.clock.advance(6_999);
    expect(server.requests).toHaveLength(1);
    live.clock.advance(1);
    await settled(v);
    expect(server.requests).toHaveLength(2);
    expect(v.current().status).toBe('success');
  });
});

describe('faults the HTTP fetcher meets', () => {
  let server: PinpointTestServer;
  let live: LiveStore;
  let view: View | undefined;

  beforeEach(async () => {
    server = await startPinpointTestServer({ jobs: [wireJob('job-1'), wireJob('job-2')] });
    live = createLiveStore();
  });

  afterEach(async () => {
    view?.unsubscribe();
    view = undefined;
    await server.close();
  });

  it('Retry-After as an HTTP date is honoured as well', async () => {
    const at = new Date(Date.now() + 20_000).toUTCString();
    server.enqueue({ kind: 'error', status: 503, retryAfter: at });
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      fetcher: createHttpFetcher({ baseUrl: server.url }),
    });
    await settled(view);
    const error = view.current().error;
    expect(error?.name).toBe('ServiceUnavailableError');
    expect(error?.retryAfterMs).toBeGreaterThan(15_000);
    expect((view.current().nextRetryAt ?? 0) - live.clock.now()).toBeGreaterThan(15_000);
  });

  it('a refused connection (nothing listening) is NetworkError and retried', async () => {
    const closed = await startPinpointTestServer();
    const url = closed.url;
    await closed.close();
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      fetcher: createHttpFetcher({ baseUrl: url }),
    });
    await settled(view);
    expect(view.current()).toMatchObject({ status: 'error', jobs: [] });
    expect(view.current().error).toMatchObject({ name: 'NetworkError', retryable: true });
    expect(view.current().nextRetryAt).toBeDefined();
  });

  it('a 429 storm: backoff keeps the request rate bounded over 10 simulated minutes, rows kept', async () => {
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      // Polling every second while jobs are active: without backoff, 600 requests in 10 minutes.
      pollInterval: 1_000,
      fetcher: createHttpFetcher({ baseUrl: server.url }),
    });
    await settled(view);
    const good = view.current().jobs;
    expect(good).toHaveLength(2);
    server.enqueue(
      ...Array.from(
        { length: 500 },
        (): Reply => ({ kind: 'error', status: 429, errorType: 'TooManyRequestsException' }),
      ),
    );
    const start = live.clock.now();
    const sentAt: number[] = [];
    while ((live.clock.nextAt() ?? Number.POSITIVE_INFINITY) - start <= 600_000) {
      const before = server.requests.length;
      live.clock.fireNext();
      await settled(view);
      if (server.requests.length > before) sentAt.push(live.clock.now());
    }
    const gaps = sentAt.slice(1).map((at, index) => at - (sentAt[index] as number));
    // Never sooner than 1 s; the gap grows, then holds at the 30 s cap; never gives up while polling.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(30_000);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1] as number);
    console.info(`429 storm: ${sentAt.length} requests in 10 simulated minutes`);
    // 1 + 2 + 4 + 8 + 16 s, then every 30 s: about 24 requests in 10 minutes instead of 600.
    expect(sentAt.length).toBeLessThanOrEqual(30);
    expect(sentAt.length).toBeGreaterThanOrEqual(15);
    expect(view.current()).toMatchObject({ status: 'success', isStale: true, jobs: good });
    expect(view.current().error?.name).toBe('TooManyRequestsException');
    // One timer (the next retry) and nothing else.
    expect(live.clock.liveTimers).toBe(1);
  });

  it('a 429 storm at the highest jitter is bounded too', async () => {
    live = createLiveStore(() => 0.999_999);
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      pollInterval: 1_000,
      fetcher: createHttpFetcher({ baseUrl: server.url }),
    });
    await settled(view);
    server.requests.length = 0;
    server.enqueue(
      ...Array.from(
        { length: 100 },
        (): Reply => ({ kind: 'error', status: 429, errorType: 'TooManyRequestsException' }),
      ),
    );
    const start = live.clock.now();
    while ((live.clock.nextAt() ?? Number.POSITIVE_INFINITY) - start <= 300_000) {
      live.clock.fireNext();
      await settled(view);
    }
    // 2 + 4 + 8 + 16 + 30 + 30 ... seconds: at most 13 requests in 5 minutes.
    expect(server.requests.length).toBeLessThanOrEqual(13);
  });

  it('a NextToken that points at itself ends paging instead of looping', async () => {
    server.enqueue(
      { kind: 'json', body: { Item: [wireJob('job-1')], NextToken: 'A' } },
      { kind: 'json', body: { Item: [wireJob('job-2')], NextToken: 'A' } },
    );
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      fetcher: createHttpFetcher({ baseUrl: server.url }),
    });
    await settled(view);
    expect(view.current().hasNextPage).toBe(true);
    view.current().nextPage();
    await settled(view);
    expect(view.current()).toMatchObject({ pageIndex: 1, hasNextPage: false, hasPreviousPage: true });
    expect(view.current().jobs.map((job) => job.Id)).toEqual(['job-2']);
    view.current().nextPage();
    await settled(view);
    expect(view.current().pageIndex).toBe(1);
    expect(server.requests.map((request) => request.query.get('token'))).toEqual([null, 'A']);
  });

  it('a NextToken cycle (A → B → A) ends paging at the repeat', async () => {
    server.enqueue(
      { kind: 'json', body: { Item: [wireJob('job-1')], NextToken: 'A' } },
      { kind: 'json', body: { Item: [wireJob('job-2')], NextToken: 'B' } },
      { kind: 'json', body: { Item: [wireJob('job-3')], NextToken: 'A' } },
    );
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      fetcher: createHttpFetcher({ baseUrl: server.url }),
    });
    await settled(view);
    view.current().nextPage();
    await settled(view);
    view.current().nextPage();
    await settled(view);
    expect(view.current()).toMatchObject({ pageIndex: 2, hasNextPage: false });
    view.current().nextPage();
    expect(view.current().pageIndex).toBe(2);
    expect(server.requests).toHaveLength(3);
  });

  it('through the real AWS SDK, a JSON array body is InvalidResponseError too, never an empty page', async () => {
    server.enqueue({ kind: 'json', body: [{ Id: 'job-9' }] });
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      fetcher: ADAPTERS['createSdkFetcher (real AWS SDK)']?.(server.url) as SegmentImportJobsFetcher,
    });
    await settled(view);
    expect(view.current()).toMatchObject({ status: 'error', jobs: [] });
    expect(view.current().error?.name).toBe('InvalidResponseError');
  });

  it('an empty NextToken means the last page', async () => {
    server.enqueue({ kind: 'json', body: { Item: [wireJob('job-1')], NextToken: '' } });
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      fetcher: createHttpFetcher({ baseUrl: server.url }),
    });
    await settled(view);
    expect(view.current().hasNextPage).toBe(false);
  });

  it('an expired token (400 on a page request) sends the view back to page 0 once, saying why', async () => {
    server.jobs = [wireJob('job-1'), wireJob('job-2'), wireJob('job-3')];
    view = openView(live.store, {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      pageSize: 2,
      fetcher: createHttpFetcher({ baseUrl: server.url }),
    });
    await settled(view);
    view.current().nextPage();
    server.enqueue({
      kind: 'error',
      status: 400,
      errorType: 'BadRequestException',
      message: 'The token is expired.',
    });
    await settled(view);
    // The observer moved back and refetches page 0.
    await settled(view);
    const result = view.current();
    expect(result).toMatchObject({ pageIndex: 0, pageReset: 'expired-token', status: 'success' });
    expect(result.jobs.map((job) => job.Id)).toEqual(['job-1', 'job-2']);
    expect(server.requests.map((request) => request.query.get('token'))).toEqual([null, '2', null]);
    // Cleared on the next navigation.
    result.nextPage();
    await settled(view);
    expect(view.current()).toMatchObject({ pageIndex: 1, pageReset: undefined });
  });
});
