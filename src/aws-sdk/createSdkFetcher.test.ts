import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type PinpointTestServer,
  startPinpointTestServer,
  wireJob,
} from '../../test/node/servers/pinpointTestServer.js';
import { type PinpointError, toPinpointError } from '../core/errors.js';
import { normalizeImportJobsResponse } from '../core/normalize.js';
import { createSdkFetcher } from './createSdkFetcher.js';

// createSdkFetcher with the real @aws-sdk/client-pinpoint, pointed at a real node:http server on 127.0.0.1.

let server: PinpointTestServer;

beforeEach(async () => {
  server = await startPinpointTestServer({ jobs: [wireJob('job-1'), wireJob('job-2'), wireJob('job-3')] });
});

afterEach(async () => {
  await server.close();
});

function client(endpoint = server.url): PinpointClient {
  return new PinpointClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

const request = { ApplicationId: 'app-1', SegmentId: 'seg-1' };

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
  it('sends a signed GetSegmentImportJobs with page-size and token and resolves the wrapped page', async () => {
    const fetcher = createSdkFetcher(client());
    const result = await fetcher({ ...request, PageSize: '2', Token: '1' }, { signal: signal() });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.rawPath).toBe('/v1/apps/app-1/segments/seg-1/jobs/import');
    expect(server.requests[0]?.query.get('page-size')).toBe('2');
    expect(server.requests[0]?.query.get('token')).toBe('1');
    expect(server.requests[0]?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
    expect(result).toEqual({ ImportJobsResponse: { Item: [wireJob('job-2'), wireJob('job-3')] } });
  });

  it('omits page-size and token when they are not given', async () => {
    await createSdkFetcher(client())(request, { signal: signal() });
    expect([...(server.requests[0]?.query.keys() ?? [])]).toEqual([]);
  });

  it('percent-encodes the IDs as the HTTP fetcher does', async () => {
    await createSdkFetcher(client())({ ApplicationId: 'a b/c', SegmentId: 'seg-1' }, { signal: signal() });
    expect(server.requests[0]?.rawPath).toBe('/v1/apps/a%20b%2Fc/segments/seg-1/jobs/import');
    expect(server.requests[0]?.applicationId).toBe('a b/c');
  });

  it('keeps a path prefix of the endpoint', async () => {
    await createSdkFetcher(client(`${server.url}/api/pinpoint`))(request, { signal: signal() });
    expect(server.requests[0]?.rawPath).toBe('/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import');
  });

  it('passes untrusted fields through for the normaliser to clean', async () => {
    server.enqueue({
      kind: 'json',
      body: { Item: [{ Id: 'job-9', TotalPieces: '3', JobStatus: 'SOMETHING_NEW' }], NextToken: '' },
    });
    const result = await createSdkFetcher(client())(request, { signal: signal() });
    expect(normalizeImportJobsResponse(result)).toEqual({
      jobs: [{ Id: 'job-9', JobStatus: 'SOMETHING_NEW' }],
    });
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
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
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
  ] as const)(
    '%i without x-amzn-ErrorType (SDK "Unknown") is named from the status: %s',
    async (status, name) => {
      server.enqueue({ kind: 'error', status });
      const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
      expect(error).toMatchObject({ name, statusCode: status, retryable: false });
    },
  );

  it('strips a ":…" suffix from x-amzn-ErrorType, whose exception wins over the status', async () => {
    server.enqueue({
      kind: 'error',
      status: 400,
      errorType: 'NotFoundException:http://internal.amazon.com/',
    });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NotFoundException', statusCode: 400 });
  });

  it('takes requestId from the x-amzn-RequestId header when the body has none', async () => {
    server.enqueue({ kind: 'raw', status: 404, body: '{}', headers: { 'x-amzn-requestid': 'hdr-7' } });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NotFoundException', requestId: 'hdr-7' });
  });

  it('429 is TooManyRequestsException, retryable, with retryAfterMs from Retry-After seconds', async () => {
    server.enqueue({ kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '3' });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'TooManyRequestsException', statusCode: 429, retryable: true });
    expect(error.retryAfterMs).toBe(3000);
  });

  it('429 takes retryAfterMs from a Retry-After HTTP date', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    server.enqueue({ kind: 'error', status: 429, retryAfter: at });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error.name).toBe('TooManyRequestsException');
    expect(error.retryAfterMs).toBeGreaterThan(55_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('500 is InternalServerErrorException, retryable (also without a header or body)', async () => {
    server.enqueue(
      { kind: 'error', status: 500, errorType: 'InternalServerErrorException' },
      { kind: 'raw', status: 500, body: '' },
    );
    const fetcher = createSdkFetcher(client());
    const named = await rejection(fetcher(request, { signal: signal() }));
    const bare = await rejection(fetcher(request, { signal: signal() }));
    expect(named).toMatchObject({ name: 'InternalServerErrorException', statusCode: 500, retryable: true });
    expect(bare).toMatchObject({ name: 'InternalServerErrorException', statusCode: 500, retryable: true });
  });

  it.each([502, 503, 504])(
    '%i with an HTML body (SDK SyntaxError) is ServiceUnavailableError',
    async (status) => {
      server.enqueue({
        kind: 'raw',
        status,
        body: '<html><body><h1>Bad Gateway</h1></body></html>',
        headers: { 'content-type': 'text/html' },
      });
      const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
      expect(error).toMatchObject({ name: 'ServiceUnavailableError', statusCode: status, retryable: true });
      expect((error.cause as Error).name).toBe('SyntaxError');
    },
  );

  it('401 from a proxy is HttpError, not retryable', async () => {
    server.enqueue({
      kind: 'raw',
      status: 401,
      body: 'Unauthorized',
      headers: { 'content-type': 'text/plain' },
    });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'HttpError', statusCode: 401, retryable: false });
  });

  it('a refused connection is NetworkError, retryable', async () => {
    const url = server.url;
    await server.close();
    const error = await rejection(createSdkFetcher(client(url))(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NetworkError', retryable: true });
  });

  it('a connection closed without a reply is NetworkError', async () => {
    server.enqueue({ kind: 'destroy' });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NetworkError', retryable: true });
  });

  it('a server that never answers is TimeoutError after timeoutMs', async () => {
    server.enqueue({ kind: 'hang' });
    const error = await rejection(
      createSdkFetcher(client(), { timeoutMs: 50 })(request, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'TimeoutError', retryable: true });
  });

  it('holds timeoutMs and the caller abort while the SDK resolves credentials, before anything is sent', async () => {
    const hanging = new PinpointClient({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: () => new Promise(() => {}),
      maxAttempts: 1,
    });
    const started = Date.now();
    const timedOut = await rejection(
      createSdkFetcher(hanging, { timeoutMs: 100 })(request, { signal: signal() }),
    );
    expect(timedOut).toMatchObject({ name: 'TimeoutError', retryable: true });
    expect(Date.now() - started).toBeLessThan(2_000);
    const controller = new AbortController();
    const pending = createSdkFetcher(hanging)(request, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await rejection(pending)).toMatchObject({ name: 'AbortError', retryable: false });
    expect(server.requests).toHaveLength(0);
  });

  it('names missing credentials ForbiddenException, not a retryable UnknownError', async () => {
    const noCredentials = new PinpointClient({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: () =>
        Promise.reject(
          Object.assign(new Error('Could not load credentials from any providers'), {
            name: 'CredentialsProviderError',
            tryNextLink: false,
          }),
        ),
      maxAttempts: 1,
    });
    const error = await rejection(createSdkFetcher(noCredentials)(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'ForbiddenException', retryable: false, statusCode: undefined });
    expect(error.message).toContain('Could not load credentials');
  });

  it('reads the Message and RequestID of an error body that starts with a byte order mark', async () => {
    server.enqueue({
      kind: 'raw',
      status: 400,
      body: `\uFEFF${JSON.stringify({ Message: 'bad page size', RequestID: 'bom-id' })}`,
      headers: { 'x-amzn-errortype': 'BadRequestException', 'content-type': 'application/json' },
    });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({
      name: 'BadRequestException',
      requestId: 'bom-id',
      message: 'bad page size',
    });
  });

  it("keeps the body's Message of a reply without an error type, as the HTTP fetcher does", async () => {
    server.enqueue({
      kind: 'raw',
      status: 404,
      body: JSON.stringify({ Message: 'Segment seg-1 not found', RequestID: 'r' }),
      headers: { 'content-type': 'application/json' },
    });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({
      name: 'NotFoundException',
      requestId: 'r',
      message: 'Segment seg-1 not found',
    });
  });

  it('names TLS to a plain-HTTP port NetworkError: no reply came back', async () => {
    const tls = client(server.url.replace(/^http:/, 'https:'));
    const error = await rejection(createSdkFetcher(tls)(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NetworkError', retryable: true });
  });

  it("the SDK's own requestTimeout is TimeoutError too", async () => {
    server.enqueue({ kind: 'hang' });
    const timingOut = new PinpointClient({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
      maxAttempts: 1,
      requestHandler: { requestTimeout: 50, throwOnRequestTimeout: true },
    });
    const error = await rejection(
      createSdkFetcher(timingOut, { timeoutMs: 0 })(request, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'TimeoutError', retryable: true });
  });

  it("with the browser's fetch handler set to follow no redirect, a 3xx is HttpError, as through createHttpFetcher", async () => {
    const elsewhere = await startPinpointTestServer({ jobs: [wireJob('not-yours')] });
    try {
      server.enqueue({
        kind: 'raw',
        status: 302,
        body: '',
        headers: { location: `${elsewhere.url}/v1/apps/app-1/segments/seg-1/jobs/import` },
      });
      const manual = new PinpointClient({
        endpoint: server.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
        maxAttempts: 1,
        requestHandler: new FetchHttpHandler({ requestInit: () => ({ redirect: 'manual' }) }),
      });
      const error = await rejection(createSdkFetcher(manual)(request, { signal: signal() }));
      expect(error).toMatchObject({ name: 'HttpError', statusCode: 302, retryable: false });
      expect(elsewhere.requests).toHaveLength(0);
      // In a browser the same reply comes back as an `opaqueredirect`: status 0, no headers, no body.
      const opaque = new PinpointClient({
        endpoint: server.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
        maxAttempts: 1,
        requestHandler: new FetchHttpHandler({
          customFetch: async () =>
            ({
              type: 'opaqueredirect',
              status: 0,
              statusText: '',
              headers: new Headers(),
              body: null,
              blob: async () => new Blob([]),
            }) as unknown as Response,
        }),
      });
      const browserError = await rejection(createSdkFetcher(opaque)(request, { signal: signal() }));
      expect(browserError).toMatchObject({ name: 'HttpError', retryable: false, statusCode: undefined });
    } finally {
      await elsewhere.close();
    }
  });

  it('a 200 that is not JSON (SDK SyntaxError) is InvalidResponseError, retryable', async () => {
    server.enqueue({
      kind: 'raw',
      status: 200,
      body: '<html>maintenance</html>',
      headers: { 'x-amzn-requestid': 'r9' },
    });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({
      name: 'InvalidResponseError',
      statusCode: 200,
      retryable: true,
      requestId: 'r9',
    });
  });

  it('a truncated JSON body is InvalidResponseError', async () => {
    server.enqueue({ kind: 'raw', status: 200, body: '{"Item":[{"Id":"job-1"' });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error.name).toBe('InvalidResponseError');
  });

  it('an empty 200 (no ImportJobsResponse) is InvalidResponseError', async () => {
    server.enqueue({ kind: 'raw', status: 200, body: '' });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'InvalidResponseError', statusCode: 200 });
  });

  it.each([
    ['a JSON array', '[{"Id":"job-9"}]'],
    ['a bare number', '42'],
    ['null', 'null'],
  ])(
    'a 200 whose body is %s (which the SDK would turn into {}) is InvalidResponseError',
    async (_label, body) => {
      server.enqueue({ kind: 'raw', status: 200, body, headers: { 'content-type': 'application/json' } });
      const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
      expect(error).toMatchObject({ name: 'InvalidResponseError', statusCode: 200, retryable: true });
    },
  );

  it('still reads a normal body after looking at its shape', async () => {
    server.enqueue({ kind: 'json', body: { Item: [wireJob('job-1')], NextToken: 't' } });
    const response = await createSdkFetcher(client())(request, { signal: signal() });
    expect(response.ImportJobsResponse).toMatchObject({ Item: [{ Id: 'job-1' }], NextToken: 't' });
  });

  it('reads a 200 body that starts with a byte order mark, as the HTTP fetcher does', async () => {
    server.enqueue({
      kind: 'raw',
      status: 200,
      body: `\uFEFF${JSON.stringify({ Item: [wireJob('job-1')] })}`,
    });
    const response = await createSdkFetcher(client())(request, { signal: signal() });
    expect(normalizeImportJobsResponse(response).jobs.map((job) => job.Id)).toEqual(['job-1']);
  });

  it.each([
    ['..', 'seg-1'],
    ['app-1', '..'],
    ['.', 'seg-1'],
    ['app-1', ''],
    ['app-1', undefined],
  ])('ApplicationId %j, SegmentId %j: BadRequestException, and nothing is sent', async (app, segment) => {
    const unusable = { ApplicationId: app, SegmentId: segment } as typeof request;
    const error = await rejection(createSdkFetcher(client())(unusable, { signal: signal() }));
    expect(error).toMatchObject({ name: 'BadRequestException', retryable: false, statusCode: undefined });
    expect(error.message).toMatch(/must be a non-empty string other than "\." and "\.\."/);
    expect(server.requests).toHaveLength(0);
  });

  it('a JSON string body is InvalidResponseError', async () => {
    server.enqueue({ kind: 'raw', status: 200, body: '"Item"' });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(error.name).toBe('InvalidResponseError');
  });

  it('aborting the caller signal is AbortError, not retryable', async () => {
    server.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    const promise = createSdkFetcher(client())(request, { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    const error = await rejection(promise);
    expect(error).toMatchObject({ name: 'AbortError', retryable: false });
  });

  it('an already aborted signal is AbortError without a request', async () => {
    const error = await rejection(createSdkFetcher(client())(request, { signal: AbortSignal.abort() }));
    expect(error.name).toBe('AbortError');
    expect(server.requests).toHaveLength(0);
  });

  it('anything else the client throws is UnknownError, keeping the cause', async () => {
    const broken = client();
    const cause = new RangeError('middleware bug');
    broken.middlewareStack.add(
      () => async () => {
        throw cause;
      },
      { step: 'initialize', name: 'throwingMiddleware' },
    );
    const error = await rejection(createSdkFetcher(broken)(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'UnknownError', retryable: true });
    expect(error.cause).toBe(cause);
  });

  it('every rejection survives toPinpointError unchanged', async () => {
    server.enqueue({ kind: 'error', status: 403, errorType: 'ForbiddenException' });
    const error = await rejection(createSdkFetcher(client())(request, { signal: signal() }));
    expect(toPinpointError(error)).toBe(error);
  });
});

describe('getImportJobs and getImportJob, through the real SDK', () => {
  it('getImportJobs sends a signed GetImportJobsCommand with page-size and token and resolves the wrapped page', async () => {
    const { getImportJobs } = createSdkFetcher(client(`${server.url}/api/pinpoint`));
    const result = await getImportJobs(
      { ApplicationId: 'app 1', PageSize: '2', Token: '1' },
      { signal: signal() },
    );
    expect(server.requests[0]?.rawPath).toBe('/api/pinpoint/v1/apps/app%201/jobs/import');
    expect(server.requests[0]?.query.get('page-size')).toBe('2');
    expect(server.requests[0]?.query.get('token')).toBe('1');
    expect(server.requests[0]?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
    expect(result).toEqual({ ImportJobsResponse: { Item: [wireJob('job-2'), wireJob('job-3')] } });
  });

  it('getImportJob sends GetImportJobCommand, IDs percent-encoded, and resolves the raw job, untrusted fields and all', async () => {
    server.jobs = [{ ...wireJob('job/2'), TotalPieces: '3', JobStatus: 'ARCHIVED' }];
    const { getImportJob } = createSdkFetcher(client());
    const result = await getImportJob({ ApplicationId: 'app-1', JobId: 'job/2' }, { signal: signal() });
    expect(server.requests[0]?.rawPath).toBe('/v1/apps/app-1/jobs/import/job%2F2');
    expect(server.requests[0]?.jobId).toBe('job/2');
    expect(result).toEqual({
      ImportJobResponse: { ...wireJob('job/2'), TotalPieces: '3', JobStatus: 'ARCHIVED' },
    });
  });

  it('an unknown job is NotFoundException, not retryable, as through the HTTP fetcher', async () => {
    const fetcher = createSdkFetcher(client());
    const error = await rejection(
      fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'nope' }, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'NotFoundException', statusCode: 404, retryable: false });
  });

  it.each([
    ['a JSON array', '[{"Id":"job-1"}]'],
    ['a JSON string', '"job-1"'],
    ['a bare number', '42'],
    ['null', 'null'],
    ['nothing', ''],
    ['a wrapper holding null', '{"ImportJobResponse":null}'],
  ])(
    'a single job whose body is %s (which the SDK would turn into an object) is InvalidResponseError',
    async (_name, body) => {
      server.enqueue({ kind: 'raw', status: 200, body, headers: { 'content-type': 'application/json' } });
      const fetcher = createSdkFetcher(client());
      const error = await rejection(
        fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'job-1' }, { signal: signal() }),
      );
      expect(error).toMatchObject({ name: 'InvalidResponseError', statusCode: 200, retryable: true });
    },
  );

  it('names a 429 and a 500 of both methods as the segment call names them', async () => {
    server.enqueue(
      { kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '2' },
      { kind: 'raw', status: 500, body: '' },
    );
    const fetcher = createSdkFetcher(client());
    const throttled = await rejection(
      fetcher.getImportJobs({ ApplicationId: 'app-1' }, { signal: signal() }),
    );
    expect(throttled).toMatchObject({
      name: 'TooManyRequestsException',
      retryable: true,
      retryAfterMs: 2000,
    });
    const failed = await rejection(
      fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'job-1' }, { signal: signal() }),
    );
    expect(failed).toMatchObject({ name: 'InternalServerErrorException', statusCode: 500, retryable: true });
  });

  it.each([
    { ApplicationId: '..', JobId: 'job-1' },
    { ApplicationId: 'app-1', JobId: '..' },
    { ApplicationId: 'app-1', JobId: '' },
  ])('refuses the unusable IDs %j as BadRequestException, sending nothing', async (ids) => {
    const fetcher = createSdkFetcher(client());
    const error = await rejection(fetcher.getImportJob(ids, { signal: signal() }));
    expect(error).toMatchObject({ name: 'BadRequestException', retryable: false, statusCode: undefined });
    expect(server.requests).toHaveLength(0);
  });

  it('holds timeoutMs on both methods', async () => {
    server.enqueue({ kind: 'hang' }, { kind: 'hang' });
    const fetcher = createSdkFetcher(client(), { timeoutMs: 50 });
    const list = await rejection(fetcher.getImportJobs({ ApplicationId: 'app-1' }, { signal: signal() }));
    const one = await rejection(
      fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'job-1' }, { signal: signal() }),
    );
    expect([list.name, one.name]).toEqual(['TimeoutError', 'TimeoutError']);
  });
});
