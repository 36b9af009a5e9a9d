/**
 * A real `node:http` server on 127.0.0.1 that speaks the wire format of Pinpoint's `GetSegmentImportJobs`,
 * `GetImportJobs` and `GetImportJob`, for tests
 * of anything that talks to the network: `createHttpFetcher`, `createSdkFetcher` with the real AWS SDK, and the
 * controller and hook on top of them.
 *
 * ```ts
 * const server = await startPinpointTestServer({ jobs: [job('job-1'), job('job-2')], pageSize: 1 });
 * server.enqueue({ kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '2' });
 * const fetcher = createHttpFetcher({ baseUrl: server.url });
 * // ... first request gets the 429, the next ones get pages of `jobs`
 * expect(server.requests[0]?.query.get('page-size')).toBe('1');
 * await server.close();
 * ```
 *
 * - Routes: any path that *ends* in `/v1/apps/{application-id}/segments/{segment-id}/jobs/import`,
 *   `/v1/apps/{application-id}/jobs/import` or `/v1/apps/{application-id}/jobs/import/{job-id}` (so a path prefix such
 *   as `/api/pinpoint` works); anything else is a 404 `NotFoundException`. The signature of SDK requests is ignored.
 * - Default reply: for both lists, a page of `jobs` (`server.jobs`, mutable between requests), paged by `page-size`
 *   (else `pageSize`) with `token` = the offset of the page as a string, as the bare `ImportJobsResponse` body; for
 *   one job, the job of `jobs` with that `Id` as the bare `ImportJobResponse` body, else a 404 `NotFoundException`.
 * - Faults: `enqueue(...)` one-shot replies, served first-in first-out before the default reply. See {@link Reply}.
 *
 * @packageDocumentation
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ImportJobResponse } from '../../../src/core/types.js';

/** A request the server received, in order of arrival. */
export interface RecordedRequest {
  /** The HTTP method. */
  method: string;
  /** The raw request target as sent (path and query, still percent-encoded). */
  rawUrl: string;
  /** The path, still percent-encoded (`/v1/apps/a%20b%2Fc/...`). */
  rawPath: string;
  /** The query parameters. */
  query: URLSearchParams;
  /** The decoded `{application-id}`, when the route matched. */
  applicationId?: string;
  /** The decoded `{segment-id}`, when a segment's route matched. */
  segmentId?: string;
  /** The decoded `{job-id}`, when the route of one job matched. */
  jobId?: string;
  /** The operation of the route that matched. */
  operation?: 'GetSegmentImportJobs' | 'GetImportJobs' | 'GetImportJob';
  /** The request headers (names in lower case). */
  headers: IncomingHttpHeaders;
}

/** A one-shot reply for {@link PinpointTestServer.enqueue}. */
export type Reply =
  /** A 200 (or `status`) with `body` serialised as JSON: use it for bodies of any shape, even wrong ones. */
  | { kind: 'json'; body: unknown; status?: number; headers?: Record<string, string> }
  /**
   * A Pinpoint error: `status`, `x-amzn-ErrorType: errorType` (omitted when `errorType` is absent),
   * `x-amzn-RequestId: requestId` and body `{"Message", "RequestID"}`; `retryAfter` sets `Retry-After`.
   */
  | {
      kind: 'error';
      status: number;
      errorType?: string;
      message?: string;
      requestId?: string;
      retryAfter?: string;
      headers?: Record<string, string>;
    }
  /** Any status, headers (a list: the header sent once per value) and body text, e.g. an HTML 502 from a gateway. */
  | { kind: 'raw'; status: number; body: string; headers?: Record<string, string | string[]> }
  /** Never answer (until the client gives up or the server closes): for timeouts and aborts. */
  | { kind: 'hang' }
  /** Send the status line and headers, then hang without a body: a timeout while reading the body. */
  | { kind: 'hang-body'; status?: number }
  /** Close the connection without any response: a network failure (reset). */
  | { kind: 'destroy' }
  /** Announce `Content-Length` of the whole `body`, send only its first half, then drop the connection. */
  | { kind: 'truncate'; body: string; status?: number; headers?: Record<string, string> };

/** Options of {@link startPinpointTestServer}. */
export interface PinpointTestServerOptions {
  /** The jobs served by the default reply. Default: none. */
  jobs?: unknown[];
  /** The page size when a request has no `page-size`. Default: 100. */
  pageSize?: number;
  /** Extra headers on every default reply. Default: none. */
  headers?: Record<string, string>;
}

/** A running server; see the module documentation. */
export interface PinpointTestServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** The port the server listens on. */
  port: number;
  /** Every request received so far, in order. */
  requests: RecordedRequest[];
  /** The jobs of the default reply; replace or mutate between requests. */
  jobs: unknown[];
  /** Queues one-shot replies, served in order before the default reply. */
  enqueue(...replies: Reply[]): void;
  /** Resolves once `count` requests have arrived (counting those already received). */
  waitForRequests(count: number): Promise<void>;
  /** Drops every open connection (hung ones included) and stops the server. */
  close(): Promise<void>;
}

const ROUTE = /\/v1\/apps\/([^/]+)\/(?:segments\/([^/]+)\/jobs\/import|jobs\/import(?:\/([^/]+))?)$/;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body) ?? '';
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': 'test-request-id',
    ...headers,
  });
  res.end(text);
}

/**
 * Starts a server on 127.0.0.1 on a free port.
 *
 * @param options - The jobs to serve and the default page size.
 */
export async function startPinpointTestServer(
  options: PinpointTestServerOptions = {},
): Promise<PinpointTestServer> {
  const queue: Reply[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const requests: RecordedRequest[] = [];

  const httpServer = createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
    const match = ROUTE.exec(rawPath);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      rawUrl,
      rawPath,
      query,
      headers: req.headers,
    };
    if (match?.[1] !== undefined) {
      recorded.applicationId = decode(match[1]);
      recorded.operation = 'GetImportJobs';
      if (match[2] !== undefined) {
        recorded.segmentId = decode(match[2]);
        recorded.operation = 'GetSegmentImportJobs';
      }
      if (match[3] !== undefined) {
        recorded.jobId = decode(match[3]);
        recorded.operation = 'GetImportJob';
      }
    }
    requests.push(recorded);
    for (const waiter of [...waiters]) {
      if (requests.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
    req.resume();

    const reply = queue.shift();
    if (reply !== undefined) {
      switch (reply.kind) {
        case 'json':
          sendJson(res, reply.status ?? 200, reply.body, reply.headers);
          return;
        case 'error': {
          const headers: Record<string, string> = { ...reply.headers };
          if (reply.errorType !== undefined) headers['x-amzn-errortype'] = reply.errorType;
          if (reply.requestId !== undefined) headers['x-amzn-requestid'] = reply.requestId;
          if (reply.retryAfter !== undefined) headers['retry-after'] = reply.retryAfter;
          const body: Record<string, string> = { Message: reply.message ?? `Error ${reply.status}` };
          if (reply.requestId !== undefined) body.RequestID = reply.requestId;
          sendJson(res, reply.status, body, headers);
          return;
        }
        case 'raw':
          res.writeHead(reply.status, { 'content-length': Buffer.byteLength(reply.body), ...reply.headers });
          res.end(reply.body);
          return;
        case 'hang':
          return;
        case 'hang-body':
          res.writeHead(reply.status ?? 200, {
            'content-type': 'application/json',
            'content-length': '1000',
          });
          res.flushHeaders();
          return;
        case 'destroy':
          req.socket.destroy();
          return;
        case 'truncate':
          res.writeHead(reply.status ?? 200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(reply.body),
            ...reply.headers,
          });
          res.write(reply.body.slice(0, Math.floor(reply.body.length / 2)), () => {
            setTimeout(() => req.socket.destroy(), 10);
          });
          return;
        default:
          reply satisfies never;
      }
    }

    if (req.method !== 'GET' || match === null) {
      sendJson(
        res,
        404,
        { Message: 'Resource not found', RequestID: 'test-request-id' },
        {
          'x-amzn-errortype': 'NotFoundException',
        },
      );
      return;
    }
    if (recorded.operation === 'GetImportJob') {
      const found = server.jobs.find((job) => (job as { Id?: unknown } | null)?.Id === recorded.jobId);
      if (found === undefined) {
        sendJson(
          res,
          404,
          { Message: 'Resource not found', RequestID: 'test-request-id' },
          { 'x-amzn-errortype': 'NotFoundException' },
        );
      } else {
        sendJson(res, 200, found, options.headers);
      }
      return;
    }
    const pageSize = Number(query.get('page-size') ?? options.pageSize ?? 100);
    const offset = Number(query.get('token') ?? 0);
    const item = server.jobs.slice(offset, offset + pageSize);
    const next = offset + pageSize;
    sendJson(
      res,
      200,
      next < server.jobs.length ? { Item: item, NextToken: String(next) } : { Item: item },
      options.headers,
    );
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;

  const server: PinpointTestServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    jobs: options.jobs ?? [],
    enqueue(...replies) {
      queue.push(...replies);
    },
    waitForRequests(count) {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      httpServer.closeAllConnections();
      return new Promise((resolve) => httpServer.close(() => resolve()));
    },
  };
  return server;
}

/**
 * A complete, well-typed import job as the service sends it, with `overrides` applied.
 *
 * @param id - The job's `Id`.
 * @param overrides - Fields to replace or add.
 */
export function wireJob(id: string, overrides: Partial<ImportJobResponse> = {}): ImportJobResponse {
  return {
    ApplicationId: 'app-1',
    CreationDate: '2024-05-01T10:00:00.000Z',
    Definition: {
      Format: 'CSV',
      RoleArn: 'arn:aws:iam::123456789012:role/PinpointImport',
      S3Url: `s3://bucket/imports/${id}.csv`,
    },
    Id: id,
    JobStatus: 'PROCESSING',
    Type: 'IMPORT',
    TotalPieces: 4,
    CompletedPieces: 1,
    FailedPieces: 0,
    ...overrides,
  };
}
