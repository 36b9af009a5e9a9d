import type { ImportJobResponse, ImportJobsResponse } from '../core/types.js';
import {
  type PinpointFault,
  type PinpointFaultInput,
  type ScriptedFault,
  toPinpointFault,
} from './faults.js';
import { createSimulatedFetch, type SimulatedFetch, type SimulatedReply } from './fetch.js';
import {
  allLiveJobsSettled,
  createLiveJob,
  type LiveJob,
  type LiveJobOptions,
  snapshotLiveJob,
  stepLiveJobs,
} from './lifecycle.js';
import { hashSeed, mulberry32, type RandomSource, randomUuid } from './random.js';
import { exceptionResponse, faultResponse, okResponse } from './responses.js';
import { type PinpointOperation, type PinpointRoute, readRoute, routePattern } from './routes.js';
import { createPageTokens, type PageTokens } from './tokens.js';

export type { PinpointOperation } from './routes.js';

/** One segment of the simulated backend and its import jobs. */
export interface PinpointSegmentOptions {
  /** The segment ID, as the client sends it before percent-encoding. */
  segmentId: string;
  /** The application the segment belongs to; other applications get `NotFoundException`. Default: any application. */
  applicationId?: string | undefined;
  /**
   * Jobs that never change (e.g. from `createImportJobs`), newest first, served after the live ones. A job whose `Id`
   * another segment already holds is served as `{Id}-2` (`-3`, …), as job IDs are unique in an application.
   * Default: none.
   */
  jobs?: readonly ImportJobResponse[] | undefined;
  /** Jobs that run through their lifecycle, started (oldest first) when the backend is created or reset. Default: none. */
  live?: readonly LiveJobOptions[] | undefined;
}

/**
 * What makes live jobs advance one step:
 * - `request`: every request to the backend, after it is answered;
 * - `time`: every `tickMs` of the `now` clock, caught up on each request;
 * - `manual`: only `advance()`.
 */
export type PinpointAdvanceMode = 'request' | 'time' | 'manual';

/** Options of {@link createPinpointBackend}. */
export interface PinpointBackendOptions {
  /**
   * The segments the backend knows; any other answers `NotFoundException`. Either a list of segments, or, for the
   * simple case, their static jobs by segment ID (`{ 'seg-1': createImportJobs(45) }`). Default: none.
   */
  segments?:
    | readonly PinpointSegmentOptions[]
    | Readonly<Record<string, readonly ImportJobResponse[]>>
    | undefined;
  /**
   * Where the API lives. `*` matches any origin; a path (`/pinpoint`) is a base path on any origin; an absolute
   * URL (`https://pinpoint.example.com/api`) matches that origin and path only. `backend.fetch` resolves a relative
   * URL against it (on `http://localhost` when it names no origin). Default: `*`.
   */
  baseUrl?: string | undefined;
  /** How many jobs a page holds when the request sends no `page-size`. Default: `20`. */
  pageSize?: number | undefined;
  /** What advances live jobs. Default: `request`. */
  advance?: PinpointAdvanceMode | undefined;
  /** How long one step of a live job lasts when `advance` is `time`, in milliseconds. Default: `1000`. */
  tickMs?: number | undefined;
  /** The clock, in epoch milliseconds, for `time` mode and for the dates of live jobs. Default: `Date.now`. */
  now?: (() => number) | undefined;
  /** How many jobs run at once before the next wait in `PENDING_JOB`. Default: `2` (the service default). */
  maxConcurrentJobs?: number | undefined;
  /** How late every answer comes, in milliseconds. Default: `0`. */
  latencyMs?: number | undefined;
  /** Faults for the first requests, in order. Default: none. */
  faults?: readonly ScriptedFault[] | undefined;
  /** Seed of request IDs and of the generated fields of live jobs. Default: `1`. */
  seed?: number | undefined;
}

/** A request the backend received, as it read it. */
export interface PinpointRecordedRequest {
  /** The full URL, query included. */
  url: string;
  /** The operation the URL names. */
  operation: PinpointOperation;
  /** The application ID, percent-decoded. */
  applicationId: string;
  /** The segment ID, percent-decoded, for `GetSegmentImportJobs`; `''` for the operations of an application. */
  segmentId: string;
  /** The job ID, percent-decoded, for `GetImportJob`. */
  jobId?: string | undefined;
  /** The `page-size` query parameter, if sent. */
  pageSize?: string | undefined;
  /** The `token` query parameter, if sent. */
  token?: string | undefined;
  /** The request headers, names in lower case. */
  headers: Record<string, string>;
  /** The request ID the backend answered with. */
  requestId: string;
}

/** Options of {@link PinpointBackend.fail}. */
export interface PinpointFailOptions {
  /** For how many requests in a row; `Infinity` for every request until `reset()`. Default: `1`. */
  times?: number | undefined;
}

/**
 * A simulated Pinpoint backend: a `fetch` that answers as the service does, and the controls to script it.
 */
export interface PinpointBackend {
  /**
   * Answers a request as the service would, without any network: a `fetch` to pass where one is taken
   * (`createHttpFetcher({ baseUrl, fetch: backend.fetch })`). A relative URL is resolved against `baseUrl`;
   * `init.signal` (or the `Request`'s) aborts it as it aborts `fetch`. A URL outside the routes answers
   * `NotFoundException`, a method other than `GET` or `HEAD` `MethodNotAllowedException`.
   */
  readonly fetch: SimulatedFetch;
  /** Every request received since creation or the last `reset()`, oldest first. */
  readonly requests: readonly PinpointRecordedRequest[];
  /**
   * Makes the next requests misbehave: queued after faults already scripted.
   *
   * @param fault - What goes wrong, e.g. `'TooManyRequestsException'`, `'html-502'` or `{ kind: 'latency', ms: 500 }`.
   * @param options - For how many requests.
   */
  fail(fault: PinpointFaultInput, options?: PinpointFailOptions): void;
  /** Drops every scripted fault that has not happened yet. */
  clearFaults(): void;
  /**
   * Sets how late every answer comes.
   *
   * @param ms - Milliseconds; `0` for none.
   */
  setLatency(ms: number): void;
  /**
   * Advances every live job, whatever the mode.
   *
   * @param steps - How many steps. Default: `1`.
   */
  advance(steps?: number): void;
  /**
   * Starts a live job in `CREATED`, newest of its segment; creates the segment if needed.
   *
   * @param segmentId - The segment.
   * @param options - How the job runs.
   * @returns The job as it is now.
   */
  startJob(segmentId: string, options?: LiveJobOptions): ImportJobResponse;
  /**
   * Adds a job that never changes, newest of the static jobs of its segment; creates the segment if needed.
   *
   * @param segmentId - The segment.
   * @param job - The job.
   */
  addJob(segmentId: string, job: ImportJobResponse): void;
  /**
   * Adds a segment, or replaces the one with the same ID and application.
   *
   * @param segment - The segment and its jobs.
   */
  setSegment(segment: PinpointSegmentOptions): void;
  /**
   * The jobs of a segment as a request would see them now, all pages together; empty for an unknown segment.
   *
   * @param segmentId - The segment.
   * @param applicationId - The application. Default: any.
   */
  jobs(segmentId: string, applicationId?: string): ImportJobResponse[];
  /** Back to the state the options describe: segments, live jobs restarted, faults, latency; requests forgotten. */
  reset(): void;
}

/** A backend and the function that answers its requests. Internal, for `./msw`. */
export interface Simulation {
  backend: PinpointBackend;
  /** The URLs the backend answers (see `routePattern`). */
  route: RegExp;
  /**
   * Answers one request, after the latency (cut short when `signal` aborts). A URL that does not match `route`
   * answers `NotFoundException`, a method other than `GET` and `HEAD` `MethodNotAllowedException`; neither is
   * recorded.
   *
   * @param request - The request.
   * @param signal - The caller's signal.
   */
  respond(request: Request, signal: AbortSignal | undefined): Promise<SimulatedReply>;
}

interface ScriptEntry {
  fault: PinpointFault;
  remaining: number;
}

interface SegmentState {
  segmentId: string;
  applicationId: string | undefined;
  jobs: ImportJobResponse[];
  live: LiveJob[];
}

interface BackendState {
  segments: SegmentState[];
  allLive: LiveJob[];
  script: ScriptEntry[];
  latencyMs: number;
  requests: PinpointRecordedRequest[];
  lastTick: number;
  random: RandomSource;
  liveCount: number;
  tokens: PageTokens;
}

/** The longest wait a timer takes (2^31 - 1 ms); a longer latency is a request that never answers. */
const MAX_DELAY_MS = 2_147_483_647;

/** Waits `ms`, or less when the client gives up first: an aborted request leaves no timer behind. */
function waitOrAbort(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** A copy of a job given to (or by) the backend, so neither side changes the other's; a value that cannot be copied is kept. */
function copyOf<T>(job: T): T {
  try {
    return structuredClone(job);
  } catch {
    return job;
  }
}

function timesOf(times: number | undefined): number {
  if (times === undefined) return 1;
  if (times === Number.POSITIVE_INFINITY) return times;
  return Number.isFinite(times) ? Math.max(0, Math.floor(times)) : 1;
}

/** Newest first by `CreationDate`; a job without a readable date goes last. Stable: equal dates keep their order. */
function byCreationDateDescending(a: ImportJobResponse, b: ImportJobResponse): number {
  const time = (job: ImportJobResponse) => {
    const parsed = Date.parse(job.CreationDate);
    return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
  };
  const difference = time(b) - time(a);
  return Number.isNaN(difference) ? 0 : difference;
}

/**
 * Creates a simulated backend and the function that answers its requests. Internal: hosts call
 * {@link createPinpointBackend}.
 *
 * @param options - Segments, jobs, paging, clock and faults.
 */
export function createSimulation(options: PinpointBackendOptions = {}): Simulation {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const mode = options.advance ?? 'request';
  const tickMs = Math.max(1, options.tickMs ?? 1000);
  const defaultPageSize = Math.max(1, Math.floor(options.pageSize ?? 20));
  const maxConcurrentJobs = Math.max(1, Math.floor(options.maxConcurrentJobs ?? 2));
  const baseUrl = options.baseUrl ?? '*';
  const route = routePattern(baseUrl);

  // The segments as the options gave them, copied once: changing the caller's jobs later changes neither what is
  // served nor what reset() goes back to.
  const given = options.segments ?? [];
  const configured: PinpointSegmentOptions[] = (
    Array.isArray(given)
      ? (given as readonly PinpointSegmentOptions[])
      : Object.entries(given as Readonly<Record<string, readonly ImportJobResponse[]>>).map(
          ([segmentId, jobs]) => ({ segmentId, jobs }),
        )
  ).map((segment) => ({ ...segment, jobs: segment.jobs?.map(copyOf) }));

  let state: BackendState = initialState();

  /** The job IDs held by the segments: every one but `except`, or only `only`. */
  function idsOf(filter: (segment: SegmentState) => boolean): Set<unknown> {
    const ids = new Set<unknown>();
    for (const segment of state.segments) {
      if (!filter(segment)) continue;
      for (const job of segment.jobs) ids.add(job.Id);
      for (const live of segment.live) ids.add(live.base.Id);
    }
    return ids;
  }

  /**
   * Job IDs are unique across an application: a new job of `segment` keeps its `id` unless another segment holds
   * it; then it becomes `{id}-2`, `-3`, …, the first that no segment holds.
   */
  function uniqueIds(segment: SegmentState): (id: string) => string {
    const elsewhere = idsOf((candidate) => candidate !== segment);
    const anywhere = new Set([...elsewhere, ...idsOf((candidate) => candidate === segment)]);
    return (id) => {
      if (!elsewhere.has(id)) return id;
      let suffix = 2;
      while (anywhere.has(`${id}-${suffix}`)) suffix += 1;
      const unique = `${id}-${suffix}`;
      anywhere.add(unique);
      return unique;
    };
  }

  /** Adds static jobs at the top of a segment, newest first, each with an ID no other segment holds. */
  function addStaticJobs(segment: SegmentState, jobs: readonly ImportJobResponse[]): void {
    const uniqueId = uniqueIds(segment);
    const added = jobs.map((job) => {
      const copy = copyOf(job);
      if (typeof copy?.Id === 'string') copy.Id = uniqueId(copy.Id);
      return copy;
    });
    segment.jobs.unshift(...added);
  }

  function createLive(segment: SegmentState, liveOptions: LiveJobOptions): LiveJob {
    const job = liveOptions.job ?? {};
    const definition = { SegmentId: segment.segmentId, ...job.Definition };
    const live = createLiveJob(
      {
        ...liveOptions,
        job: {
          ...(segment.applicationId === undefined ? {} : { ApplicationId: segment.applicationId }),
          ...job,
          Definition: definition,
        },
      },
      now(),
      hashSeed(`${seed}/${segment.segmentId}/${state.liveCount}`),
    );
    live.base.Id = uniqueIds(segment)(live.base.Id);
    state.liveCount += 1;
    segment.live.unshift(live);
    state.allLive.push(live);
    return live;
  }

  function addSegment(segment: PinpointSegmentOptions): SegmentState {
    const existing = state.segments.findIndex(
      (candidate) =>
        candidate.segmentId === segment.segmentId && candidate.applicationId === segment.applicationId,
    );
    const created: SegmentState = {
      segmentId: segment.segmentId,
      applicationId: segment.applicationId,
      jobs: [],
      live: [],
    };
    if (existing >= 0) {
      const removed = state.segments[existing];
      state.allLive = state.allLive.filter((job) => !removed?.live.includes(job));
      state.segments[existing] = created;
    } else {
      state.segments.push(created);
    }
    addStaticJobs(created, segment.jobs ?? []);
    for (const live of segment.live ?? []) createLive(created, live);
    return created;
  }

  function initialState(): BackendState {
    return {
      segments: [],
      allLive: [],
      script: (options.faults ?? []).map((entry) => ({
        fault: toPinpointFault(entry.fault),
        remaining: timesOf(entry.times),
      })),
      latencyMs: Math.max(0, options.latencyMs ?? 0),
      requests: [],
      lastTick: now(),
      random: mulberry32(seed),
      liveCount: 0,
      tokens: createPageTokens(mulberry32(hashSeed(`${seed}/tokens`))),
    };
  }

  function loadSegments(): void {
    for (const segment of configured) addSegment(segment);
  }

  const inApplication = (segment: SegmentState, applicationId: string | undefined) =>
    segment.applicationId === undefined ||
    applicationId === undefined ||
    segment.applicationId === applicationId;

  function findSegment(segmentId: string, applicationId: string | undefined): SegmentState | undefined {
    return state.segments.find(
      (segment) => segment.segmentId === segmentId && inApplication(segment, applicationId),
    );
  }

  function segmentFor(segmentId: string): SegmentState {
    return findSegment(segmentId, undefined) ?? addSegment({ segmentId });
  }

  function step(steps: number, at: (index: number) => number = now): void {
    for (let index = 0; index < steps && !allLiveJobsSettled(state.allLive); index += 1) {
      stepLiveJobs(state.allLive, maxConcurrentJobs, at(index), tickMs);
    }
  }

  /** In `time` mode, the steps due since the last one, each dated at its own tick. */
  function catchUpWithClock(): void {
    if (mode !== 'time') return;
    const elapsed = now() - state.lastTick;
    if (elapsed < tickMs) return;
    const ticks = Math.floor(elapsed / tickMs);
    const from = state.lastTick;
    state.lastTick += ticks * tickMs;
    step(ticks, (index) => from + (index + 1) * tickMs);
  }

  function takeFault(): PinpointFault | undefined {
    const head = state.script[0];
    if (head === undefined) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) state.script.shift();
    return head.fault;
  }

  function snapshot(segment: SegmentState): ImportJobResponse[] {
    return [...segment.live.map(snapshotLiveJob), ...segment.jobs.map((job) => structuredClone(job))];
  }

  /** The jobs a route lists, newest first, or `undefined` when its segment or application is unknown. */
  function listOf(target: PinpointRoute): ImportJobResponse[] | undefined {
    if (target.operation === 'GetSegmentImportJobs') {
      const segment = findSegment(target.segmentId, target.applicationId);
      return segment === undefined ? undefined : snapshot(segment);
    }
    const segments = state.segments.filter((segment) => inApplication(segment, target.applicationId));
    if (segments.length === 0) return undefined;
    return segments.flatMap(snapshot).sort(byCreationDateDescending);
  }

  function answerPage(url: URL, target: PinpointRoute, requestId: string): Response {
    const pageSizeParam = url.searchParams.get('page-size');
    const token = url.searchParams.get('token');
    let pageSize = defaultPageSize;
    if (pageSizeParam !== null) {
      if (!/^[1-9][0-9]*$/.test(pageSizeParam)) {
        return exceptionResponse('BadRequestException', requestId, 'Invalid parameter: PageSize');
      }
      pageSize = Number(pageSizeParam);
    }
    const all = listOf(target);
    if (all === undefined) return exceptionResponse('NotFoundException', requestId, 'Resource not found');
    // Tokens are bound to their list: a segment's, or an application's.
    const list = JSON.stringify([target.operation, target.applicationId, target.segmentId]);
    let offset = 0;
    if (token !== null && token !== '') {
      const cursor = state.tokens.read(list, token);
      if (cursor === undefined) {
        return exceptionResponse('BadRequestException', requestId, 'Invalid parameter: Token');
      }
      // After the last job of the page before, wherever it is now; where that page ended, if it is gone.
      const after = all.findIndex((job) => job.Id === cursor.afterId);
      offset = after >= 0 ? after + 1 : cursor.offset;
    }
    const items = all.slice(offset, offset + pageSize);
    const body: ImportJobsResponse = { Item: items };
    if (offset + pageSize < all.length) {
      const last = items.at(-1)?.Id;
      body.NextToken = state.tokens.issue(list, {
        afterId: typeof last === 'string' ? last : '',
        offset: offset + pageSize,
      });
    }
    return okResponse(body, requestId);
  }

  function answer(url: URL, target: PinpointRoute, requestId: string): Response {
    if (target.operation !== 'GetImportJob') return answerPage(url, target, requestId);
    const job = listOf(target)?.find((candidate) => candidate.Id === target.jobId);
    return job === undefined
      ? exceptionResponse('NotFoundException', requestId, 'Resource not found')
      : okResponse(job, requestId);
  }

  async function respond(request: Request, signal: AbortSignal | undefined): Promise<SimulatedReply> {
    const requestId = randomUuid(state.random);
    const url = new URL(request.url);
    if (!route.test(url.origin + url.pathname)) {
      return exceptionResponse('NotFoundException', requestId, 'Resource not found');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return exceptionResponse('MethodNotAllowedException', requestId);
    }
    const { encodedBadly, ...target } = readRoute(url.pathname);
    const recorded: PinpointRecordedRequest = {
      url: request.url,
      ...target,
      headers: Object.fromEntries(request.headers.entries()),
      requestId,
    };
    if (recorded.jobId === undefined) delete recorded.jobId;
    const pageSize = url.searchParams.get('page-size');
    const token = url.searchParams.get('token');
    if (pageSize !== null) recorded.pageSize = pageSize;
    if (token !== null) recorded.token = token;
    state.requests.push(recorded);

    catchUpWithClock();
    const fault = takeFault();
    if (fault?.kind === 'hang') return 'hang';
    let response: Response | 'network-error' | undefined;
    if (fault !== undefined)
      response = fault.kind === 'network-error' ? fault.kind : faultResponse(fault, requestId);
    response ??= encodedBadly
      ? exceptionResponse(
          'BadRequestException',
          requestId,
          'Invalid parameter: not a valid percent-encoded ID',
        )
      : answer(url, target, requestId);
    // Answered: live jobs move one step. A request that hangs is never answered, so it moves nothing.
    if (mode === 'request') step(1);

    const latency = state.latencyMs + (fault?.kind === 'latency' ? Math.max(0, fault.ms) : 0);
    if (!(latency < MAX_DELAY_MS)) return 'hang';
    if (latency > 0) await waitOrAbort(latency, signal);
    return response;
  }

  loadSegments();

  const backend: PinpointBackend = {
    fetch: createSimulatedFetch({ baseUrl, respond }),
    get requests() {
      return [...state.requests];
    },
    fail(fault, failOptions = {}) {
      const remaining = timesOf(failOptions.times);
      if (remaining > 0) state.script.push({ fault: toPinpointFault(fault), remaining });
    },
    clearFaults() {
      state.script = [];
    },
    setLatency(ms) {
      state.latencyMs = Math.max(0, ms);
    },
    advance(steps = 1) {
      step(Math.max(0, Math.floor(steps)));
    },
    startJob(segmentId, liveOptions = {}) {
      return snapshotLiveJob(createLive(segmentFor(segmentId), liveOptions));
    },
    addJob(segmentId, job) {
      addStaticJobs(segmentFor(segmentId), [job]);
    },
    setSegment(segment) {
      addSegment(segment);
    },
    jobs(segmentId, applicationId) {
      catchUpWithClock();
      const segment = findSegment(segmentId, applicationId);
      return segment === undefined ? [] : snapshot(segment);
    },
    reset() {
      state = initialState();
      loadSegments();
    },
  };
  return { backend, route, respond };
}

/**
 * Creates a simulated Pinpoint backend that answers, in the exact wire format of the service:
 * - `GET {baseUrl}/v1/apps/{application-id}/segments/{segment-id}/jobs/import` (`GetSegmentImportJobs`);
 * - `GET {baseUrl}/v1/apps/{application-id}/jobs/import` (`GetImportJobs`): the jobs of all the application's
 *   segments, newest first by `CreationDate`;
 * - `GET {baseUrl}/v1/apps/{application-id}/jobs/import/{job-id}` (`GetImportJob`): one job, or `NotFoundException`.
 *
 * Lists have the bare `{Item, NextToken}` body, `page-size` and opaque `token` query parameters (a token is bound to
 * its list); IDs are percent-decoded; errors have `x-amzn-ErrorType`, `x-amzn-RequestId` and `{Message, RequestID}`.
 * It never starts a server and needs no peer: call `backend.fetch`, or give its handlers to MSW through
 * `pinpoint-import-jobs/msw`.
 *
 * @example
 * ```ts
 * const backend = createPinpointBackend({ segments: { 'seg-1': createImportJobs(45) } });
 * const fetcher = createHttpFetcher({ baseUrl: '/pinpoint', fetch: backend.fetch });
 * ```
 *
 * @param options - Segments, jobs, paging, clock and faults.
 */
export function createPinpointBackend(options: PinpointBackendOptions = {}): PinpointBackend {
  return createSimulation(options).backend;
}
