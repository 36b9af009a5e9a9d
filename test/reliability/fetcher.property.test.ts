/**
 * Property tests of `createHttpFetcher` against a real `node:http` server: any status and any body text give either
 * an object (then normalised) or a `PinpointError` named by the error table of docs/fetchers.md, never anything else.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PinpointError, type PinpointErrorName } from '../../src/core/errors.js';
import { createHttpFetcher } from '../../src/core/http/createHttpFetcher.js';
import { normalizeImportJobsResponse } from '../../src/core/normalize.js';
import { type PinpointTestServer, startPinpointTestServer } from '../node/servers/pinpointTestServer.js';
import { hostileString, responseLike } from './helpers/arbitraries.js';
import { runs } from './helpers/runs.js';
import { wellFormedProblems } from './helpers/wellFormed.js';

/** Runs per property; each is a real HTTP round trip. */
const RUNS = runs(100);

/** The name the error table of docs/fetchers.md gives a status without an `x-amzn-ErrorType` (other 4xx/5xx: `HttpError`). */
function expectedName(status: number): PinpointErrorName {
  const byStatus: Record<number, PinpointErrorName> = {
    400: 'BadRequestException',
    403: 'ForbiddenException',
    404: 'NotFoundException',
    405: 'MethodNotAllowedException',
    413: 'PayloadTooLargeException',
    429: 'TooManyRequestsException',
    500: 'InternalServerErrorException',
    502: 'ServiceUnavailableError',
    503: 'ServiceUnavailableError',
    504: 'ServiceUnavailableError',
  };
  return byStatus[status] ?? 'HttpError';
}

describe('createHttpFetcher against a real server, any reply', () => {
  let server: PinpointTestServer;
  beforeAll(async () => {
    server = await startPinpointTestServer();
  });
  afterAll(async () => {
    await server.close();
  });
  const request = { ApplicationId: 'app-1', SegmentId: 'seg-1' };

  it(`a 200 with any body text resolves to something the normaliser turns into a well-formed page, or InvalidResponseError (${RUNS} generated bodies)`, async () => {
    const body = fc.oneof(
      responseLike.map((value) => JSON.stringify(value) ?? ''),
      fc.json(),
      hostileString,
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    const fetcher = createHttpFetcher({ baseUrl: server.url, timeoutMs: 2_000 });
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        server.enqueue({
          kind: 'raw',
          status: 200,
          body: text,
          headers: { 'content-type': 'application/json' },
        });
        let outcome: unknown;
        try {
          const response = await fetcher(request, { signal: new AbortController().signal });
          outcome = normalizeImportJobsResponse(response);
        } catch (error) {
          expect(error).toBeInstanceOf(PinpointError);
          expect((error as PinpointError).name).toBe('InvalidResponseError');
          return;
        }
        expect(wellFormedProblems(outcome as never)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`any error status with any body (HTML, JSON, junk) and no error type is named by its status (${RUNS} generated replies)`, async () => {
    const status = fc.oneof(
      fc.constantFrom(400, 401, 403, 404, 405, 408, 409, 413, 418, 429, 500, 501, 502, 503, 504, 599),
      // Node's fetch handles two statuses itself: 407 fails as a network error (as in a browser), and 421 is
      // retried on a new connection (so the test server's next reply answers).
      fc.integer({ min: 400, max: 599 }).filter((code) => code !== 407 && code !== 421),
    );
    const body = fc.oneof(
      fc.constant('<html><body><h1>Bad Gateway</h1></body></html>'),
      fc.json(),
      hostileString,
      fc.constant(''),
    );
    const fetcher = createHttpFetcher({ baseUrl: server.url, timeoutMs: 2_000 });
    await fc.assert(
      fc.asyncProperty(status, body, async (code, text) => {
        server.enqueue({ kind: 'raw', status: code, body: text, headers: { 'content-type': 'text/html' } });
        const error = await fetcher(request, { signal: new AbortController().signal }).then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        expect(error).toBeInstanceOf(PinpointError);
        const named = error as PinpointError;
        // A JSON body may name the error itself (`__type`/`code`); else the status decides.
        if (!/"(__type|code)"/.test(text)) expect(named.name).toBe(expectedName(code));
        expect(named.statusCode).toBe(code);
        // Server-side failures are worth retrying, client-side ones are not (429 aside).
        if (named.name === 'HttpError') expect(named.retryable).toBe(code >= 500);
        if (named.name === 'ServiceUnavailableError') expect(named.retryable).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`any Retry-After value gives a finite, non-negative retryAfterMs or none (${RUNS} generated headers)`, async () => {
    const header = fc.oneof(
      fc.nat(100_000).map(String),
      fc.constantFrom('-1', '1.5', 'NaN', 'Infinity', '1e400', '', '  7 ', 'Wed, 21 Oct 2015 07:28:00 GMT'),
      fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
      fc.string({ maxLength: 30 }).filter((value) => !/[\r\n]/.test(value) && /^[\x20-\x7e]*$/.test(value)),
    );
    const fetcher = createHttpFetcher({ baseUrl: server.url, timeoutMs: 2_000 });
    await fc.assert(
      fc.asyncProperty(header, async (value) => {
        server.enqueue({
          kind: 'error',
          status: 429,
          errorType: 'TooManyRequestsException',
          retryAfter: value,
        });
        const error = (await fetcher(request, { signal: new AbortController().signal }).catch(
          (thrown: unknown) => thrown,
        )) as PinpointError;
        expect(error.name).toBe('TooManyRequestsException');
        if (error.retryAfterMs !== undefined) {
          expect(Number.isFinite(error.retryAfterMs)).toBe(true);
          expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`any IDs and token (slashes, dots, ?, #, %, unicode, lone surrogates) reach the route as they are (lone surrogates as U+FFFD; . and .. refused unsent), never a raw URIError (${RUNS} generated requests)`, async () => {
    const part = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
      fc.constantFrom(
        '../..',
        '..',
        '.',
        'a b/c',
        '?x=1',
        '#frag',
        '%2F',
        '%',
        'é',
        '💥',
        '\uD800',
        'a\uDC00b',
        '/',
      ),
    );
    const fetcher = createHttpFetcher({ baseUrl: `${server.url}/prefix`, timeoutMs: 2_000 });
    await fc.assert(
      fc.asyncProperty(
        part,
        part,
        fc.option(part, { nil: undefined }),
        async (applicationId, segmentId, token) => {
          const before = server.requests.length;
          const request =
            token === undefined
              ? { ApplicationId: applicationId, SegmentId: segmentId }
              : { ApplicationId: applicationId, SegmentId: segmentId, Token: token };
          // `.` and `..` would be steps along the URL's path: refused before anything is sent. Every other request
          // reaches the route and is answered; a raw URIError or a request sent elsewhere fails the property.
          if ([applicationId, segmentId].some((id) => id === '.' || id === '..')) {
            const refused = fetcher(request, { signal: new AbortController().signal });
            await expect(refused).rejects.toBeInstanceOf(PinpointError);
            await expect(refused).rejects.toMatchObject({
              name: 'BadRequestException',
              statusCode: undefined,
            });
            expect(server.requests).toHaveLength(before);
            return;
          }
          await fetcher(request, { signal: new AbortController().signal });
          // A lone surrogate cannot be percent-encoded: it is sent as U+FFFD rather than throwing.
          const wellFormed = (value: string) => value.replace(/\p{Cs}/gu, '\uFFFD');
          const received = server.requests[before];
          expect(received?.rawPath.startsWith('/prefix/v1/apps/')).toBe(true);
          expect(received?.applicationId).toBe(wellFormed(applicationId));
          expect(received?.segmentId).toBe(wellFormed(segmentId));
          expect(received?.query.get('token') ?? undefined).toBe(
            token === undefined ? undefined : wellFormed(token),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
