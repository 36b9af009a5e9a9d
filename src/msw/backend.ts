import { delay, type HttpHandler, http } from 'msw';
import type { ImportJobResponse, ImportJobsResponse } from '../core/types.js';
import {
  type PinpointFault,
  type PinpointFaultInput,
  type ScriptedFault,
  toPinpointFault,
} from '../simulator/faults.js';
import {
  allLiveJobsSettled,
  createLiveJob,
  type LiveJob,
  type LiveJobOptions,
  snapshotLiveJob,
  stepLiveJobs,
} from '../simulator/lifecycle.js';
import { hashSeed, mulberry32, type RandomSource, randomUuid } from '../simulator/random.js';
import { createPageTokens, type PageTokens } from '../simulator/tokens.js';
import { exceptionResponse, faultResponse, pageResponse } from './responses.js';

/** One segment of the simulated backend and its import jobs. */
export interface PinpointSegmentOptions {
  /** The segment ID, as the client sends it before percent-encoding. */
  segmentId: string;
  /** The application the segment belongs to; other applications get `NotFoundException`. Default: any application. */
  applicationId?: string | undefined;
  /** Jobs that never change (e.g. from `createImportJobs`), newest first, served after the live ones. Default: none. */
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

/** Options of {@link createPinpointBackend} and {@link createPinpointHandlers}. */
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
   * URL (`https://pinpoint.example.com/api`) matches that origin and path only. Default: `*`.
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

/** A request the backend received, as the handler read it. */
export interface PinpointRecordedRequest {
  /** The full URL, query included. */
  url: string;
  /** The application ID, percent-decoded. */
  applicationId: string;
  /** The segment ID, percent-decoded. */
  segmentId: string;
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

/** A simulated Pinpoint backend: MSW handlers plus the controls to script it. */
export interface PinpointBackend {
  /** The MSW request handlers: pass them to `setupServer`, `setupWorker`, `server.use` or `parameters.msw`. */
  readonly handlers: HttpHandler[];
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

/** The route's path after the base, IDs still percent-encoded: matched by hand, so a bad encoding gets a 400. */
const ROUTE_TAIL = '/v1/apps/[^/]+/segments/[^/]+/jobs/import';
const ROUTE_IDS = /\/v1\/apps\/([^/]+)\/segments\/([^/]+)\/jobs\/import$/;
const ANY_ORIGIN = '[a-z][a-z\\d+.-]*://[^/]+';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The URLs the backend answers, as a regular expression over the URL without its query: MSW decodes the named
 * parameters of a path pattern itself, and a malformed `%` sequence in an ID would fail inside MSW (a 500 of its own)
 * instead of answering as the service does. `*` is any origin and any path before `/v1`; a path is a base path
 * right after any origin; an absolute URL is that origin and path.
 */
function routeFor(baseUrl: string): RegExp {
  const base = baseUrl.replace(/\/+$/, '');
  if (base === '' || base === '*') return new RegExp(`^${ANY_ORIGIN}(?:/.*)?${ROUTE_TAIL}$`, 'i');
  if (base.startsWith('/')) return new RegExp(`^${ANY_ORIGIN}${escapeRegExp(base)}${ROUTE_TAIL}$`, 'i');
  const url = new URL(base);
  return new RegExp(`^${escapeRegExp(url.origin + url.pathname.replace(/\/+$/, ''))}${ROUTE_TAIL}$`);
}

/** The longest wait a timer takes (2^31 - 1 ms); a longer latency is a request that never answers. */
const MAX_DELAY_MS = 2_147_483_647;

/** Waits `ms`, or less when the client gives up first: an aborted request leaves no timer behind. */
function waitOrAbort(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
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

/**
 * Creates a simulated Pinpoint backend that answers `GET {baseUrl}/v1/apps/{application-id}/segments/{segment-id}/jobs/import`
 * in the exact wire format of the service: the bare `{Item, NextToken}` body, `page-size` and opaque `token`
 * query parameters, percent-decoded IDs, and errors with `x-amzn-ErrorType`, `x-amzn-RequestId` and
 * `{Message, RequestID}`. It never starts a server: pass `backend.handlers` to MSW.
 *
 * @param options - Segments, jobs, paging, clock and faults.
 */
export function createPinpointBackend(options: PinpointBackendOptions = {}): PinpointBackend {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const mode = options.advance ?? 'request';
  const tickMs = Math.max(1, options.tickMs ?? 1000);
  const defaultPageSize = Math.max(1, Math.floor(options.pageSize ?? 20));
  const maxConcurrentJobs = Math.max(1, Math.floor(options.maxConcurrentJobs ?? 2));

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
      jobs: (segment.jobs ?? []).map(copyOf),
      live: [],
    };
    if (existing >= 0) {
      const removed = state.segments[existing];
      state.allLive = state.allLive.filter((job) => !removed?.live.includes(job));
      state.segments[existing] = created;
    } else {
      state.segments.push(created);
    }
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

  function findSegment(segmentId: string, applicationId: string | undefined): SegmentState | undefined {
    return state.segments.find(
      (segment) =>
        segment.segmentId === segmentId &&
        (segment.applicationId === undefined ||
          applicationId === undefined ||
          segment.applicationId === applicationId),
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

  function answer(request: Request, applicationId: string, segmentId: string, requestId: string): Response {
    const url = new URL(request.url);
    const pageSizeParam = url.searchParams.get('page-size');
    const token = url.searchParams.get('token');
    let pageSize = defaultPageSize;
    if (pageSizeParam !== null) {
      if (!/^[1-9][0-9]*$/.test(pageSizeParam)) {
        return exceptionResponse('BadRequestException', requestId, 'Invalid parameter: PageSize');
      }
      pageSize = Number(pageSizeParam);
    }
    const segment = findSegment(segmentId, applicationId);
    if (segment === undefined) {
      return exceptionResponse('NotFoundException', requestId, 'Resource not found');
    }
    const all = snapshot(segment);
    let offset = 0;
    if (token !== null && token !== '') {
      const cursor = state.tokens.read(applicationId, segmentId, token);
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
      body.NextToken = state.tokens.issue(applicationId, segmentId, {
        afterId: typeof last === 'string' ? last : '',
        offset: offset + pageSize,
      });
    }
    return pageResponse(body, requestId);
  }

  const handler = http.get(routeFor(options.baseUrl ?? '*'), async ({ request }) => {
    const requestId = randomUuid(state.random);
    const url = new URL(request.url);
    const [, rawApplicationId = '', rawSegmentId = ''] = url.pathname.match(ROUTE_IDS) ?? [];
    let applicationId = rawApplicationId;
    let segmentId = rawSegmentId;
    let encodedBadly = false;
    try {
      applicationId = decodeURIComponent(rawApplicationId);
      segmentId = decodeURIComponent(rawSegmentId);
    } catch {
      encodedBadly = true;
    }
    const recorded: PinpointRecordedRequest = {
      url: request.url,
      applicationId,
      segmentId,
      headers: Object.fromEntries(request.headers.entries()),
      requestId,
    };
    const pageSize = url.searchParams.get('page-size');
    const token = url.searchParams.get('token');
    if (pageSize !== null) recorded.pageSize = pageSize;
    if (token !== null) recorded.token = token;
    state.requests.push(recorded);

    catchUpWithClock();
    const fault = takeFault();
    let response: Response | undefined;
    if (fault !== undefined && fault.kind !== 'latency') response = faultResponse(fault, requestId);
    if (fault?.kind !== 'hang') {
      response ??= encodedBadly
        ? exceptionResponse(
            'BadRequestException',
            requestId,
            'Invalid parameter: not a valid percent-encoded ID',
          )
        : answer(request, applicationId, segmentId, requestId);
      // Answered: live jobs move one step. A request that hangs is never answered, so it moves nothing.
      if (mode === 'request') step(1);
    }

    const latency = state.latencyMs + (fault?.kind === 'latency' ? Math.max(0, fault.ms) : 0);
    if (fault?.kind === 'hang' || response === undefined || !(latency < MAX_DELAY_MS)) {
      await delay('infinite');
      return new Response(null, { status: 504 });
    }
    if (latency > 0) await waitOrAbort(latency, request.signal);
    return response;
  });

  loadSegments();

  return {
    handlers: [handler],
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
      segmentFor(segmentId).jobs.unshift(structuredClone(job));
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
}
