import type { ImportJobResponse } from '../core/index.js';
import { type Cors, createCors } from './cors.js';
import { isAcceptableToken, isDefaultValidId, type ListQuery, readId, readListQuery } from './input.js';
import type {
  ImportJobsErrorContext,
  ImportJobsErrorPhase,
  ImportJobsHandler,
  ImportJobsHandlerOptions,
  ImportJobsRequestContext,
  ImportJobsSource,
  ShapeJobContext,
} from './interfaces.js';
import { createReplies, type ErrorReply, type Replies } from './replies.js';
import { matchRoute, normalizeBasePath, type RouteMatch, type RouteParam } from './routes.js';
import { errorReplyForSource } from './sourceErrors.js';
import { readSourcePage, type SourcePage } from './sourcePage.js';
import { createTokenSeal, MIN_SECRET_LENGTH, type TokenSeal } from './tokenSeal.js';
import { createUpstream } from './upstream.js';
import { webCrypto } from './webCrypto.js';

/** A failure already answered: what the caller gets, and what `onError` is told (when it is told). */
class Refusal {
  constructor(
    readonly reply: ErrorReply,
    readonly report?: { phase: ImportJobsErrorPhase; error: unknown },
  ) {}
}

/** The options that are numbers. */
type NumberOption =
  | 'maxPageSize'
  | 'maxAgeMs'
  | 'maxConcurrent'
  | 'maxQueue'
  | 'maxCacheEntries'
  | 'upstreamTimeoutMs';

/** A number option: at least `min` (`Infinity` included), or its default. */
function numberOption(
  options: ImportJobsHandlerOptions,
  name: NumberOption,
  fallback: number,
  min = 0,
): number {
  const value = options[name];
  if (value === undefined) return fallback;
  if (!(typeof value === 'number' && value >= min)) {
    throw new RangeError(`createImportJobsHandler: ${name} must be a number of at least ${min}.`);
  }
  return value;
}

/**
 * What `authorize` allowed: `undefined` for everyone (`true`), the scope for `{ scope }`, `false` for anything else.
 * A getter that throws denies.
 */
function scopeOf(verdict: unknown): string | undefined | false {
  if (verdict === true) return undefined;
  try {
    const scope: unknown =
      typeof verdict === 'object' && verdict !== null ? (verdict as { scope?: unknown }).scope : false;
    return typeof scope === 'string' ? scope : false;
  } catch {
    return false;
  }
}

function defaultOnError(error: unknown, context: ImportJobsErrorContext): void {
  console.error('pinpoint-import-jobs/server:', context.phase, context.requestId, context.status, error);
}

/** The call of the source that serves an operation: the function itself, or its method of the operation's name. */
function callOf(source: ImportJobsSource, operation: string): unknown {
  return operation === 'GetSegmentImportJobs'
    ? source
    : (source as Record<string, unknown>)[`g${operation.slice(1)}`];
}

/**
 * Creates the server route of the import jobs: a Fetch API handler, `(request: Request) => Promise<Response>`, that
 * serves `GET {basePath}/v1/apps/{application-id}/segments/{segment-id}/jobs/import?page-size=&token=`
 * (`GetSegmentImportJobs`), `GET {basePath}/v1/apps/{application-id}/jobs/import?page-size=&token=` (`GetImportJobs`)
 * and `GET {basePath}/v1/apps/{application-id}/jobs/import/{job-id}` (`GetImportJob`) in Pinpoint's exact REST wire
 * format, so `createHttpFetcher({ baseUrl: basePath })` and the AWS SDK's `PinpointClient` read it.
 * It runs anywhere the Fetch API does (Next.js route handlers, Hono, Deno, Bun; Node's `http` and Express through an
 * adapter such as `@hono/node-server`'s `getRequestListener`), with no React and no DOM.
 *
 * Each request goes through its checks in order, and one refused never reaches the next: the route (404
 * `NotFoundException`), the method (405 `MethodNotAllowedException`, `Allow: GET, HEAD`; also an operation the source
 * has no call for), the input (400 `BadRequestException`), `authorize` (403 `ForbiddenException`), capacity (429
 * `TooManyRequestsException` with `Retry-After`), then the `source`. The 200 body is the bare `{ Item, NextToken }` of
 * a list or the bare job; `shapeJob` runs on every job, and a single job it hides is a 404. Errors carry their status,
 * `x-amzn-ErrorType` and a `{ Message, RequestID }` body with a generic message: the source's messages, stacks and
 * credentials only go to `onError`. Every reply has `x-amzn-RequestId`, `Cache-Control: no-store`,
 * `Content-Type: application/json` and `X-Content-Type-Options: nosniff`.
 *
 * @example
 * ```ts
 * // app/api/pinpoint/[...path]/route.ts (Next.js)
 * const handler = createImportJobsHandler({
 *   basePath: '/api/pinpoint',
 *   source: createSdkFetcher(new PinpointClient({ region: 'us-east-1' })),
 *   authorize: async ({ request, applicationId }) => {
 *     const user = await getUser(request);
 *     return user?.apps.includes(applicationId) ? { scope: user.id } : false;
 *   },
 * });
 * export { handler as GET, handler as HEAD };
 * ```
 *
 * @param options - The source, the authorization, and the limits.
 * @throws {TypeError} When `source` or `authorize` is missing, or an option is malformed.
 */
export function createImportJobsHandler(options: ImportJobsHandlerOptions): ImportJobsHandler {
  if (typeof options?.authorize !== 'function') {
    throw new TypeError('createImportJobsHandler: authorize is required (for everyone: () => true).');
  }
  // A function, or an object with the methods: anything else serves nothing.
  if (!/^[fo]/.test(typeof options.source) || options.source === null) {
    throw new TypeError('createImportJobsHandler: source is required (a fetcher).');
  }
  const { source, authorize, shapeJob, tokenSecret } = options;
  const onError = options.onError ?? defaultOnError;
  const basePath = normalizeBasePath(options.basePath);
  const isValidId = options.isValidId ?? isDefaultValidId;
  const maxPageSize = numberOption(options, 'maxPageSize', 1000, 1);
  const upstream = createUpstream<SourcePage>({
    maxAgeMs: numberOption(options, 'maxAgeMs', 1000),
    maxConcurrent: numberOption(options, 'maxConcurrent', 8, 1),
    maxQueue: numberOption(options, 'maxQueue', 100),
    maxCacheEntries: numberOption(options, 'maxCacheEntries', 1000),
    timeoutMs: numberOption(options, 'upstreamTimeoutMs', 10_000),
  });
  if (
    tokenSecret !== undefined &&
    (typeof tokenSecret !== 'string' || tokenSecret.length < MIN_SECRET_LENGTH)
  ) {
    throw new TypeError(
      `createImportJobsHandler: tokenSecret must have ${MIN_SECRET_LENGTH} characters or more.`,
    );
  }
  const seal: TokenSeal | undefined = tokenSecret === undefined ? undefined : createTokenSeal(tokenSecret);
  const cors: Cors | undefined = options.cors === undefined ? undefined : createCors(options.cors);

  /**
   * The path IDs of a route, each percent-decoded once and checked, or the name of the first that is wrong, as
   * Pinpoint names parameters (`ApplicationId`).
   */
  function readIds(params: RouteMatch['params']): Partial<Record<RouteParam, string>> | string {
    const ids: Partial<Record<RouteParam, string>> = {};
    for (const [name, raw] of Object.entries(params) as [RouteParam, string | undefined][]) {
      if (raw === undefined) continue;
      const id = readId(raw, isValidId);
      if (id === undefined) return name[0]?.toUpperCase() + name.slice(1);
      ids[name] = id;
    }
    return ids;
  }

  /** The jobs of a page as the caller gets them: through `shapeJob`, each as JSON text. */
  async function shapeJobs(page: SourcePage, context: ShapeJobContext): Promise<string[]> {
    if (shapeJob === undefined) return page.jobs;
    try {
      const shaped = await Promise.all(
        page.jobs.map((text) => shapeJob(JSON.parse(text) as ImportJobResponse, context)),
      );
      return shaped.flatMap((job) => {
        if (job === null) return [];
        if (typeof job !== 'object') throw new TypeError('shapeJob must return a job or null.');
        return [JSON.stringify(job)];
      });
    } catch (error) {
      throw new Refusal({ type: 'InternalServerErrorException' }, { phase: 'shapeJob', error });
    }
  }

  /** The `NextToken` the caller gets: sealed, and always one the handler takes back. */
  async function nextTokenFor(token: string, binding: readonly string[]): Promise<string> {
    const sent = seal === undefined ? token : await seal.seal(token, binding);
    if (!isAcceptableToken(sent)) {
      const error = new Error('The NextToken of the source cannot be sent.');
      throw new Refusal({ type: 'BadGatewayException' }, { phase: 'source', error });
    }
    return sent;
  }

  /** Serves an operation from its call of the source: a page of a list, or one job. */
  async function serveJobs(
    context: ImportJobsRequestContext,
    query: ListQuery,
    scope: string | undefined,
    replies: Replies,
    call: (request: Record<string, string>, init: { signal: AbortSignal }) => Promise<unknown>,
  ): Promise<Response> {
    const { request, operation, applicationId, segmentId, jobId } = context;
    const single = operation === 'GetImportJob';
    const binding = [
      operation,
      applicationId,
      segmentId ?? jobId ?? '',
      scope === undefined ? 'shared' : `scope:${scope}`,
    ];
    let token = query.token;
    if (token !== undefined && seal !== undefined) {
      token = await seal.open(token, binding);
      if (token === undefined)
        throw new Refusal({ type: 'BadRequestException', message: 'Invalid parameter: Token' });
    }
    const sourceRequest: Record<string, string> = { ApplicationId: applicationId };
    if (segmentId !== undefined) sourceRequest.SegmentId = segmentId;
    if (jobId !== undefined) sourceRequest.JobId = jobId;
    if (query.pageSize !== undefined) sourceRequest.PageSize = query.pageSize;
    if (token !== undefined) sourceRequest.Token = token;
    const key = JSON.stringify([...binding, query.pageSize ?? '', token ?? '']);
    const outcome = await upstream.get(
      key,
      async (signal) => readSourcePage(await call.call(source, sourceRequest, { signal }), single),
      request.signal,
    );
    switch (outcome.kind) {
      case 'busy':
        throw new Refusal({ type: 'TooManyRequestsException', retryAfterSeconds: 1 });
      case 'aborted':
        throw new Refusal({ type: 'RequestAbortedException' });
      case 'error':
        throw new Refusal(errorReplyForSource(outcome.error), { phase: 'source', error: outcome.error });
      case 'value': {
        const page = outcome.value;
        const jobs = await shapeJobs(page, { ...context, scope });
        if (single) {
          // A job shapeJob hides is answered as one that does not exist.
          if (jobs[0] === undefined) throw new Refusal({ type: 'NotFoundException' });
          return replies.json(200, jobs[0]);
        }
        const next =
          page.nextToken === undefined
            ? ''
            : `,"NextToken":${JSON.stringify(await nextTokenFor(page.nextToken, binding))}`;
        return replies.json(200, `{"Item":[${jobs.join(',')}]${next}}`);
      }
      default:
        return outcome satisfies never;
    }
  }

  return async (request) => {
    const requestId = (await webCrypto()).randomUUID();
    const known: Partial<ImportJobsErrorContext> = {};
    const withBody = request.method !== 'HEAD';
    let replies = createReplies(requestId, {}, withBody);
    try {
      replies = createReplies(requestId, cors?.headers(request) ?? {}, withBody);
      const url = new URL(request.url);
      const match = matchRoute(url.pathname, basePath);
      if (match === undefined) {
        return replies.error({ type: 'NotFoundException', message: 'No such route.' });
      }
      known.operation = match.operation;
      if (request.method === 'OPTIONS' && cors !== undefined) return replies.json(204, null, cors.preflight);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return replies.error({ type: 'MethodNotAllowedException', headers: { Allow: 'GET, HEAD' } });
      }
      const call = callOf(source, match.operation);
      if (typeof call !== 'function') {
        // The source serves no such operation: no method of this resource is allowed.
        return replies.error({
          type: 'MethodNotAllowedException',
          message: `${match.operation} is not served here.`,
          headers: { Allow: '' },
        });
      }

      const invalid = (name: string) =>
        replies.error({ type: 'BadRequestException', message: `Invalid parameter: ${name}` });
      const ids = readIds(match.params);
      if (typeof ids === 'string') return invalid(ids);
      // One job takes no query: its parameters, if any, are ignored, as the service ignores them.
      const query = match.operation === 'GetImportJob' ? {} : readListQuery(url.searchParams, maxPageSize);
      if (typeof query === 'string') return invalid(query);
      Object.assign(known, ids);

      const context = { request, operation: match.operation, ...ids } as ImportJobsRequestContext;
      let verdict: unknown;
      try {
        verdict = await authorize(context);
      } catch (error) {
        throw new Refusal({ type: 'InternalServerErrorException' }, { phase: 'authorize', error });
      }
      const scope = scopeOf(verdict);
      if (scope === false) return replies.error({ type: 'ForbiddenException' });
      return await serveJobs(context, query, scope, replies, call as Parameters<typeof serveJobs>[4]);
    } catch (thrown) {
      const refusal =
        thrown instanceof Refusal
          ? thrown
          : new Refusal({ type: 'InternalServerErrorException' }, { phase: 'handler', error: thrown });
      const response = replies.error(refusal.reply);
      if (refusal.report !== undefined) {
        try {
          onError(refusal.report.error, {
            ...known,
            request,
            requestId,
            phase: refusal.report.phase,
            status: response.status,
          });
        } catch {
          // onError must not throw; if it does, the caller still gets its answer.
        }
      }
      return response;
    }
  };
}
