import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PinpointError } from '../errors.js';
import { createHttpFetcher } from './createHttpFetcher.js';

// createHttpFetcher against MSW at the network layer (msw/node intercepts globalThis.fetch).

const BASE = 'https://pinpoint.test';
const ROUTE = `${BASE}/v1/apps/:applicationId/segments/:segmentId/jobs/import`;

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

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

function pinpointError(status: number, errorType: string | undefined, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { Message: `Failed with ${status}`, RequestID: 'req-msw' },
    { status, headers: errorType === undefined ? headers : { 'x-amzn-ErrorType': errorType, ...headers } },
  );
}

describe('requests', () => {
  it('sends the IDs, page-size and token the way the wire format says', async () => {
    const seen: { params: Record<string, unknown>; url: URL }[] = [];
    server.use(
      http.get(ROUTE, ({ params, request: req }) => {
        seen.push({ params, url: new URL(req.url) });
        return HttpResponse.json({ Item: [{ Id: 'job-1' }], NextToken: 'next' });
      }),
    );
    const result = await createHttpFetcher({ baseUrl: BASE })(
      { ApplicationId: 'a b/c', SegmentId: 'seg-1', PageSize: '10', Token: 'tok en' },
      { signal: signal() },
    );
    expect(result).toEqual({ ImportJobsResponse: { Item: [{ Id: 'job-1' }], NextToken: 'next' } });
    expect(seen[0]?.url.pathname).toBe('/v1/apps/a%20b%2Fc/segments/seg-1/jobs/import');
    expect(seen[0]?.url.search).toBe('?page-size=10&token=tok%20en');
    expect(seen[0]?.url.searchParams.get('token')).toBe('tok en');
  });

  it('keeps the path prefix of the base URL', async () => {
    let hit = '';
    server.use(
      http.get(`${BASE}/api/pinpoint/v1/apps/:a/segments/:s/jobs/import`, ({ request: req }) => {
        hit = new URL(req.url).pathname;
        return HttpResponse.json({ Item: [] });
      }),
    );
    await createHttpFetcher({ baseUrl: `${BASE}/api/pinpoint/` })(request, { signal: signal() });
    expect(hit).toBe('/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import');
  });

  it('resolves a relative base URL against globalThis.location', async () => {
    let hit = '';
    server.use(
      http.get('https://app.test/api/pinpoint/v1/apps/:a/segments/:s/jobs/import', ({ request: req }) => {
        hit = req.url;
        return HttpResponse.json({ Item: [] });
      }),
    );
    const previous = Object.getOwnPropertyDescriptor(globalThis, 'location');
    try {
      Object.defineProperty(globalThis, 'location', {
        configurable: true,
        value: { href: 'https://app.test/dashboard/segments' },
      });
      await createHttpFetcher({ baseUrl: '/api/pinpoint' })(request, { signal: signal() });
    } finally {
      if (previous === undefined) Reflect.deleteProperty(globalThis, 'location');
      else Object.defineProperty(globalThis, 'location', previous);
    }
    expect(hit).toBe('https://app.test/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import');
  });

  it('awaits an async headers function for every request', async () => {
    const authorizations: (string | null)[] = [];
    server.use(
      http.get(ROUTE, ({ request: req }) => {
        authorizations.push(req.headers.get('authorization'));
        return HttpResponse.json({ Item: [] });
      }),
    );
    let n = 0;
    const fetcher = createHttpFetcher({
      baseUrl: BASE,
      headers: () => Promise.resolve(new Headers({ Authorization: `Bearer ${++n}` })),
    });
    await fetcher(request, { signal: signal() });
    await fetcher(request, { signal: signal() });
    expect(authorizations).toEqual(['Bearer 1', 'Bearer 2']);
  });
});

describe('error table', () => {
  it.each([
    [400, 'BadRequestException'],
    [403, 'ForbiddenException'],
    [404, 'NotFoundException'],
    [405, 'MethodNotAllowedException'],
    [413, 'PayloadTooLargeException'],
  ] as const)('%i is %s from x-amzn-ErrorType, not retryable', async (status, name) => {
    server.use(http.get(ROUTE, () => pinpointError(status, `${name}:http://internal.amazon.com/`)));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name, statusCode: status, retryable: false, requestId: 'req-msw' });
  });

  it.each([
    [400, 'BadRequestException'],
    [403, 'ForbiddenException'],
    [404, 'NotFoundException'],
    [405, 'MethodNotAllowedException'],
    [413, 'PayloadTooLargeException'],
  ] as const)('%i without a header is %s from the status', async (status, name) => {
    server.use(http.get(ROUTE, () => pinpointError(status, undefined)));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name, statusCode: status, retryable: false });
  });

  it('strips a ":…" suffix from x-amzn-ErrorType, whose exception wins over the status', async () => {
    server.use(http.get(ROUTE, () => pinpointError(400, 'NotFoundException:http://internal.amazon.com/')));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NotFoundException', statusCode: 400 });
  });

  it('429 is TooManyRequestsException with retryAfterMs from Retry-After', async () => {
    server.use(http.get(ROUTE, () => pinpointError(429, 'TooManyRequestsException', { 'Retry-After': '7' })));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'TooManyRequestsException', retryable: true, retryAfterMs: 7000 });
  });

  it('500 is InternalServerErrorException, retryable', async () => {
    server.use(http.get(ROUTE, () => pinpointError(500, undefined)));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'InternalServerErrorException', statusCode: 500, retryable: true });
  });

  it.each([502, 503, 504])('%i HTML from a gateway is ServiceUnavailableError', async (status) => {
    server.use(http.get(ROUTE, () => HttpResponse.html('<h1>Gateway Timeout</h1>', { status })));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'ServiceUnavailableError', statusCode: status, retryable: true });
  });

  it('401 from a proxy is HttpError, not retryable', async () => {
    server.use(http.get(ROUTE, () => HttpResponse.text('Unauthorized', { status: 401 })));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'HttpError', statusCode: 401, retryable: false });
  });

  it('a network failure is NetworkError, retryable', async () => {
    server.use(http.get(ROUTE, () => HttpResponse.error()));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'NetworkError', retryable: true });
  });

  it('no answer within timeoutMs is TimeoutError', async () => {
    server.use(
      http.get(ROUTE, async () => {
        await delay('infinite');
        return HttpResponse.json({ Item: [] });
      }),
    );
    const error = await rejection(
      createHttpFetcher({ baseUrl: BASE, timeoutMs: 30 })(request, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'TimeoutError', retryable: true });
  });

  it.each([
    ['not JSON', () => HttpResponse.text('<html>oops</html>')],
    ['truncated JSON', () => HttpResponse.text('{"Item":[{"Id":"jo')],
    ['a JSON array', () => HttpResponse.json([{ Id: 'job-1' }])],
    ['JSON null', () => HttpResponse.json(null)],
  ])('a 200 body that is %s is InvalidResponseError', async (_label, resolver) => {
    server.use(http.get(ROUTE, resolver));
    const error = await rejection(createHttpFetcher({ baseUrl: BASE })(request, { signal: signal() }));
    expect(error).toMatchObject({ name: 'InvalidResponseError', retryable: true, statusCode: 200 });
  });

  it('the caller aborting is AbortError', async () => {
    const controller = new AbortController();
    server.use(
      http.get(ROUTE, async () => {
        controller.abort();
        await delay('infinite');
        return HttpResponse.json({ Item: [] });
      }),
    );
    const error = await rejection(
      createHttpFetcher({ baseUrl: BASE })(request, { signal: controller.signal }),
    );
    expect(error).toMatchObject({ name: 'AbortError', retryable: false });
  });

  it('anything else the fetch throws is UnknownError with the cause', async () => {
    const cause = { weird: true };
    const error = await rejection(
      createHttpFetcher({ baseUrl: BASE, fetch: () => Promise.reject(cause) })(request, { signal: signal() }),
    );
    expect(error).toMatchObject({ name: 'UnknownError', retryable: true });
    expect(error.cause).toBe(cause);
  });
});
