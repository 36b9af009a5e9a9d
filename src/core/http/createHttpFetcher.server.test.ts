import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type PinpointTestServer,
  startPinpointTestServer,
  wireJob,
} from '../../../test/node/servers/pinpointTestServer.js';
import { type PinpointError, toPinpointError } from '../errors.js';
import { normalizeImportJobsResponse } from '../normalize.js';
import { createHttpFetcher } from './createHttpFetcher.js';

// createHttpFetcher against a real node:http server on 127.0.0.1.

let server: PinpointTestServer;

beforeEach(async () => {
  server = await startPinpointTestServer({ jobs: [wireJob('job-1'), wireJob('job-2'), wireJob('job-3')] });
});

afterEach(async () => {
  await server.close();
});

const request = { ApplicationId: 'app-1', SegmentId: 'seg-1' };

/** Runs the fetcher and returns what it rejected with; fails the test if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<PinpointError> {
  try {
    await promise;
  } catch (error) {
    return error as PinpointError;
  }
  throw new Error('expected the fetcher to reject');
}

function signal(): AbortSignal {
  return new AbortController().signal;
}

describe('requests', () => {
  it('GETs the wire path with page-size and token, and wraps the bare body', async () => {
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    const result = await fetcher({ ...request, PageSize: '2', Token: '1' }, { signal: signal() });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.rawUrl).toBe('/v1/apps/app-1/segments/seg-1/jobs/import?page-size=2&token=1');
    expect(server.requests[0]?.headers.accept).toBe('application/json');
    expect(result).toEqual({ ImportJobsResponse: { Item: [wireJob('job-2'), wireJob('job-3')] } });
  });

  it('omits page-size and token when they are not given', async () => {
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    await fetcher(request, { signal: signal() });
    expect(server.requests[0]?.rawUrl).toBe('/v1/apps/app-1/segments/seg-1/jobs/import');
  });

  it('pages through with the NextToken the server sends', async () => {
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    const first = normalizeImportJobsResponse(
      await fetcher({ ...request, PageSize: '2' }, { signal: signal() }),
    );
    expect(first.jobs.map((job) => job.Id)).toEqual(['job-1', 'job-2']);
    expect(first.nextToken).toBe('2');
    const second = normalizeImportJobsResponse(
      await fetcher({ ...request, PageSize: '2', Token: first.nextToken }, { signal: signal() }),
    );
    expect(second.jobs.map((job) => job.Id)).toEqual(['job-3']);
    expect(second.nextToken).toBeUndefined();
  });

  it('percent-encodes the IDs and the token ("a b/c" becomes a%20b%2Fc)', async () => {
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    await fetcher({ ApplicationId: 'a b/c', SegmentId: "s?#'(x)", Token: 'x+y/z=' }, { signal: signal() });
    expect(server.requests[0]?.rawPath).toBe('/v1/apps/a%20b%2Fc/segments/s%3F%23%27%28x%29/jobs/import');
    expect(server.requests[0]?.query.get('token')).toBe('x+y/z=');
    expect(server.requests[0]?.applicationId).toBe('a b/c');
    expect(server.requests[0]?.segmentId).toBe("s?#'(x)");
  });

  it.each([
    ['..', 'seg-1'],
    ['app-1', '..'],
    ['.', '.'],
    ['', 'seg-1'],
    ['app-1', undefined],
  ])('ApplicationId %j, SegmentId %j: BadRequestException, and nothing is sent', async (app, segment) => {
    // A URL resolves "." and ".." (even as %2E) as steps along the path: SegmentId ".." would ask for the
    // application-wide GetImportJobs route.
    const unusable = { ApplicationId: app, SegmentId: segment } as typeof request;
    const headers = { calls: 0 };
    const fetcher = createHttpFetcher({
      baseUrl: `${server.url}/api`,
      headers: () => ({ 'x-n': `${++headers.calls}` }),
    });
    const error = await rejection(fetcher(unusable, { signal: signal() }));
    expect(error).toMatchObject({ name: 'BadRequestException', retryable: false, statusCode: undefined });
    expect(server.requests).toHaveLength(0);
    expect(headers.calls).toBe(0);
  });

  it('sends IDs that merely contain dots as they are', async () => {
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    await fetcher({ ApplicationId: '...', SegmentId: 'a..b' }, { signal: signal() });
    expect(server.requests[0]?.rawPath).toBe('/v1/apps/.../segments/a..b/jobs/import');
  });

  it('keeps a path prefix of the base URL, with or without a trailing slash', async () => {
    await createHttpFetcher({ baseUrl: `${server.url}/api/pinpoint` })(request, { signal: signal() });
    await createHttpFetcher({ baseUrl: `${server.url}/api/pinpoint/` })(request, { signal: signal() });
    expect(server.requests.map((r) => r.rawPath)).toEqual([
      '/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import',
      '/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import',
    ]);
  });

  it('resolves a relative base URL against globalThis.location at each request', async () => {
    const previous = Object.getOwnPropertyDescriptor(globalThis, 'location');
    try {
      Object.defineProperty(globalThis, 'location', {
        configurable: true,
        value: { href: `${server.url}/app/page?x=1` },
      });
      const fetcher = createHttpFetcher({ baseUrl: '/api/pinpoint' });
      await fetcher(request, { signal: signal() });
      expect(server.requests[0]?.rawPath).toBe('/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import');
    } finally {
      if (previous === undefined) Reflect.deleteProperty(globalThis, 'location');
      else Object.defineProperty(globalThis, 'location', previous);
    }
  });

  it('passes a relative URL unchanged to a custom fetch when there is no location', async () => {
    const seen: string[] = [];
    const fetcher = createHttpFetcher({
      baseUrl: '/api/pinpoint',
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(new URL(String(input), server.url), init);
      },
    });
    await fetcher({ ...request, PageSize: '5' }, { signal: signal() });
    expect(seen).toEqual(['/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import?page-size=5']);
    expect(server.requests[0]?.rawUrl).toBe(
      '/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import?page-size=5',
    );
  });

  it('sends static headers', async () => {
    const fetcher = createHttpFetcher({ baseUrl: server.url, headers: { Authorization: 'Bearer static' } });
    await fetcher(request, { signal: signal() });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer static');
  });

  it('calls an async headers function before every request', async () => {
    let calls = 0;
    const fetcher = createHttpFetcher({
      baseUrl: server.url,
      headers: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        return { Authorization: `Bearer token-${calls}`, Accept: 'application/vnd.test+json' };
      },
    });
    await fetcher(request, { signal: signal() });
    await fetcher(request, { signal: signal() });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(server.requests[0]?.headers.accept).toBe('application/vnd.test+json');
  });

  it('names a throwing headers function UnknownError, keeping the cause', async () => {
    const cause = new Error('no token');
    const fetcher = createHttpFetcher({
      baseUrl: server.url,
      headers: () => {
        throw cause;
      },
    });
    const error = await rejection(fetcher(request, { signal: signal() }));
    expect(error.name).toBe('UnknownError');
    expect(error.cause).toBe(cause);
    expect(server.requests).toHaveLength(0);
  });

  it.each<[string, HeadersInit | (() => Promise<HeadersInit>)]>([
    ['a value with a newline', { 'X-Bad': 'a\nb' }],
    ['a value beyond Latin-1', { 'X-Token': 'h\u00e9llo\u2603' }],
    ['a name with a space', { 'Bad Name': 'x' }],
    ['an async function returning one', async () => ({ 'X-Bad': 'a\nb' })],
  ])(
    'names headers HTTP cannot carry (%s) UnknownError, a PinpointError, and sends nothing',
    async (_, headers) => {
      const error = await rejection(
        createHttpFetcher({ baseUrl: server.url, headers })(request, { signal: signal() }),
      );
      expect(error).toMatchObject({ name: 'UnknownError', retryable: true });
      expect(error.message).toMatch(/^The headers option failed: /);
      expect(error.cause).toBeInstanceOf(TypeError);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('names a relative base URL with no page and no fetch of yours UnknownError, not retryable, not a NetworkError', async () => {
    const error = await rejection(
      createHttpFetcher({ baseUrl: '/api/pinpoint' })(request, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'UnknownError', retryable: false });
    expect(error.message).toContain('"/api/pinpoint" is relative');
  });
});

describe('error table', () => {
  it.each([
    [400, 'BadRequestException'],
    [403, 'ForbiddenException'],
    [404, 'NotFoundException'],
    [405, 'MethodNotAllowedException'],
    [413, 'PayloadTooLargeException'],
  ] as const)('%i with x-amzn-ErrorType %s is that exception, not retryable', async (status, errorType) => {
    server.enqueue({ kind: 'error', status, errorType, message: 'Nope', requestId: 'req-42' });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({
      name: errorType,
      statusCode: status,
      retryable: false,
      requestId: 'req-42',
    });
    expect(error.message).toBe('Nope');
  });

  it.each([
    [400, 'BadRequestException'],
    [403, 'ForbiddenException'],
    [404, 'NotFoundException'],
    [405, 'MethodNotAllowedException'],
    [413, 'PayloadTooLargeException'],
  ] as const)('%i without x-amzn-ErrorType is named from the status: %s', async (status, name) => {
    server.enqueue({ kind: 'error', status });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name, statusCode: status, retryable: false });
  });

  it('strips a ":…" suffix from x-amzn-ErrorType, whose exception wins over the status', async () => {
    server.enqueue({
      kind: 'error',
      status: 400,
      errorType: 'NotFoundException:http://internal.amazon.com/',
    });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NotFoundException', statusCode: 400 });
  });

  it('takes requestId from the x-amzn-RequestId header when the body has none', async () => {
    server.enqueue({ kind: 'raw', status: 404, body: '{}', headers: { 'x-amzn-requestid': 'hdr-7' } });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NotFoundException', requestId: 'hdr-7' });
  });

  it('429 is TooManyRequestsException, retryable, with retryAfterMs from Retry-After seconds', async () => {
    server.enqueue({ kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '3' });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'TooManyRequestsException', statusCode: 429, retryable: true });
    expect(error.retryAfterMs).toBe(3000);
  });

  it('429 takes retryAfterMs from a Retry-After HTTP date', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    server.enqueue({ kind: 'error', status: 429, retryAfter: at });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error.name).toBe('TooManyRequestsException');
    // An HTTP date has a resolution of one second.
    expect(error.retryAfterMs).toBeGreaterThan(55_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('500 is InternalServerErrorException, retryable', async () => {
    server.enqueue({ kind: 'error', status: 500, errorType: 'InternalServerErrorException' });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'InternalServerErrorException', statusCode: 500, retryable: true });
  });

  it.each([502, 503, 504])('%i with an HTML body is ServiceUnavailableError, retryable', async (status) => {
    server.enqueue({
      kind: 'raw',
      status,
      body: '<html><body><h1>Bad Gateway</h1></body></html>',
      headers: { 'content-type': 'text/html' },
    });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'ServiceUnavailableError', statusCode: status, retryable: true });
  });

  it('401 from a proxy is HttpError, not retryable', async () => {
    server.enqueue({
      kind: 'raw',
      status: 401,
      body: 'Unauthorized',
      headers: { 'content-type': 'text/plain' },
    });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'HttpError', statusCode: 401, retryable: false });
  });

  it('a refused connection is NetworkError, retryable', async () => {
    const url = server.url;
    await server.close();
    const error = await rejection(createHttpFetcher({ baseUrl: url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NetworkError', retryable: true });
    expect(error.statusCode).toBeUndefined();
  });

  it('a connection closed without a reply is NetworkError', async () => {
    server.enqueue({ kind: 'destroy' });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NetworkError', retryable: true });
  });

  it('a server that never answers is TimeoutError after timeoutMs', async () => {
    server.enqueue({ kind: 'hang' });
    const started = performance.now();
    const error = await rejection(
      createHttpFetcher({ baseUrl: server.url, timeoutMs: 50 })(request, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'TimeoutError', retryable: true });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a body that never arrives is TimeoutError too', async () => {
    server.enqueue({ kind: 'hang-body' });
    const error = await rejection(
      createHttpFetcher({ baseUrl: server.url, timeoutMs: 50 })(request, { signal: signal() }),
    );
    expect(error.name).toBe('TimeoutError');
  });

  it('a fetch of yours that ignores the signal still times out, before the reply and while its body never ends', async () => {
    const silent = createHttpFetcher({
      baseUrl: server.url,
      timeoutMs: 50,
      fetch: () => new Promise(() => {}),
    });
    expect(await rejection(silent(request, { signal: signal() }))).toMatchObject({ name: 'TimeoutError' });
    const endless = createHttpFetcher({
      baseUrl: server.url,
      timeoutMs: 50,
      fetch: async () => new Response(new ReadableStream({ start() {} })),
    });
    expect(await rejection(endless(request, { signal: signal() }))).toMatchObject({ name: 'TimeoutError' });
    // The caller's abort holds the same way.
    const controller = new AbortController();
    const pending = rejection(
      createHttpFetcher({ baseUrl: server.url, fetch: () => new Promise(() => {}) })(request, {
        signal: controller.signal,
      }),
    );
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
  });

  it('follows no redirect: a 3xx is HttpError, not retryable, and the headers never reach where it points', async () => {
    const elsewhere = await startPinpointTestServer({ jobs: [wireJob('not-yours')] });
    try {
      for (const status of [301, 302, 307, 308]) {
        server.enqueue({
          kind: 'raw',
          status,
          body: '',
          headers: { location: `${elsewhere.url}/v1/apps/app-1/segments/seg-1/jobs/import` },
        });
        const fetcher = createHttpFetcher({ baseUrl: server.url, headers: { 'x-api-key': 'secret' } });
        const error = await rejection(fetcher(request, { signal: signal() }));
        expect(error).toMatchObject({ name: 'HttpError', statusCode: status, retryable: false });
      }
      // A redirect loop costs one request per attempt, not twenty.
      server.enqueue({ kind: 'raw', status: 302, body: '', headers: { location: server.url } });
      const before = server.requests.length;
      await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
      expect(server.requests.length - before).toBe(1);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it("reads the request ID from x-amz-request-id too, and from a header when the body's RequestID is empty", async () => {
    server.enqueue({ kind: 'raw', status: 500, body: '{}', headers: { 'x-amz-request-id': 'amz-1' } });
    expect(
      await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() })),
    ).toMatchObject({
      requestId: 'amz-1',
    });
    server.enqueue({
      kind: 'raw',
      status: 500,
      body: JSON.stringify({ Message: 'm', RequestID: '' }),
      headers: { 'x-amzn-requestid': 'hdr-1' },
    });
    expect(
      await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() })),
    ).toMatchObject({
      requestId: 'hdr-1',
    });
  });

  it('a 200 that is not JSON is InvalidResponseError, retryable', async () => {
    server.enqueue({
      kind: 'raw',
      status: 200,
      body: '<html>maintenance</html>',
      headers: { 'x-amzn-requestid': 'r9' },
    });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({
      name: 'InvalidResponseError',
      statusCode: 200,
      retryable: true,
      requestId: 'r9',
    });
  });

  it('an empty 200 is InvalidResponseError', async () => {
    server.enqueue({ kind: 'raw', status: 200, body: '' });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error.name).toBe('InvalidResponseError');
  });

  it('a truncated JSON body is InvalidResponseError', async () => {
    server.enqueue({ kind: 'raw', status: 200, body: '{"Item":[{"Id":"job-1"' });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error.name).toBe('InvalidResponseError');
  });

  it('a body cut off by a dropped connection is InvalidResponseError', async () => {
    server.enqueue({
      kind: 'truncate',
      body: JSON.stringify({ Item: [wireJob('job-1'), wireJob('job-2')] }),
    });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'InvalidResponseError', statusCode: 200, retryable: true });
  });

  it('a 503 whose body is cut off is still ServiceUnavailableError', async () => {
    server.enqueue({ kind: 'truncate', status: 503, body: '<html><body>Service Unavailable</body></html>' });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'ServiceUnavailableError', statusCode: 503 });
  });

  it.each([
    ['null', 'null'],
    ['an array', '[{"Id":"job-1"}]'],
    ['a string', '"Item"'],
    ['a number', '42'],
  ])('a JSON body that is %s is InvalidResponseError', async (_label, body) => {
    server.enqueue({ kind: 'raw', status: 200, body, headers: { 'content-type': 'application/json' } });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(error.name).toBe('InvalidResponseError');
  });

  it('aborting the caller signal is AbortError, not retryable', async () => {
    server.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    const promise = createHttpFetcher({ baseUrl: server.url })(request, { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    const error = await rejection(promise);
    expect(error).toMatchObject({ name: 'AbortError', retryable: false });
  });

  it('an abort the caller did not ask for (a custom fetch with its own controller) is UnknownError, retryable', async () => {
    server.enqueue({ kind: 'hang' });
    const fetcher = createHttpFetcher({
      baseUrl: server.url,
      // The host's own 50 ms timeout, on a controller of its own rather than on init.signal.
      fetch: (input, init) => {
        const own = new AbortController();
        setTimeout(() => own.abort(), 50);
        return fetch(input, { ...init, signal: own.signal });
      },
    });
    const error = await rejection(fetcher(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'UnknownError', retryable: true });
    expect((error.cause as Error).name).toBe('AbortError');
  });

  it('unwraps a body a backend passed through still wrapped, as the SDK returns it', async () => {
    const wrapped = { ImportJobsResponse: { Item: [wireJob('job-1')], NextToken: 't' }, $metadata: {} };
    server.enqueue({ kind: 'json', body: wrapped });
    const page = normalizeImportJobsResponse(
      await createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }),
    );
    expect(page).toMatchObject({ jobs: [{ Id: 'job-1' }], nextToken: 't' });
  });

  it('an already aborted signal is AbortError without a request', async () => {
    const error = await rejection(
      createHttpFetcher({ baseUrl: server.url })(request, { signal: AbortSignal.abort() }),
    );
    expect(error.name).toBe('AbortError');
    expect(server.requests).toHaveLength(0);
  });

  it('anything else a custom fetch throws is UnknownError, keeping the cause', async () => {
    const cause = new RangeError('boom');
    const fetcher = createHttpFetcher({
      baseUrl: server.url,
      fetch: () => Promise.reject(cause),
    });
    const error = await rejection(fetcher(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'UnknownError', retryable: true });
    expect(error.cause).toBe(cause);
  });

  it('every rejection survives toPinpointError unchanged', async () => {
    server.enqueue({ kind: 'error', status: 403, errorType: 'ForbiddenException' });
    const error = await rejection(createHttpFetcher({ baseUrl: server.url })(request, { signal: signal() }));
    expect(toPinpointError(error)).toBe(error);
  });
});

describe('getImportJobs and getImportJob', () => {
  it("getImportJobs GETs the application's route with page-size and token, and wraps the bare page", async () => {
    const { getImportJobs } = createHttpFetcher({ baseUrl: `${server.url}/api/pinpoint/` });
    const result = await getImportJobs(
      { ApplicationId: 'app 1', PageSize: '2', Token: '1' },
      { signal: signal() },
    );
    expect(server.requests[0]?.rawUrl).toBe('/api/pinpoint/v1/apps/app%201/jobs/import?page-size=2&token=1');
    expect(server.requests[0]?.operation).toBe('GetImportJobs');
    expect(server.requests[0]?.headers.accept).toBe('application/json');
    expect(result).toEqual({ ImportJobsResponse: { Item: [wireJob('job-2'), wireJob('job-3')] } });
  });

  it('getImportJob GETs one job, IDs percent-encoded, and wraps the bare job as the SDK does', async () => {
    server.jobs = [wireJob('job/2', { JobStatus: 'COMPLETED' })];
    const { getImportJob } = createHttpFetcher({ baseUrl: server.url });
    const result = await getImportJob({ ApplicationId: 'a b', JobId: 'job/2' }, { signal: signal() });
    expect(server.requests[0]?.rawUrl).toBe('/v1/apps/a%20b/jobs/import/job%2F2');
    expect(server.requests[0]?.jobId).toBe('job/2');
    expect(result).toEqual({ ImportJobResponse: wireJob('job/2', { JobStatus: 'COMPLETED' }) });
  });

  it('an unknown job is NotFoundException, with its status and request ID, not retryable', async () => {
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    const error = await rejection(
      fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'nope' }, { signal: signal() }),
    );
    expect(error).toMatchObject({
      name: 'NotFoundException',
      statusCode: 404,
      retryable: false,
      requestId: 'test-request-id',
    });
  });

  it.each([
    ['a JSON array', '[{"Id":"job-1"}]'],
    ['a JSON string', '"job-1"'],
    ['a JSON number', '3'],
    ['null', 'null'],
    ['HTML', '<html>maintenance</html>'],
    ['nothing', ''],
    ['a wrapper holding null', '{"ImportJobResponse":null}'],
    ['a wrapper holding an array', '{"ImportJobResponse":[]}'],
  ])('a single job whose body is %s is InvalidResponseError', async (_name, body) => {
    server.enqueue({ kind: 'raw', status: 200, body, headers: { 'content-type': 'application/json' } });
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    const error = await rejection(
      fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'job-1' }, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'InvalidResponseError', statusCode: 200, retryable: true });
  });

  it('unwraps a job a backend passed through still wrapped; a bare job holding Id is read as it is', async () => {
    server.enqueue(
      { kind: 'json', body: { ImportJobResponse: wireJob('job-1'), $metadata: {} } },
      { kind: 'json', body: { ...wireJob('job-2'), ImportJobResponse: 'ignored' } },
    );
    const { getImportJob } = createHttpFetcher({ baseUrl: server.url });
    expect(await getImportJob({ ApplicationId: 'app-1', JobId: 'job-1' }, { signal: signal() })).toEqual({
      ImportJobResponse: wireJob('job-1'),
    });
    expect(await getImportJob({ ApplicationId: 'app-1', JobId: 'job-2' }, { signal: signal() })).toEqual({
      ImportJobResponse: { ...wireJob('job-2'), ImportJobResponse: 'ignored' },
    });
  });

  it('names the errors of both methods as the segment call names them: 429 with Retry-After, an error type on a 200', async () => {
    server.enqueue(
      { kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '3' },
      { kind: 'error', status: 200, errorType: 'ForbiddenException' },
    );
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    const throttled = await rejection(
      fetcher.getImportJobs({ ApplicationId: 'app-1' }, { signal: signal() }),
    );
    expect(throttled).toMatchObject({
      name: 'TooManyRequestsException',
      retryable: true,
      retryAfterMs: 3000,
    });
    const refused = await rejection(
      fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'job-1' }, { signal: signal() }),
    );
    expect(refused).toMatchObject({ name: 'ForbiddenException', statusCode: 200, retryable: false });
  });

  it.each([
    ['ApplicationId', { ApplicationId: '..', JobId: 'job-1' }],
    ['JobId', { ApplicationId: 'app-1', JobId: '..' }],
    ['JobId', { ApplicationId: 'app-1', JobId: '.' }],
    ['JobId', { ApplicationId: 'app-1', JobId: '' }],
    ['JobId', { ApplicationId: 'app-1' }],
  ])('refuses an unusable %s (%j) as BadRequestException, sending nothing', async (field, ids) => {
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    const error = await rejection(
      fetcher.getImportJob(ids as { ApplicationId: string; JobId: string }, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'BadRequestException', retryable: false, statusCode: undefined });
    expect(error.message).toContain(field);
    const listError = await rejection(fetcher.getImportJobs({ ApplicationId: '..' }, { signal: signal() }));
    expect(listError).toMatchObject({ name: 'BadRequestException', retryable: false });
    expect(server.requests).toHaveLength(0);
  });

  it('an already aborted signal is AbortError on both methods, without a request', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetcher = createHttpFetcher({ baseUrl: server.url });
    const list = await rejection(
      fetcher.getImportJobs({ ApplicationId: 'app-1' }, { signal: controller.signal }),
    );
    const one = await rejection(
      fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'job-1' }, { signal: controller.signal }),
    );
    expect([list.name, one.name]).toEqual(['AbortError', 'AbortError']);
    expect(server.requests).toHaveLength(0);
  });
});
