import type {
  ApplicationImportJobsFetcher,
  ImportJobFetcher,
  ImportJobResponse,
  SegmentImportJobsFetcher,
} from '../core/types.js';

/**
 * The operation a request names:
 * - `GetSegmentImportJobs`: `GET {basePath}/v1/apps/{application-id}/segments/{segment-id}/jobs/import`;
 * - `GetImportJobs`: `GET {basePath}/v1/apps/{application-id}/jobs/import`, every job of the application;
 * - `GetImportJob`: `GET {basePath}/v1/apps/{application-id}/jobs/import/{job-id}`, one job.
 */
export type ImportJobsOperation = 'GetSegmentImportJobs' | 'GetImportJobs' | 'GetImportJob';

/** What every request that passed the route, method and input checks tells. */
interface RequestContextBase {
  /** The request as the handler received it: read the caller's session from it (cookies, `Authorization`). */
  request: Request;
  /** The application ID, percent-decoded once and checked. */
  applicationId: string;
}

/**
 * What the handler read from a request that passed the route, method and input checks: one member per operation, told
 * apart by `operation`. `segmentId` is there for `GetSegmentImportJobs` only, `jobId` for `GetImportJob` only: a host
 * that restricts per segment decides for the other operations too (and `shapeJob` sees each job's segment).
 */
export type ImportJobsRequestContext =
  | (RequestContextBase & {
      /** A segment's jobs. */
      operation: 'GetSegmentImportJobs';
      /** The segment ID, percent-decoded once and checked. */
      segmentId: string;
      jobId?: undefined;
    })
  | (RequestContextBase & {
      /** Every job of the application, of all its segments. */
      operation: 'GetImportJobs';
      segmentId?: undefined;
      jobId?: undefined;
    })
  | (RequestContextBase & {
      /** One job. */
      operation: 'GetImportJob';
      segmentId?: undefined;
      /** The job ID, percent-decoded once and checked. */
      jobId: string;
    });

/**
 * Where the jobs come from: the library's fetcher contract. The function serves `GetSegmentImportJobs`, its
 * `getImportJobs` method `GetImportJobs` and its `getImportJob` method `GetImportJob` (`createSdkFetcher` and
 * `createHttpFetcher` make fetchers with both). A source may be a function alone, or an object with the methods alone:
 * an operation it has no call for answers 405 `MethodNotAllowedException`, before `authorize`.
 */
export type ImportJobsSource =
  | SegmentImportJobsFetcher
  | Partial<ApplicationImportJobsFetcher & ImportJobFetcher>;

/** What {@link ImportJobsHandlerOptions.authorize} is given. */
export type ImportJobsAuthorizeContext = ImportJobsRequestContext;

/**
 * What {@link ImportJobsHandlerOptions.authorize} returns:
 * - `true` allows, and the reply may be shared with every caller allowed for the same request;
 * - `{ scope }` allows within that scope only (a user or tenant ID): replies are never shared across scopes;
 * - anything else denies (403 `ForbiddenException`).
 */
export type ImportJobsAuthorizeResult = boolean | { scope: string } | null | undefined;

/**
 * What {@link ImportJobsHandlerOptions.shapeJob} is given besides the job: the request's context and `scope`, the
 * scope `authorize` allowed the request in (`undefined` when it returned `true`).
 */
export type ShapeJobContext = ImportJobsRequestContext & { scope: string | undefined };

/** Where in the handling of a request an error reported to {@link ImportJobsHandlerOptions.onError} happened. */
export type ImportJobsErrorPhase = 'authorize' | 'source' | 'shapeJob' | 'handler';

/** What {@link ImportJobsHandlerOptions.onError} is given besides the error. */
export interface ImportJobsErrorContext {
  /** The request. */
  request: Request;
  /** The handler's own request ID, sent to the caller in `x-amzn-RequestId` and the body's `RequestID`. */
  requestId: string;
  /** Where the error happened: `authorize` threw, the `source` failed, `shapeJob` threw, or the handler itself. */
  phase: ImportJobsErrorPhase;
  /** The HTTP status the caller was answered with. */
  status: number;
  /** The operation, once the route is known. */
  operation?: ImportJobsOperation | undefined;
  /** The application ID, once the input is checked. */
  applicationId?: string | undefined;
  /** The segment ID, once the input is checked (`GetSegmentImportJobs`). */
  segmentId?: string | undefined;
  /** The job ID, once the input is checked (`GetImportJob`). */
  jobId?: string | undefined;
}

/** Cross-origin access, for a browser app on another origin than the handler. */
export interface ImportJobsCorsOptions {
  /**
   * The origins allowed: `'*'` for any (without credentials), one origin (`'https://admin.example.com'`) or a list.
   * The `Access-Control-Allow-Origin` sent is the configured origin that equals the request's `Origin`, never the
   * request's own value.
   */
  origin: string | readonly string[];
  /** Whether the browser may send cookies (`Access-Control-Allow-Credentials: true`). Not with `'*'`. Default: `false`. */
  credentials?: boolean | undefined;
  /** The request headers a preflight allows (for 10 minutes). Default: `['authorization']`. */
  allowHeaders?: readonly string[] | undefined;
}

/** Options of {@link createImportJobsHandler}. */
export interface ImportJobsHandlerOptions {
  /**
   * Where the jobs come from: a fetcher, the library's fetcher contract (see {@link ImportJobsSource}).
   * `createSdkFetcher(new PinpointClient(...))` with the server's own credentials, `createHttpFetcher(...)`, or a
   * function (and methods) of yours that reads your own store. It is given the checked IDs, `PageSize` and `Token`,
   * and a signal: never the caller's cookies or headers.
   */
  source: ImportJobsSource;
  /**
   * Decides who may see what, for every request that passed the route, method and input checks, before the source
   * is touched. Return (or resolve) `true` to allow, `{ scope }` to allow within a scope (a user or tenant ID, so
   * replies are never shared across scopes), anything else to deny with 403 `ForbiddenException`. A throw answers 500
   * with a generic message and goes to `onError`. Required: to let everyone in, write `() => true`.
   */
  authorize: (
    context: ImportJobsAuthorizeContext,
  ) => ImportJobsAuthorizeResult | Promise<ImportJobsAuthorizeResult>;
  /**
   * The path the routes are mounted under, e.g. `'/api/pinpoint'`: the handler serves
   * `{basePath}/v1/apps/{application-id}/segments/{segment-id}/jobs/import`,
   * `{basePath}/v1/apps/{application-id}/jobs/import` and `{basePath}/v1/apps/{application-id}/jobs/import/{job-id}`.
   * Default: `''`.
   */
  basePath?: string | undefined;
  /**
   * Whether a percent-decoded path ID (application, segment or job) is acceptable. Default: 1 to 128 characters of
   * `A-Z a-z 0-9 _ -`.
   */
  isValidId?: ((id: string) => boolean) | undefined;
  /** The largest `page-size` accepted; a larger one is a 400. Default: `1000`. */
  maxPageSize?: number | undefined;
  /**
   * Runs on every job of every operation before it is sent: return the job to send (e.g. with `Definition.RoleArn`
   * redacted), or `null` to leave it out of a list, and to answer a single job (`GetImportJob`) with 404
   * `NotFoundException`, as if it did not exist. It gets a fresh copy it may change. A throw answers 500 and goes to
   * `onError`. Default: every job as the source gave it, with only the members of the service's `ImportJobResponse`.
   */
  shapeJob?:
    | ((
        job: ImportJobResponse,
        context: ShapeJobContext,
      ) => ImportJobResponse | null | Promise<ImportJobResponse | null>)
    | undefined;
  /** How long a reply of the source is reused for identical requests of the same scope, in milliseconds; `0` for never. Default: `1000`. */
  maxAgeMs?: number | undefined;
  /** How many calls to the source may run at once. Default: `8`. */
  maxConcurrent?: number | undefined;
  /** How many calls to the source may wait for one of those; past that the reply is 429 with `Retry-After`. Default: `100`. */
  maxQueue?: number | undefined;
  /** How many replies the cache holds at most (the oldest go first). Default: `1000`. */
  maxCacheEntries?: number | undefined;
  /** How long a call to the source may take before it is aborted and answered 504, in milliseconds. Default: `10000`. */
  upstreamTimeoutMs?: number | undefined;
  /**
   * A secret (at least 32 characters) to seal every `NextToken` with an HMAC bound to the operation, the IDs and the
   * scope: a token that fails the check is a 400, so a token from one segment or user cannot be replayed against
   * another. Tokens are signed, not encrypted. Default: none (tokens pass as the source gave them).
   */
  tokenSecret?: string | undefined;
  /** Cross-origin access. Default: none (no CORS headers, `OPTIONS` is a 405). */
  cors?: ImportJobsCorsOptions | undefined;
  /**
   * Told of every failure the caller only sees as a generic message: `authorize` or `shapeJob` throwing, the source
   * failing (with the upstream's message, stack and cause), or a bug of the handler. Must not throw. Default: logs
   * with `console.error`.
   */
  onError?: ((error: unknown, context: ImportJobsErrorContext) => void) | undefined;
}

/** A request handler of the Fetch API: Next.js route handlers, Hono, Deno, Bun, or Node through an adapter. */
export type ImportJobsHandler = (request: Request) => Promise<Response>;
