/**
 * The handler as a Fetch function: the order of its checks, authorization, the wire format, what never leaks, and
 * how it protects the source. The same handler mounted on a real server is in `node.test.ts` and `hostile.test.ts`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type GetSegmentImportJobsResponse,
  type ImportJobResponse,
  MAX_NORMALIZED_ITEMS,
  PinpointError,
  type PinpointErrorName,
  type SegmentImportJobsFetcher,
} from '../../src/core/index.js';
import {
  createImportJobsHandler,
  type ImportJobsErrorContext,
  type ImportJobsHandlerOptions,
} from '../../src/server/index.js';
import { createImportJob, createImportJobs, createPinpointBackend } from '../../src/simulator/index.js';
import { counted, countingSource, JOBS } from './helpers.js';

const ORIGIN = 'http://host.test';
const LIST = `${ORIGIN}/v1/apps/app-1/segments/seg-1/jobs/import`;
const allowAll = () => true as const;

function handlerWith(options: Partial<ImportJobsHandlerOptions> = {}) {
  const counting = countingSource();
  const authorize = counted(options.authorize ?? allowAll);
  const errors: [unknown, ImportJobsErrorContext][] = [];
  const handler = createImportJobsHandler({
    source: counting.source,
    onError: (error, context) => errors.push([error, context]),
    ...options,
    authorize,
  });
  return { handler, authorize, errors, ...counting };
}

/** A source that answers after `ms`, counting calls and aborts. */
function slowSource(ms: number, reply: GetSegmentImportJobsResponse = { ImportJobsResponse: { Item: [] } }) {
  const state = { calls: 0, aborted: 0, running: 0, most: 0 };
  const source: SegmentImportJobsFetcher = (_request, { signal }) => {
    state.calls += 1;
    state.running += 1;
    state.most = Math.max(state.most, state.running);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        state.running -= 1;
        resolve(structuredClone(reply));
      }, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        state.running -= 1;
        state.aborted += 1;
        reject(signal.reason);
      });
    });
  };
  return { source, state };
}

/** A source whose calls answer only when the test releases them, counting calls and aborts. */
function gatedSource() {
  const state = { calls: 0, aborted: 0 };
  const pending: (() => void)[] = [];
  const source: SegmentImportJobsFetcher = (_request, { signal }) => {
    state.calls += 1;
    return new Promise((resolve, reject) => {
      pending.push(() => resolve({ ImportJobsResponse: { Item: [] } }));
      signal.addEventListener('abort', () => {
        state.aborted += 1;
        reject(signal.reason);
      });
    });
  };
  const release = () => {
    for (const answer of pending.splice(0)) answer();
  };
  return { source, state, release };
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('creation', () => {
  it('needs authorize: a type error, and an error that says why', () => {
    const { source } = countingSource();
    // @ts-expect-error: authorize is required
    expect(() => createImportJobsHandler({ source })).toThrow(/authorize is required.*\(\) => true/);
    // @ts-expect-error: source is required
    expect(() => createImportJobsHandler({ authorize: allowAll })).toThrow(/source is required/);
  });

  it('refuses malformed options', () => {
    const { source } = countingSource();
    const make = (options: Partial<ImportJobsHandlerOptions>) => () =>
      createImportJobsHandler({ source, authorize: allowAll, ...options });
    expect(make({ basePath: 'api' })).toThrow(/basePath/);
    expect(make({ basePath: '/api?x' })).toThrow(/basePath/);
    expect(make({ maxPageSize: 0 })).toThrow(/maxPageSize/);
    expect(make({ maxConcurrent: 0 })).toThrow(/maxConcurrent/);
    expect(make({ maxQueue: -1 })).toThrow(/maxQueue/);
    expect(make({ maxAgeMs: Number.NaN })).toThrow(/maxAgeMs/);
    expect(make({ upstreamTimeoutMs: -1 })).toThrow(/upstreamTimeoutMs/);
    expect(make({ tokenSecret: 'short' })).toThrow(/tokenSecret/);
    expect(make({ cors: { origin: [] } })).toThrow(/cors/);
    expect(make({ cors: { origin: '*', credentials: true } })).toThrow(/cors/);
    expect(make({ basePath: '/api/pinpoint/', maxQueue: 0, upstreamTimeoutMs: Infinity })).not.toThrow();
  });
});

describe('the wire format', () => {
  it('answers the bare { Item, NextToken } with the headers every reply has', async () => {
    const { handler } = handlerWith();
    const response = await handler(new Request(`${LIST}?page-size=5`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = await json(response);
    expect(Object.keys(body)).toEqual(['Item', 'NextToken']);
    expect(body.Item).toEqual(JOBS.slice(0, 5));
    expect(typeof body.NextToken).toBe('string');
  });

  it('pages with the tokens it gives, and leaves NextToken out on the last page', async () => {
    const { handler } = handlerWith();
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const query = `?page-size=20${token === undefined ? '' : `&token=${encodeURIComponent(token)}`}`;
      const body = await json(await handler(new Request(`${LIST}${query}`)));
      seen.push(...(body.Item as ImportJobResponse[]).map((job) => job.Id));
      token = body.NextToken as string | undefined;
      if (token === undefined) expect(Object.keys(body)).toEqual(['Item']);
    } while (token !== undefined);
    expect(seen).toEqual(JOBS.map((job) => job.Id));
  });

  it('sends only Item and NextToken, and of each job only the members of ImportJobResponse', async () => {
    const job = createImportJob({ Id: 'job-1' });
    const source: SegmentImportJobsFetcher = async () =>
      ({
        ImportJobsResponse: {
          Item: [
            { ...job, internalNote: 'secret', Definition: { ...job.Definition, bucketKey: 'secret' } },
            'not a job',
            null,
          ],
          NextToken: 'next',
          Extra: 'secret',
        },
        $metadata: { httpStatusCode: 200, requestId: 'upstream-id' },
      }) as unknown as GetSegmentImportJobsResponse;
    const handler = createImportJobsHandler({ source, authorize: allowAll });
    const text = await (await handler(new Request(LIST))).text();
    expect(text).not.toContain('secret');
    expect(text).not.toContain('upstream-id');
    expect(JSON.parse(text)).toEqual({ Item: [job], NextToken: 'next' });
  });

  it('answers HEAD as GET without a body', async () => {
    const { handler, calls } = handlerWith();
    const head = await handler(new Request(LIST, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/json');
    expect(await head.text()).toBe('');
    expect(calls).toHaveLength(1);
    const missing = await handler(new Request(`${ORIGIN}/v1/apps/app-1`, { method: 'HEAD' }));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-amzn-errortype')).toBe('NotFoundException');
    expect(await missing.text()).toBe('');
  });

  it('serves under its basePath only', async () => {
    const { handler, calls } = handlerWith({ basePath: '/api/pinpoint/' });
    expect(
      (await handler(new Request(`${ORIGIN}/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import`))).status,
    ).toBe(200);
    for (const path of [
      '/v1/apps/app-1/segments/seg-1/jobs/import',
      '/api/pinpointx/v1/apps/app-1/segments/seg-1/jobs/import',
      '/x/api/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import',
    ]) {
      expect((await handler(new Request(`${ORIGIN}${path}`))).status).toBe(404);
    }
    expect(calls).toHaveLength(1);
  });
});

describe('the order of checks', () => {
  it('refuses at the first failing step, and never reaches a later one', async () => {
    const { handler, authorize, calls } = handlerWith({
      authorize: ({ segmentId }) => segmentId !== 'seg-denied',
    });
    const cases: [string, RequestInit, number, string, number, number][] = [
      // [url, init, status, error type, authorize calls, source calls]
      [`${ORIGIN}/v1/apps/app-1/segments/seg-1/jobs`, {}, 404, 'NotFoundException', 0, 0],
      [
        `${ORIGIN}/v1/apps/app-1/segments/seg-1/jobs/import`,
        { method: 'POST' },
        405,
        'MethodNotAllowedException',
        0,
        0,
      ],
      [
        `${ORIGIN}/v1/apps/a%2Fb/segments/seg-1/jobs/import`,
        { method: 'DELETE' },
        405,
        'MethodNotAllowedException',
        0,
        0,
      ],
      [`${ORIGIN}/v1/apps/a%2Fb/segments/seg-1/jobs/import`, {}, 400, 'BadRequestException', 0, 0],
      [
        `${ORIGIN}/v1/apps/app-1/segments/seg-denied/jobs/import?page-size=0`,
        {},
        400,
        'BadRequestException',
        0,
        0,
      ],
      [`${ORIGIN}/v1/apps/app-1/segments/seg-denied/jobs/import`, {}, 403, 'ForbiddenException', 1, 0],
    ];
    for (const [url, init, status, type, authorizeCalls, sourceCalls] of cases) {
      authorize.calls.length = 0;
      calls.length = 0;
      const response = await handler(new Request(url, init));
      expect(response.status, url).toBe(status);
      expect(response.headers.get('x-amzn-errortype')).toBe(type);
      if (status === 405) expect(response.headers.get('allow')).toBe('GET, HEAD');
      const body = await json(response);
      expect(body).toEqual({
        Message: expect.any(String),
        RequestID: response.headers.get('x-amzn-requestid'),
      });
      expect(authorize.calls).toHaveLength(authorizeCalls);
      expect(calls).toHaveLength(sourceCalls);
    }
  });

  it('names the parameter that is wrong, and reflects nothing of the input', async () => {
    const { handler, authorize } = handlerWith();
    const wrong = async (query: string, path = 'apps/app-1/segments/seg-1') => {
      const response = await handler(new Request(`${ORIGIN}/v1/${path}/jobs/import${query}`));
      expect(response.status).toBe(400);
      const text = await response.text();
      for (const [, value] of response.headers) expect(value).not.toContain('evil');
      expect(text).not.toContain('evil');
      return (JSON.parse(text) as { Message: string }).Message;
    };
    expect(await wrong('', 'apps/evil%20id/segments/seg-1')).toBe('Invalid parameter: ApplicationId');
    expect(await wrong('', 'apps/app-1/segments/evil%2E%2E')).toBe('Invalid parameter: SegmentId');
    expect(await wrong('', `apps/${'a'.repeat(129)}/segments/seg-1`)).toBe(
      'Invalid parameter: ApplicationId',
    );
    for (const pageSize of ['', '0', '-1', '1.5', '01', '1e3', '+5', ' 5', '1001', '9'.repeat(400), 'evil']) {
      expect(await wrong(`?page-size=${encodeURIComponent(pageSize)}`)).toBe('Invalid parameter: PageSize');
    }
    expect(await wrong('?page-size=5&page-size=5')).toBe('Invalid parameter: PageSize');
    for (const token of ['', 'evil\r\nx', 'evil\u0000', 'x'.repeat(2049)]) {
      expect(await wrong(`?token=${encodeURIComponent(token)}`)).toBe('Invalid parameter: Token');
    }
    expect(await wrong('?token=a&token=a')).toBe('Invalid parameter: Token');
    expect(authorize.calls).toHaveLength(0);
    expect((await handler(new Request(`${LIST}?page-size=1000&token=${'x'.repeat(2048)}`))).status).toBe(400);
    // That 400 came from the source: the token passed the input check and authorization.
    expect(authorize.calls).toHaveLength(1);
  });

  it('takes other IDs through isValidId, and a larger page through maxPageSize', async () => {
    const { backend, source, calls } = countingSource();
    backend.setSegment({ segmentId: 'seg.1', applicationId: 'app:1', jobs: JOBS });
    const { handler } = handlerWith({
      source,
      isValidId: (id) => /^[a-z0-9.:-]{1,20}$/.test(id),
      maxPageSize: 5000,
    });
    const response = await handler(
      new Request(`${ORIGIN}/v1/apps/app%3A1/segments/seg.1/jobs/import?page-size=5000`),
    );
    expect(response.status).toBe(200);
    expect((await json(response)).Item).toHaveLength(45);
    expect((await handler(new Request(`${ORIGIN}/v1/apps/app_1/segments/seg.1/jobs/import`))).status).toBe(
      400,
    );
    expect(calls).toEqual([{ ApplicationId: 'app:1', SegmentId: 'seg.1', PageSize: '5000' }]);
  });
});

describe('authorize', () => {
  it('receives the request, the operation and the decoded IDs', async () => {
    const { handler, authorize } = handlerWith();
    const request = new Request(`${ORIGIN}/v1/apps/app-1/segments/seg_2/jobs/import`, {
      headers: { cookie: 'session=abc' },
    });
    await handler(request);
    expect(authorize.calls).toEqual([
      [{ request, operation: 'GetSegmentImportJobs', applicationId: 'app-1', segmentId: 'seg_2' }],
    ]);
  });

  it.each<[string, unknown]>([
    ['false', false],
    ['a truthy string', 'yes'],
    ['1', 1],
    ['an object without scope', { allowed: true }],
    ['a scope that is no string', { scope: 42 }],
    ['null', null],
    ['undefined', undefined],
    ['a promise of false', Promise.resolve(false)],
  ])('denies %s with 403, without calling the source', async (_name, verdict) => {
    const { handler, calls } = handlerWith({ authorize: () => verdict as boolean });
    const response = await handler(new Request(LIST));
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('ForbiddenException');
    expect(calls).toHaveLength(0);
  });

  it('answers a throw with 500 and a generic message, and tells onError', async () => {
    const secret = new Error('db password=hunter2');
    const { handler, calls, errors } = handlerWith({
      authorize: async () => {
        throw secret;
      },
    });
    const response = await handler(new Request(LIST));
    expect(response.status).toBe(500);
    expect(response.headers.get('x-amzn-errortype')).toBe('InternalServerErrorException');
    const text = await response.text();
    expect(text).not.toContain('hunter2');
    expect(calls).toHaveLength(0);
    expect(errors).toEqual([
      [
        secret,
        expect.objectContaining({
          phase: 'authorize',
          status: 500,
          requestId: response.headers.get('x-amzn-requestid'),
          operation: 'GetSegmentImportJobs',
          applicationId: 'app-1',
          segmentId: 'seg-1',
        }),
      ],
    ]);
  });

  it('shares a reply among callers allowed with true, never across scopes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { source, state } = slowSource(30, { ImportJobsResponse: { Item: [createImportJob()] } });
    const handler = createImportJobsHandler({
      source,
      authorize: ({ request }) => {
        const user = request.headers.get('x-user');
        return user === null ? true : { scope: user };
      },
    });
    const as = (user?: string) =>
      handler(new Request(LIST, user === undefined ? {} : { headers: { 'x-user': user } }));
    const replies = await Promise.all([as(), as(), as('alice'), as('alice'), as('bob')]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200]);
    // One call for the shared callers, one per scope.
    expect(state.calls).toBe(3);
    await Promise.all([as(), as('alice'), as('bob')]);
    expect(state.calls).toBe(3);
  });
});

describe('errors of the source never leak', () => {
  const cases: [PinpointErrorName, number | undefined, number, string][] = [
    ['BadRequestException', 400, 400, 'BadRequestException'],
    ['NotFoundException', 404, 404, 'NotFoundException'],
    ['MethodNotAllowedException', 405, 405, 'MethodNotAllowedException'],
    ['PayloadTooLargeException', 413, 413, 'PayloadTooLargeException'],
    ['TooManyRequestsException', 429, 429, 'TooManyRequestsException'],
    ['InternalServerErrorException', 500, 500, 'InternalServerErrorException'],
    ['ForbiddenException', 403, 502, 'BadGatewayException'],
    ['HttpError', 401, 502, 'BadGatewayException'],
    ['HttpError', 418, 502, 'BadGatewayException'],
    ['ServiceUnavailableError', 502, 502, 'BadGatewayException'],
    ['ServiceUnavailableError', 503, 503, 'ServiceUnavailableException'],
    ['ServiceUnavailableError', 504, 504, 'GatewayTimeoutException'],
    ['NetworkError', undefined, 502, 'BadGatewayException'],
    ['TimeoutError', undefined, 504, 'GatewayTimeoutException'],
    ['InvalidResponseError', 200, 502, 'BadGatewayException'],
    ['AbortError', undefined, 502, 'BadGatewayException'],
    ['UnknownError', undefined, 502, 'BadGatewayException'],
  ];

  it.each(cases)(
    '%s (%s) answers %i %s, with a generic message under its own request ID',
    async (name, statusCode, status, type) => {
      const upstream = new PinpointError({
        name,
        statusCode,
        message: 'upstream says: AKIAIOSFODNN7EXAMPLE is not allowed',
        requestId: 'upstream-request-id',
        retryAfterMs: name === 'TooManyRequestsException' || statusCode === 503 ? 7_500 : undefined,
      });
      const { handler, errors } = handlerWith({
        source: async () => {
          throw upstream;
        },
      });
      const response = await handler(new Request(LIST));
      expect(response.status).toBe(status);
      expect(response.headers.get('x-amzn-errortype')).toBe(type);
      expect(response.headers.get('retry-after')).toBe(upstream.retryAfterMs === undefined ? null : '8');
      const requestId = response.headers.get('x-amzn-requestid');
      const text = await response.text();
      expect(text).not.toMatch(/AKIA|upstream/);
      expect(JSON.parse(text)).toEqual({ Message: expect.any(String), RequestID: requestId });
      expect(errors).toEqual([[upstream, expect.objectContaining({ phase: 'source', status, requestId })]]);
    },
  );

  it('gives a 429 without Retry-After one of a second, and keeps the message generic for each name', async () => {
    const messages = new Set<string>();
    for (const name of ['NotFoundException', 'TooManyRequestsException'] as const) {
      for (const message of ['first secret', 'second secret']) {
        const { handler } = handlerWith({
          source: async () => {
            throw new PinpointError({ name, message });
          },
        });
        const response = await handler(new Request(LIST));
        if (name === 'TooManyRequestsException') expect(response.headers.get('retry-after')).toBe('1');
        messages.add(`${name}: ${(await json(response)).Message}`);
      }
    }
    expect(messages.size).toBe(2);
  });

  it('answers an unreachable upstream 502 and a slow one 504 after upstreamTimeoutMs, aborting it', async () => {
    const unreachable = createImportJobsHandler({
      source: countingSource().source,
      authorize: allowAll,
      onError: () => {},
    });
    const { backend, source } = countingSource();
    backend.fail('network-error');
    const network = createImportJobsHandler({ source, authorize: allowAll, onError: () => {} });
    expect((await network(new Request(LIST))).status).toBe(502);
    expect((await unreachable(new Request(`${LIST}?page-size=1`))).status).toBe(200);

    const slow = slowSource(60_000);
    const timed = createImportJobsHandler({
      source: slow.source,
      authorize: allowAll,
      upstreamTimeoutMs: 50,
      onError: () => {},
    });
    const response = await timed(new Request(LIST));
    expect(response.status).toBe(504);
    expect(response.headers.get('x-amzn-errortype')).toBe('GatewayTimeoutException');
    expect(slow.state.aborted).toBe(1);
  });

  it('answers a source that ignores its signal 504 all the same', async () => {
    const handler = createImportJobsHandler({
      source: () => new Promise(() => {}),
      authorize: allowAll,
      upstreamTimeoutMs: 30,
      onError: () => {},
    });
    expect((await handler(new Request(LIST))).status).toBe(504);
  });

  it.each<[string, unknown]>([
    ['no ImportJobsResponse', {}],
    ['an Item that is no array', { ImportJobsResponse: { Item: 'x' } }],
    ['a value that is no JSON', { ImportJobsResponse: { Item: [{ Id: 'a', TotalPieces: 10n }] } }],
    [
      'a getter that throws',
      {
        ImportJobsResponse: {
          get Item() {
            throw new Error('secret');
          },
        },
      },
    ],
    [
      'more jobs than the client reads',
      { ImportJobsResponse: { Item: new Array(MAX_NORMALIZED_ITEMS + 1).fill(null) } },
    ],
  ])('answers a reply with %s 502 InvalidResponseError to onError', async (_name, reply) => {
    const { handler, errors } = handlerWith({ source: async () => reply as GetSegmentImportJobsResponse });
    const response = await handler(new Request(LIST));
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain('secret');
    expect(errors[0]?.[0]).toMatchObject({ name: 'InvalidResponseError' });
  });

  it('reads an empty Item as an empty page', async () => {
    const { handler } = handlerWith({
      source: async () => ({ ImportJobsResponse: {} }) as GetSegmentImportJobsResponse,
    });
    expect(await json(await handler(new Request(LIST)))).toEqual({ Item: [] });
  });

  it('logs with console.error when there is no onError, and survives an onError that throws', async () => {
    const { source } = countingSource();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing: SegmentImportJobsFetcher = async () => {
      throw new PinpointError({ name: 'NetworkError' });
    };
    const quiet = createImportJobsHandler({ source: failing, authorize: allowAll });
    expect((await quiet(new Request(LIST))).status).toBe(502);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    const throwing = createImportJobsHandler({
      source: failing,
      authorize: allowAll,
      onError: () => {
        throw new Error('logger down');
      },
    });
    expect((await throwing(new Request(LIST))).status).toBe(502);
    expect(source).toBeDefined();
  });
});

describe('shapeJob', () => {
  it('runs on every job: redacts, drops on null, and gets the scope', async () => {
    const contexts: unknown[] = [];
    const { handler } = handlerWith({
      authorize: () => ({ scope: 'tenant-1' }),
      shapeJob: (job, context) => {
        contexts.push(context);
        if (job.Id === JOBS[1]?.Id) return null;
        job.Definition.RoleArn = '[redacted]';
        delete job.Definition.ExternalId;
        return job;
      },
    });
    const body = await json(await handler(new Request(`${LIST}?page-size=3`)));
    const items = body.Item as ImportJobResponse[];
    expect(items.map((job) => job.Id)).toEqual([JOBS[0]?.Id, JOBS[2]?.Id]);
    expect(
      items.every((job) => job.Definition.RoleArn === '[redacted]' && !('ExternalId' in job.Definition)),
    ).toBe(true);
    expect(contexts).toHaveLength(3);
    expect(contexts[0]).toMatchObject({
      operation: 'GetSegmentImportJobs',
      applicationId: 'app-1',
      segmentId: 'seg-1',
      scope: 'tenant-1',
    });
    // A change to one reply's jobs changes no other reply (the cached page is untouched).
    const again = await json(await handler(new Request(`${LIST}?page-size=3`)));
    expect((again.Item as ImportJobResponse[])[0]?.Definition.RoleArn).toBe('[redacted]');
  });

  it('answers a throw, or something that is no job, with 500 to onError', async () => {
    for (const shapeJob of [
      () => {
        throw new Error('secret');
      },
      () => 'job' as unknown as ImportJobResponse,
    ]) {
      const { handler, errors } = handlerWith({ shapeJob });
      const response = await handler(new Request(LIST));
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('secret');
      expect(errors[0]?.[1].phase).toBe('shapeJob');
    }
  });
});

describe('protecting the source', () => {
  it('coalesces identical requests into one call and reuses its reply for maxAgeMs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { source, state } = slowSource(40);
    const handler = createImportJobsHandler({ source, authorize: allowAll, maxAgeMs: 150 });
    const replies = await Promise.all(Array.from({ length: 20 }, () => handler(new Request(LIST))));
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    expect(new Set(replies.map((reply) => reply.headers.get('x-amzn-requestid'))).size).toBe(20);
    expect(state.calls).toBe(1);
    await handler(new Request(LIST));
    expect(state.calls).toBe(1);
    // Another page size or token is another request.
    await handler(new Request(`${LIST}?page-size=3`));
    expect(state.calls).toBe(2);
    vi.setSystemTime(Date.now() + 149);
    await handler(new Request(LIST));
    expect(state.calls).toBe(2);
    vi.setSystemTime(Date.now() + 2);
    await handler(new Request(LIST));
    expect(state.calls).toBe(3);
  });

  it('calls again at once with maxAgeMs 0, and forgets the oldest past maxCacheEntries', async () => {
    const { source, state } = slowSource(1);
    const uncached = createImportJobsHandler({ source, authorize: allowAll, maxAgeMs: 0 });
    await uncached(new Request(LIST));
    await uncached(new Request(LIST));
    expect(state.calls).toBe(2);
    const small = createImportJobsHandler({ source, authorize: allowAll, maxCacheEntries: 2 });
    for (const size of [1, 2, 3, 1]) await small(new Request(`${LIST}?page-size=${size}`));
    expect(state.calls).toBe(6);
    await small(new Request(`${LIST}?page-size=3`));
    expect(state.calls).toBe(6);
  });

  it('runs maxConcurrent calls, queues maxQueue, and answers 429 with Retry-After past the queue', async () => {
    const { source, state } = slowSource(50);
    const handler = createImportJobsHandler({ source, authorize: allowAll, maxConcurrent: 2, maxQueue: 3 });
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, index) => handler(new Request(`${LIST}?page-size=${index + 1}`))),
    );
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(replies[5]?.headers.get('retry-after')).toBe('1');
    expect(replies[5]?.headers.get('x-amzn-errortype')).toBe('TooManyRequestsException');
    expect(state.calls).toBe(5);
    expect(state.most).toBe(2);
    // A request that joins one in flight needs no room.
    const [first, ...joined] = await Promise.all([
      handler(new Request(`${LIST}?page-size=11`)),
      handler(new Request(`${LIST}?page-size=12`)),
      handler(new Request(`${LIST}?page-size=13`)),
      handler(new Request(`${LIST}?page-size=14`)),
      handler(new Request(`${LIST}?page-size=15`)),
      handler(new Request(`${LIST}?page-size=11`)),
    ]);
    expect([first, ...joined].map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('aborts the call when every waiting client has gone, and not before', async () => {
    const { source, state, release } = gatedSource();
    const handler = createImportJobsHandler({ source, authorize: allowAll });
    const first = new AbortController();
    const second = new AbortController();
    const one = handler(new Request(LIST, { signal: first.signal }));
    const two = handler(new Request(LIST, { signal: second.signal }));
    // Both wait on the one call.
    await vi.waitFor(() => expect(state.calls).toBe(1));
    first.abort();
    expect((await one).status).toBe(499);
    expect(state.aborted).toBe(0);
    second.abort();
    expect((await two).status).toBe(499);
    expect(state.aborted).toBe(1);
    expect(state.calls).toBe(1);
    // Nothing was cached: the next request calls again.
    const three = handler(new Request(LIST));
    await vi.waitFor(() => expect(state.calls).toBe(2));
    release();
    expect((await three).status).toBe(200);
  });

  it('drops a queued call whose clients all went, without calling the source', async () => {
    const { source, state, release } = gatedSource();
    const handler = createImportJobsHandler({ source, authorize: allowAll, maxConcurrent: 1 });
    const running = handler(new Request(`${LIST}?page-size=1`));
    const leaving = new AbortController();
    const queued = handler(new Request(`${LIST}?page-size=2`, { signal: leaving.signal }));
    await vi.waitFor(() => expect(state.calls).toBe(1));
    leaving.abort();
    expect((await queued).status).toBe(499);
    release();
    expect((await running).status).toBe(200);
    expect(state.calls).toBe(1);
  });
});

describe('tokenSecret', () => {
  const tokenSecret = 'a-test-secret-of-at-least-32-characters!';

  it('seals each NextToken, and takes back only a token of the same operation, IDs and scope', async () => {
    const { backend, source, calls } = countingSource();
    backend.setSegment({
      segmentId: 'seg-2',
      applicationId: 'app-1',
      jobs: createImportJobs(45, { seed: 2 }),
    });
    const { handler } = handlerWith({
      source,
      tokenSecret,
      authorize: ({ request }) => ({ scope: request.headers.get('x-user') ?? 'nobody' }),
    });
    const get = (url: string, user = 'alice') => handler(new Request(url, { headers: { 'x-user': user } }));
    const first = await json(await get(`${LIST}?page-size=10`));
    const sealed = first.NextToken as string;
    expect(sealed).toMatch(/^[0-9a-f]{64}\./);
    expect(calls).toHaveLength(1);

    const next = await get(`${LIST}?page-size=10&token=${encodeURIComponent(sealed)}`);
    expect(next.status).toBe(200);
    expect(calls[1]).toHaveProperty('Token', sealed.slice(65));

    const replays = [
      get(`${ORIGIN}/v1/apps/app-1/segments/seg-2/jobs/import?token=${encodeURIComponent(sealed)}`),
      get(`${LIST}?token=${encodeURIComponent(sealed)}`, 'bob'),
      get(`${LIST}?token=${encodeURIComponent(`${'0'.repeat(64)}${sealed.slice(64)}`)}`),
      get(`${LIST}?token=${encodeURIComponent(`${sealed}x`)}`),
      // A token of a segment's list is no token of the application's list.
      get(`${ORIGIN}/v1/apps/app-1/jobs/import?token=${encodeURIComponent(sealed)}`),
      get(`${LIST}?token=${encodeURIComponent(sealed.slice(65))}`),
    ];
    for (const reply of await Promise.all(replays)) {
      expect(reply.status).toBe(400);
      expect(reply.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    }
    expect(calls).toHaveLength(2);
  });

  it('works where only node:crypto has Web Crypto (Node.js 18)', async () => {
    vi.stubGlobal('crypto', undefined);
    expect(globalThis.crypto).toBeUndefined();
    const { handler } = handlerWith({ tokenSecret });
    const response = await handler(new Request(`${LIST}?page-size=10`));
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const { NextToken } = await json(response);
    expect(
      (await handler(new Request(`${LIST}?token=${encodeURIComponent(String(NextToken))}`))).status,
    ).toBe(200);
  });

  it('refuses to give a token it could not take back', async () => {
    const { handler, errors } = handlerWith({
      source: async () => ({ ImportJobsResponse: { Item: [], NextToken: 'x'.repeat(2000) } }),
      tokenSecret,
    });
    expect((await handler(new Request(LIST))).status).toBe(502);
    expect(errors[0]?.[1].phase).toBe('source');
  });
});

describe('cors', () => {
  it('sends no CORS headers without the option, and answers OPTIONS 405', async () => {
    const { handler } = handlerWith();
    const response = await handler(
      new Request(LIST, { method: 'OPTIONS', headers: { origin: 'https://app.test' } }),
    );
    expect(response.status).toBe(405);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control'))).toEqual([]);
  });

  it('allows the configured origins only, never echoing the request', async () => {
    const { handler, authorize } = handlerWith({
      cors: {
        origin: ['https://admin.test', 'https://ops.test'],
        credentials: true,
        allowHeaders: ['authorization', 'x-csrf'],
      },
    });
    const preflight = await handler(
      new Request(LIST, {
        method: 'OPTIONS',
        headers: { origin: 'https://ops.test', 'access-control-request-method': 'GET' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://ops.test');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, x-csrf');
    expect(authorize.calls).toHaveLength(0);

    const allowed = await handler(new Request(LIST, { headers: { origin: 'https://admin.test' } }));
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.test');
    expect(allowed.headers.get('access-control-expose-headers')).toContain('x-amzn-ErrorType');
    expect(allowed.headers.get('vary')).toBe('Origin');
    const other = await handler(new Request(LIST, { headers: { origin: 'https://evil.test' } }));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const anyOrigin = handlerWith({ cors: { origin: '*' } }).handler;
    const star = await anyOrigin(new Request(LIST, { headers: { origin: 'https://evil.test' } }));
    expect(star.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe("an application's jobs (GetImportJobs) and one job (GetImportJob)", () => {
  const APP = `${ORIGIN}/v1/apps/app-1/jobs/import`;
  /** Two segments of app-1, with job IDs of their own, and a segment of another application. */
  function twoSegments() {
    const first = createImportJobs(3, { seed: 31, applicationId: 'app-1', segmentId: 'seg-1' });
    const second = createImportJobs(2, { seed: 32, applicationId: 'app-1', segmentId: 'seg-2' });
    return countingSource(
      createPinpointBackend({
        segments: [
          { segmentId: 'seg-1', applicationId: 'app-1', jobs: first },
          { segmentId: 'seg-2', applicationId: 'app-1', jobs: second },
          { segmentId: 'seg-9', applicationId: 'app-9', jobs: createImportJobs(1, { seed: 39 }) },
        ],
      }),
    );
  }

  it("serves the application's jobs of every segment, newest first, paged by sealed tokens of that list", async () => {
    const counting = twoSegments();
    const handler = createImportJobsHandler({
      source: counting.source,
      authorize: allowAll,
      tokenSecret: 's'.repeat(32),
    });
    const first = await json(await handler(new Request(`${APP}?page-size=3`)));
    const second = await json(
      await handler(new Request(`${APP}?page-size=3&token=${encodeURIComponent(first.NextToken as string)}`)),
    );
    const items = [...(first.Item as ImportJobResponse[]), ...(second.Item as ImportJobResponse[])];
    expect(new Set(items.map((job) => job.Definition.SegmentId))).toEqual(new Set(['seg-1', 'seg-2']));
    const dates = items.map((job) => Date.parse(job.CreationDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(second.NextToken).toBeUndefined();
    expect(counting.calls).toEqual([
      { ApplicationId: 'app-1', PageSize: '3' },
      { ApplicationId: 'app-1', PageSize: '3', Token: expect.any(String) },
    ]);
    // The application's token is refused on a segment's list.
    const replay = await handler(
      new Request(
        `${ORIGIN}/v1/apps/app-1/segments/seg-1/jobs/import?token=${encodeURIComponent(first.NextToken as string)}`,
      ),
    );
    expect(replay.status).toBe(400);
  });

  it('serves one job as the bare ImportJobResponse with the members of the model only, HEAD without a body', async () => {
    const counting = countingSource();
    const job = JOBS[4] as ImportJobResponse;
    counting.backend.addJob('seg-1', {
      ...createImportJob({ Id: 'job-extra' }),
      Secret: 'x',
    } as ImportJobResponse);
    const handler = createImportJobsHandler({ source: counting.source, authorize: allowAll, maxAgeMs: 0 });
    const response = await handler(new Request(`${APP}/${job.Id}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual(job);
    expect(counting.calls).toEqual([{ ApplicationId: 'app-1', JobId: job.Id }]);
    const extra = await json(await handler(new Request(`${APP}/job-extra`)));
    expect(extra).not.toHaveProperty('Secret');
    const head = await handler(new Request(`${APP}/${job.Id}`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers an unknown job 404 NotFoundException, and a source reply that is no job 502', async () => {
    const { handler, errors } = handlerWith();
    const missing = await handler(new Request(`${APP}/job-nope`));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-amzn-errortype')).toBe('NotFoundException');
    for (const reply of [{ ImportJobResponse: null }, { ImportJobsResponse: { Item: [] } }, 'job', null]) {
      const broken = createImportJobsHandler({
        source: { getImportJob: async () => reply as never },
        authorize: allowAll,
        onError: (error, context) => errors.push([error, context]),
      });
      const response = await broken(new Request(`${APP}/job-1`));
      expect(response.status).toBe(502);
      expect(response.headers.get('x-amzn-errortype')).toBe('BadGatewayException');
    }
    expect(
      errors.slice(-4).map(([error, context]) => [(error as Error).name, context.phase, context.jobId]),
    ).toEqual(Array(4).fill(['InvalidResponseError', 'source', 'job-1']));
  });

  it('authorize gets the operation and the job ID, and no segment', async () => {
    const { handler, authorize } = handlerWith();
    const jobRequest = new Request(`${APP}/job_7`);
    await handler(jobRequest);
    const listRequest = new Request(APP);
    await handler(listRequest);
    expect(authorize.calls).toEqual([
      [{ request: jobRequest, operation: 'GetImportJob', applicationId: 'app-1', jobId: 'job_7' }],
      [{ request: listRequest, operation: 'GetImportJobs', applicationId: 'app-1' }],
    ]);
  });

  it('runs shapeJob on every job of every operation: a list leaves hidden jobs out, a hidden job is a 404 like a missing one', async () => {
    const counting = twoSegments();
    const contexts: { operation: string; jobId?: string | undefined; scope: string | undefined }[] = [];
    const handler = createImportJobsHandler({
      source: counting.source,
      authorize: () => ({ scope: 'tenant-1' }),
      onError: () => {},
      // A tenant that may see seg-1 only.
      shapeJob: (job, context) => {
        contexts.push(context);
        return job.Definition.SegmentId === 'seg-1'
          ? { ...job, Definition: { ...job.Definition, RoleArn: '' } }
          : null;
      },
    });
    const list = (await json(await handler(new Request(APP)))).Item as ImportJobResponse[];
    expect(list).toHaveLength(3);
    expect(list.every((job) => job.Definition.SegmentId === 'seg-1' && job.Definition.RoleArn === '')).toBe(
      true,
    );
    const segmentList = (
      await json(await handler(new Request(`${ORIGIN}/v1/apps/app-1/segments/seg-2/jobs/import`)))
    ).Item as ImportJobResponse[];
    expect(segmentList).toEqual([]);
    const visible = list[0] as ImportJobResponse;
    const shown = await handler(new Request(`${APP}/${visible.Id}`));
    expect(shown.status).toBe(200);
    expect(((await shown.json()) as ImportJobResponse).Definition.RoleArn).toBe('');
    const hiddenId = counting.backend.jobs('seg-2', 'app-1')[0]?.Id as string;
    const hidden = await handler(new Request(`${APP}/${hiddenId}`));
    const missing = await handler(new Request(`${APP}/job-nope`));
    // Nothing tells a hidden job from one that does not exist, but the request ID.
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(hidden.headers.get('x-amzn-errortype')).toBe('NotFoundException');
    const [hiddenBody, missingBody] = [await json(hidden), await json(missing)];
    expect(hiddenBody.Message).toBe(missingBody.Message);
    expect(Object.keys(hiddenBody)).toEqual(Object.keys(missingBody));
    expect(contexts.at(-1)).toMatchObject({ operation: 'GetImportJob', jobId: hiddenId, scope: 'tenant-1' });
    expect(contexts[0]).toMatchObject({ operation: 'GetImportJobs', scope: 'tenant-1' });
  });

  it('answers an operation the source has no call for 405 MethodNotAllowedException, before authorize and the source', async () => {
    const plain = vi.fn(async () => ({ ImportJobsResponse: { Item: [] } }));
    const authorize = vi.fn(allowAll);
    const handler = createImportJobsHandler({ source: plain, authorize });
    for (const url of [APP, `${APP}/job-1`]) {
      const response = await handler(new Request(url));
      expect(response.status).toBe(405);
      expect(response.headers.get('x-amzn-errortype')).toBe('MethodNotAllowedException');
      expect(response.headers.get('allow')).toBe('');
      expect(((await response.json()) as { Message: string }).Message).toMatch(
        /^GetImportJobs? is not served here\.$/,
      );
    }
    expect(authorize).not.toHaveBeenCalled();
    expect(plain).not.toHaveBeenCalled();
    // A source of one job only: the job is served, the lists are not.
    const jobOnly = createImportJobsHandler({
      source: { getImportJob: async () => ({ ImportJobResponse: createImportJob({ Id: 'job-1' }) }) },
      authorize: allowAll,
    });
    expect((await jobOnly(new Request(`${APP}/job-1`))).status).toBe(200);
    expect((await jobOnly(new Request(LIST))).status).toBe(405);
    expect((await jobOnly(new Request(APP))).status).toBe(405);
  });

  it('refuses at creation a source that is neither a function nor an object', () => {
    for (const source of [undefined, null, 'fetcher', 42]) {
      expect(() => createImportJobsHandler({ source: source as never, authorize: allowAll })).toThrow(
        /source is required/,
      );
    }
  });

  it('coalesces identical requests of one job into one call, per scope', async () => {
    const { handler, calls } = handlerWith({
      authorize: ({ request }) => ({ scope: request.headers.get('x-user') ?? '' }),
    });
    const id = JOBS[0]?.Id as string;
    const get = (user: string) => handler(new Request(`${APP}/${id}`, { headers: { 'x-user': user } }));
    const replies = await Promise.all([get('alice'), get('alice'), get('alice'), get('bob')]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200]);
    expect(calls).toHaveLength(2);
  });
});
