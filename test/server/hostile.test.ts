/**
 * Hostile requests against the handler on a real server (Node's `http` through `getRequestListener`), sent as raw
 * bytes so nothing on the client side cleans them up. Each row asserts the reply and how often `authorize` and the
 * source were called: a request refused at a step never reaches a later one.
 *
 * Some requests never reach the handler: Node's HTTP parser refuses raw NUL, tab or non-ASCII bytes in the request
 * target, an unknown method and an overlong head; the adapter refuses a raw backslash. The WHATWG URL parser resolves
 * `..` and `%2e%2e` segments before the handler sees the path, so those rows assert what the request resolves to.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createImportJobsHandler, type ImportJobsAuthorizeContext } from '../../src/server/index.js';
import { counted, countingSource, JOBS, type RunningServer, serve } from './helpers.js';

const BASE = '/api/pinpoint';
const ROUTE = `${BASE}/v1/apps/app-1/segments/seg-1/jobs/import`;
/** The application's list (GetImportJobs), and one job of it (GetImportJob). */
const APP = `${BASE}/v1/apps/app-1/jobs/import`;
const JOB = `${APP}/${JOBS[0]?.Id}`;

const { source, calls, backend } = countingSource();
const authorize = counted((_context: ImportJobsAuthorizeContext) => true);
let server: RunningServer;

beforeAll(async () => {
  server = await serve(
    createImportJobsHandler({ basePath: BASE, source, authorize, maxAgeMs: 0, onError: () => {} }),
  );
});
afterAll(() => server.close());
beforeEach(() => {
  calls.length = 0;
  authorize.calls.length = 0;
  backend.reset();
});

interface RawReply {
  /** 0 when the server closed the connection without a reply. */
  status: number;
  headers: Map<string, string>;
  body: string;
  raw: string;
}

/** Sends `head` as it is (`Host` and `Connection: close` added), and reads the reply. */
function send(method: string, target: string, extraHeaders = ''): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
        }),
      );
      let body = rest.join('\r\n\r\n');
      if (headers.get('transfer-encoding') === 'chunked') {
        let decoded = '';
        let at = 0;
        for (;;) {
          const end = body.indexOf('\r\n', at);
          const size = Number.parseInt(body.slice(at, end), 16);
          if (!(size > 0)) break;
          decoded += body.slice(end + 2, end + 2 + size);
          at = end + 2 + size + 2;
        }
        body = decoded;
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body, raw });
    });
    socket.end(
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extraHeaders}Connection: close\r\n\r\n`,
      'latin1',
    );
  });
}

/**
 * `[name, method, target, status, x-amzn-ErrorType (null: refused before the handler), authorize calls, source
 * calls]`.
 */
type Row = [string, string, string, number, string | null, number, number];

const rows: Row[] = [
  // Traversal.
  [
    '.. resolved by the URL parser to the same route',
    'GET',
    `${BASE}/v1/apps/app-1/segments/../segments/seg-1/jobs/import`,
    200,
    null,
    1,
    1,
  ],
  [
    "%2e%2e resolved to /v1/apps/app-1/jobs/import: the application's list, authorized as such",
    'GET',
    `${BASE}/v1/apps/app-1/segments/%2e%2e/jobs/import`,
    200,
    null,
    1,
    1,
  ],
  [
    '%2E%2e (any case) resolved the same',
    'GET',
    `${BASE}/v1/apps/app-1/segments/%2E%2e/jobs/import`,
    200,
    null,
    1,
    1,
  ],
  [
    '.. out of the base path',
    'GET',
    `${BASE}/../v1/apps/app-1/segments/seg-1/jobs/import`,
    404,
    'NotFoundException',
    0,
    0,
  ],
  [
    '%2e%2e out of the base path',
    'GET',
    `${BASE}/%2e%2e/%2e%2e/v1/apps/app-1/segments/seg-1/jobs/import`,
    404,
    'NotFoundException',
    0,
    0,
  ],
  ['.. after the route', 'GET', `${ROUTE}/..`, 404, 'NotFoundException', 0, 0],
  [
    'encoded slash in an ID',
    'GET',
    `${BASE}/v1/apps/app-1/segments/seg%2F1/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'encoded ../ in an ID',
    'GET',
    `${BASE}/v1/apps/..%2Fapp-1/segments/seg-1/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'encoded backslash in an ID',
    'GET',
    `${BASE}/v1/apps/app-1/segments/seg%5C1/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'double-encoded dots, decoded once',
    'GET',
    `${BASE}/v1/apps/app-1/segments/%252e%252e/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'a raw backslash, refused by the adapter',
    'GET',
    `${BASE}/v1/apps/app-1/segments/seg\\1/jobs/import`,
    400,
    null,
    0,
    0,
  ],
  [
    'a doubled slash',
    'GET',
    `${BASE}//v1/apps/app-1/segments/seg-1/jobs/import`,
    404,
    'NotFoundException',
    0,
    0,
  ],
  ['an empty ID', 'GET', `${BASE}/v1/apps//segments/seg-1/jobs/import`, 400, 'BadRequestException', 0, 0],
  [
    'a matrix parameter',
    'GET',
    `${BASE}/v1/apps/app-1/segments/seg-1;x=1/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'an absolute-form target on another host: only the path counts',
    'GET',
    `http://evil.example${ROUTE}`,
    200,
    null,
    1,
    1,
  ],
  // Overlong and non-ASCII IDs.
  [
    'a 128-character ID: checked, then unknown to the source',
    'GET',
    `${BASE}/v1/apps/app-1/segments/${'s'.repeat(128)}/jobs/import`,
    404,
    'NotFoundException',
    1,
    1,
  ],
  [
    'a 129-character ID',
    'GET',
    `${BASE}/v1/apps/${'a'.repeat(129)}/segments/seg-1/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'a 100,000-character path, refused by Node',
    'GET',
    `${BASE}/v1/apps/${'a'.repeat(100_000)}/segments/seg-1/jobs/import`,
    431,
    null,
    0,
    0,
  ],
  [
    'an encoded non-ASCII ID',
    'GET',
    `${BASE}/v1/apps/app-1/segments/s%C3%A9g/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'a raw non-ASCII ID, refused by Node',
    'GET',
    `${BASE}/v1/apps/app-1/segments/s\u00e9g/jobs/import`,
    400,
    null,
    0,
    0,
  ],
  [
    'an encoded lone surrogate',
    'GET',
    `${BASE}/v1/apps/app-1/segments/%ED%A0%80/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'a malformed encoding',
    'GET',
    `${BASE}/v1/apps/app-1/segments/%E0%A4%A/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  // NUL bytes.
  [
    'an encoded NUL in an ID',
    'GET',
    `${BASE}/v1/apps/app%00-1/segments/seg-1/jobs/import`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'a raw NUL, refused by Node',
    'GET',
    `${BASE}/v1/apps/app\u0000-1/segments/seg-1/jobs/import`,
    400,
    null,
    0,
    0,
  ],
  ['an encoded NUL in the token', 'GET', `${ROUTE}?token=xyz%00`, 400, 'BadRequestException', 0, 0],
  // CRLF and control characters in the token.
  [
    'an encoded CRLF in the token',
    'GET',
    `${ROUTE}?token=xyz%0D%0ASet-Cookie:%20x=1`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  ['an encoded tab in the token', 'GET', `${ROUTE}?token=a%09b`, 400, 'BadRequestException', 0, 0],
  [
    'a raw CRLF ends the request line: the token is "xyz", unknown to the source',
    'GET',
    `${ROUTE}?token=xyz\r\nSet-Cookie: x=1`,
    400,
    'BadRequestException',
    1,
    1,
  ],
  ['a 2,049-character token', 'GET', `${ROUTE}?token=${'t'.repeat(2049)}`, 400, 'BadRequestException', 0, 0],
  [
    'a 2,048-character token: checked, then refused by the source',
    'GET',
    `${ROUTE}?token=${'t'.repeat(2048)}`,
    400,
    'BadRequestException',
    1,
    1,
  ],
  ['an empty token', 'GET', `${ROUTE}?token=`, 400, 'BadRequestException', 0, 0],
  ['a repeated token', 'GET', `${ROUTE}?token=a&token=a`, 400, 'BadRequestException', 0, 0],
  ['an unknown parameter, ignored', 'GET', `${ROUTE}?foo=%00&page-size=2`, 200, null, 1, 1],
  // Every bad page size.
  ...[
    '',
    '0',
    '00',
    '-1',
    '-0',
    '1.5',
    '1.0',
    '01',
    '1e3',
    '+5',
    '%205',
    '5%20',
    '0x10',
    'NaN',
    'Infinity',
    '%D9%A1%D9%A2',
    '1001',
    '99999999999999999999999',
    '5%00',
  ].map(
    (pageSize): Row => [
      `page-size=${pageSize}`,
      'GET',
      `${ROUTE}?page-size=${pageSize}`,
      400,
      'BadRequestException',
      0,
      0,
    ],
  ),
  ['a repeated page-size', 'GET', `${ROUTE}?page-size=5&page-size=5`, 400, 'BadRequestException', 0, 0],
  ['page-size=1000, the largest', 'GET', `${ROUTE}?page-size=1000`, 200, null, 1, 1],
  // Every method.
  ['GET', 'GET', ROUTE, 200, null, 1, 1],
  ['HEAD', 'HEAD', ROUTE, 200, null, 1, 1],
  ...[
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    'OPTIONS',
    'TRACE',
    'PROPFIND',
    'MKCOL',
    'LOCK',
    'PURGE',
    'SEARCH',
  ].map((method): Row => [method, method, ROUTE, 405, 'MethodNotAllowedException', 0, 0]),
  [
    'POST to no route: the route comes first',
    'POST',
    `${BASE}/v1/apps/app-1`,
    404,
    'NotFoundException',
    0,
    0,
  ],
  [
    'POST with a bad ID: the method comes first',
    'POST',
    `${BASE}/v1/apps/a%2Fb/segments/seg-1/jobs/import`,
    405,
    'MethodNotAllowedException',
    0,
    0,
  ],
  ['an unknown method, refused by Node', 'FOO', ROUTE, 400, null, 0, 0],
  // The application's list and one job: the same checks, in the same order.
  ["the application's list", 'GET', APP, 200, null, 1, 1],
  ['one job', 'GET', JOB, 200, null, 1, 1],
  ['HEAD one job', 'HEAD', JOB, 200, null, 1, 1],
  [
    'an unknown job: checked, then unknown to the source',
    'GET',
    `${APP}/job-unknown`,
    404,
    'NotFoundException',
    1,
    1,
  ],
  ['an empty job ID (a trailing slash)', 'GET', `${APP}/`, 400, 'BadRequestException', 0, 0],
  ['an encoded slash in a job ID', 'GET', `${APP}/job%2F1`, 400, 'BadRequestException', 0, 0],
  ['encoded ../ in a job ID', 'GET', `${APP}/..%2Fjob`, 400, 'BadRequestException', 0, 0],
  [
    '.. as a job ID, resolved by the URL parser: no route',
    'GET',
    `${APP}/..`,
    404,
    'NotFoundException',
    0,
    0,
  ],
  ['%2e%2e as a job ID, resolved the same', 'GET', `${APP}/%2e%2e`, 404, 'NotFoundException', 0, 0],
  [
    'double-encoded dots as a job ID, decoded once',
    'GET',
    `${APP}/%252e%252e`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  ['an encoded NUL in a job ID', 'GET', `${APP}/job%00-1`, 400, 'BadRequestException', 0, 0],
  ['an encoded CRLF in a job ID', 'GET', `${APP}/job%0D%0ASet-Cookie:x=1`, 400, 'BadRequestException', 0, 0],
  ['a malformed encoding in a job ID', 'GET', `${APP}/%E0%A4%A`, 400, 'BadRequestException', 0, 0],
  ['an encoded lone surrogate in a job ID', 'GET', `${APP}/%ED%A0%80`, 400, 'BadRequestException', 0, 0],
  ['a 129-character job ID', 'GET', `${APP}/${'j'.repeat(129)}`, 400, 'BadRequestException', 0, 0],
  [
    'a 128-character job ID: checked, then unknown to the source',
    'GET',
    `${APP}/${'j'.repeat(128)}`,
    404,
    'NotFoundException',
    1,
    1,
  ],
  ['a path after the job', 'GET', `${JOB}/x`, 404, 'NotFoundException', 0, 0],
  [
    'a bad ID of the application before a job',
    'GET',
    `${BASE}/v1/apps/a%2Fb/jobs/import/j`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  [
    'page-size and token on one job: ignored, as the service ignores them',
    'GET',
    `${JOB}?page-size=abc&token=%00`,
    200,
    null,
    1,
    1,
  ],
  ['a bad page size on the application list', 'GET', `${APP}?page-size=0`, 400, 'BadRequestException', 0, 0],
  [
    'an encoded CRLF in the token of the application list',
    'GET',
    `${APP}?token=xyz%0D%0Ax`,
    400,
    'BadRequestException',
    0,
    0,
  ],
  ['a token of no list, refused by the source', 'GET', `${APP}?token=xyz`, 400, 'BadRequestException', 1, 1],
  [
    'POST to the application list (CreateImportJob): never served',
    'POST',
    APP,
    405,
    'MethodNotAllowedException',
    0,
    0,
  ],
  ...['PUT', 'DELETE', 'PATCH', 'OPTIONS'].map(
    (method): Row => [`${method} one job`, method, JOB, 405, 'MethodNotAllowedException', 0, 0],
  ),
  ['lower-case get, refused by Node', 'get', ROUTE, 400, null, 0, 0],
  ['OPTIONS *', 'OPTIONS', '*', 400, null, 0, 0],
];

describe('hostile requests against the Node mount', () => {
  it.each(rows)('%s', async (_name, method, target, status, type, authorizeCalls, sourceCalls) => {
    const reply = await send(method, target);
    expect(reply.status).toBe(status);
    expect(authorize.calls).toHaveLength(authorizeCalls);
    expect(calls).toHaveLength(sourceCalls);
    if (type === null && authorizeCalls === 0) {
      // Refused before the handler: by Node or by the adapter.
      expect(reply.headers.get('x-amzn-requestid')).toBeUndefined();
      return;
    }
    expect(reply.headers.get('x-amzn-errortype')).toBe(type ?? undefined);
    expect(reply.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('content-type')).toBe('application/json');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('set-cookie')).toBeUndefined();
    if (status === 405) expect(reply.headers.get('allow')).toBe('GET, HEAD');
    if (method === 'HEAD') {
      expect(reply.body).toBe('');
    } else if (type !== null) {
      expect(JSON.parse(reply.body)).toEqual({
        Message: expect.any(String),
        RequestID: reply.headers.get('x-amzn-requestid'),
      });
    }
    // Nothing of the request comes back in a header (the markers hold letters no request ID has).
    for (const [name, value] of reply.headers) {
      if (name !== 'date') expect(value).not.toMatch(/evil|seg|x=1|xyz|\p{Cc}/u);
    }
  });

  it('authorizes a resolved traversal as the route it resolves to', async () => {
    await send('GET', `${BASE}/v1/apps/app-1/segments/../segments/seg-1/jobs/import`);
    expect(authorize.calls[0]?.[0]).toMatchObject({ applicationId: 'app-1', segmentId: 'seg-1' });
    expect(calls).toEqual([{ ApplicationId: 'app-1', SegmentId: 'seg-1' }]);
  });

  it("authorizes a segment's traversal to the application's list as GetImportJobs, with no segment", async () => {
    await send('GET', `${BASE}/v1/apps/app-1/segments/%2e%2e/jobs/import`);
    const [context] = authorize.calls[0] ?? [];
    expect(context).toMatchObject({ operation: 'GetImportJobs', applicationId: 'app-1' });
    expect(context?.segmentId).toBeUndefined();
    expect(calls).toEqual([{ ApplicationId: 'app-1' }]);
  });

  it('reads no Host or X-Forwarded-* header for any decision', async () => {
    const reply = await send(
      'GET',
      ROUTE,
      'X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: gopher\r\nX-Forwarded-Prefix: /evil\r\nX-Original-URL: /evil\r\n',
    );
    expect(reply.status).toBe(200);
    expect(reply.raw).not.toContain('evil');
    expect(calls).toEqual([{ ApplicationId: 'app-1', SegmentId: 'seg-1' }]);
  });

  it('gives CONNECT no answer at all', async () => {
    const reply = await send('CONNECT', '127.0.0.1:1');
    expect(reply.status).toBe(0);
    expect(authorize.calls).toHaveLength(0);
  });
});
