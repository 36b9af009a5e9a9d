import type { PinpointError } from '../errors.js';
import type {
  ApplicationImportJobsFetcher,
  GetImportJobResponse,
  GetImportJobsResponse,
  GetSegmentImportJobsResponse,
  ImportJob,
  ImportJobFetcher,
  SegmentImportJobsFetcher,
} from '../types.js';

/** The settled state a {@link PollIntervalFunction} decides on, besides the jobs. */
export interface PollIntervalContext {
  /** The error of the latest request, when it failed. */
  error: PinpointError | undefined;
  /** How many requests in a row have failed (0 after a success). */
  failureCount: number;
  /** The index of the page of the observer asking (0 for the first page). */
  pageIndex: number;
  /** When the page last loaded successfully, in ms since the epoch. */
  updatedAt: number | undefined;
}

/**
 * Takes full control of polling: the delay in milliseconds until the next poll, or `false` for none. Called only
 * with settled data (never while a request is in flight); the latest function passed is always the one used.
 */
export type PollIntervalFunction = (jobs: ImportJob[], context: PollIntervalContext) => number | false;

/**
 * How a page polls: a number of milliseconds between polls while any job is active (any positive number is
 * honoured), `false` (or 0, a negative number, `NaN`) for no polling, or a {@link PollIntervalFunction}.
 */
export type PollInterval = number | false | PollIntervalFunction;

/** Why the observer went back to the first page on its own. `'expired-token'`: the service refused a page token (400). */
export type PageResetReason = 'expired-token';

/**
 * The status of an observer's result: `idle` (disabled, nothing loaded), `loading` (first load of this page, no rows to show),
 * `success` (rows to show, perhaps with an error from the latest refresh) or `error` (no rows: the first load
 * failed; retries may go on behind it).
 */
export type ImportJobsStatus = 'idle' | 'loading' | 'success' | 'error';

/** What an observer of the store (e.g. one `useSegmentImportJobs` call) asks for. */
export interface ImportJobsObserverOptions {
  /** The ID of the application (the Project ID in the Pinpoint console). Required. */
  applicationId: string;
  /** The ID of the segment. Required. */
  segmentId: string;
  /**
   * Fetches one page. Its identity may change every render: that never refetches; the latest one is used for the
   * next request. Create it once (module level or `useMemo`). Required.
   */
  fetcher: SegmentImportJobsFetcher;
  /**
   * The maximum number of jobs on a page, sent as the string `PageSize` (a fraction rounded down; `NaN`, `Infinity`
   * or less than 1 not sent). Default: `undefined` (not sent).
   */
  pageSize?: number | undefined;
  /** How the page polls (see {@link PollInterval}). Default: 5,000 ms while any job is active. */
  pollInterval?: PollInterval | undefined;
  /** Keep polling (and retrying) while the page is hidden. Default: `false`. */
  pollInBackground?: boolean | undefined;
  /** Whether to fetch at all. Default: `true`. */
  enabled?: boolean | undefined;
  /**
   * A response to show on the first render of the first page, e.g. from a server render. It counts as loaded
   * at mount time, so it is refetched when it gets stale (per the polling rules), not at once. Default: none.
   */
  initialData?: GetSegmentImportJobsResponse | undefined;
  /** Called once per job when a job seen active becomes `COMPLETED` or `FAILED`. Default: none. */
  onJobSettled?: ((job: ImportJob) => void) | undefined;
  /** Called after every failed request (never for an abort or an expired token handled by going back to page 0). Default: none. */
  onError?: ((error: PinpointError) => void) | undefined;
  /**
   * Whether the list comes back where it was left: an observer created within 5 minutes after the last observer of
   * the same list (same IDs and `pageSize`, same store) left starts on the page it showed, with its rows as
   * placeholder data until that page loads. `false` always starts on the first page. Default: `true`.
   */
  rememberPlace?: boolean | undefined;
}

/** What an observer of an application's import jobs (e.g. one `useApplicationImportJobs` call) asks for. */
export interface ApplicationImportJobsObserverOptions
  extends Omit<ImportJobsObserverOptions, 'segmentId' | 'fetcher' | 'initialData'> {
  /**
   * Has `getImportJobs`, which fetches one page of the application's jobs: `createHttpFetcher(...)` or
   * `createSdkFetcher(client)`. Its identity may change every render; the latest one is used. Required.
   */
  fetcher: ApplicationImportJobsFetcher;
  /** A response to show on the first render of the first page (see {@link ImportJobsObserverOptions.initialData}). Default: none. */
  initialData?: GetImportJobsResponse | undefined;
}

/**
 * Takes full control of polling one job: the delay in milliseconds until the next poll, or `false` for none. Called
 * only with settled data, with the job (`undefined` while none was loaded). Never called once the job is terminal:
 * then polling has stopped for good.
 */
export type ImportJobPollIntervalFunction = (
  job: ImportJob | undefined,
  context: PollIntervalContext,
) => number | false;

/**
 * How one job polls: a number of milliseconds between polls while it is active, `false` (or 0, a negative number,
 * `NaN`) for no polling, or an {@link ImportJobPollIntervalFunction}. A terminal job never polls.
 */
export type ImportJobPollInterval = number | false | ImportJobPollIntervalFunction;

/**
 * What an observer of one import job (e.g. one `useImportJob` call) asks for: `applicationId`, `pollInBackground`,
 * `enabled` and `onError` as a list's, and the members below.
 */
export interface ImportJobObserverOptions
  extends Pick<ImportJobsObserverOptions, 'applicationId' | 'pollInBackground' | 'enabled' | 'onError'> {
  /** The ID of the import job. Required. */
  jobId: string;
  /**
   * Has `getImportJob`, which fetches one job: `createHttpFetcher(...)` or `createSdkFetcher(client)`. Its identity
   * may change every render; the latest one is used. Required.
   */
  fetcher: ImportJobFetcher;
  /**
   * How the job polls while it is active (see {@link ImportJobPollInterval}). Once it is `COMPLETED` or `FAILED` it
   * is never fetched again but by `refresh()`. Default: 5,000 ms while active.
   */
  pollInterval?: ImportJobPollInterval | undefined;
  /**
   * The job to show on the first render, e.g. from a server render or the reply of `CreateImportJob`. It counts as
   * loaded at mount time. While its `CreationDate` is less than 30 s ago, a `NotFoundException` is retried with
   * backoff: a job just created is not found everywhere at once. Default: none.
   */
  initialData?: GetImportJobResponse | undefined;
  /** Called once when the job, seen active, becomes `COMPLETED` or `FAILED`. Default: none. */
  onJobSettled?: ((job: ImportJob) => void) | undefined;
}

/**
 * Values a list panel keeps with its list's place in the store, such as its sort: they come back with the page when
 * the panel mounts again within 5 minutes (see {@link ImportJobsObserverOptions.rememberPlace}). Names are the
 * panel's own; use the same type for the same name. `useKeptState` (from the React entry) binds one to React state.
 */
export interface ImportJobsKeptState {
  /**
   * The value kept under `name`, or `undefined` when none is.
   *
   * @param name - The name the value was kept under.
   */
  get(name: string): unknown;
  /**
   * Keeps `value` under `name` for this list.
   *
   * @param name - A name of the panel's own, e.g. `'sorting'`.
   * @param value - The value; kept as it is, not copied.
   */
  set(name: string, value: unknown): void;
}

/** What an observer of the store sees. */
export interface ImportJobsObserverResult {
  /** See {@link ImportJobsStatus}. */
  status: ImportJobsStatus;
  /** The jobs to show: always an array (empty while loading, on error or when idle). */
  jobs: ImportJob[];
  /** The error of the latest request, when it failed (with rows: a failed refresh). */
  error: PinpointError | undefined;
  /** Whether a request for this page is in flight. Never left `true` while polling is paused. */
  isFetching: boolean;
  /** Whether the page is polling: an interval applies and polling is neither paused nor stopped. */
  isPolling: boolean;
  /**
   * Whether the rows shown did not survive the latest request: it failed (then `error` is set). Also true for the
   * previous page's rows kept while the new page fails to load.
   */
  isStale: boolean;
  /**
   * Whether the rows shown belong to the page shown before, kept until the new page arrives, through the failures
   * it is retried after (not through one that stops it).
   */
  isPlaceholderData: boolean;
  /** When this page last loaded successfully, in ms since the epoch. */
  updatedAt: number | undefined;
  /** How many requests in a row have failed (0 after a success, a refresh or an invalidation). */
  failureCount: number;
  /** When the next automatic retry is due, in ms since the epoch, if one is scheduled. */
  nextRetryAt: number | undefined;
  /** The index of the page shown (0 for the first). Changes at once on navigation. */
  pageIndex: number;
  /** Whether `nextPage()` would move: the page is loaded and has a fresh, non-looping `NextToken`. */
  hasNextPage: boolean;
  /** Whether `previousPage()` would move. */
  hasPreviousPage: boolean;
  /** Why the observer went back to page 0 on its own; cleared on the next navigation. */
  pageReset: PageResetReason | undefined;
  /** Moves to the next page. Does nothing when `!hasNextPage` or while that page is loading. */
  nextPage: () => void;
  /** Moves to the previous page. Does nothing on the first page. */
  previousPage: () => void;
  /** Moves to the first page. */
  firstPage: () => void;
  /** Refetches the page now (or joins the request in flight). Never rejects. */
  refresh: () => Promise<void>;
  /** Values the panel keeps with this list's place, such as its sort (see {@link ImportJobsKeptState}). */
  kept: ImportJobsKeptState;
}

/** What an observer of one import job sees. */
export interface ImportJobObserverResult {
  /** See {@link ImportJobsStatus}: `success` once there is a job to show, `error` when the first load failed. */
  status: ImportJobsStatus;
  /** The job to show, or `undefined` while loading, on error or when idle. */
  job: ImportJob | undefined;
  /** The error of the latest request, when it failed (with a job: a failed refresh). */
  error: PinpointError | undefined;
  /** Whether a request for the job is in flight. */
  isFetching: boolean;
  /** Whether the job is polling: it is active, an interval applies and polling is neither paused nor stopped. */
  isPolling: boolean;
  /** Whether the job shown did not survive the latest request: it failed (then `error` is set). */
  isStale: boolean;
  /** Whether the job shown comes from a list the store holds, until the job's own first reply. */
  isPlaceholderData: boolean;
  /** When the job last loaded successfully, in ms since the epoch. */
  updatedAt: number | undefined;
  /** How many requests in a row have failed (0 after a success or a refresh). */
  failureCount: number;
  /** When the next automatic retry is due, in ms since the epoch, if one is scheduled. */
  nextRetryAt: number | undefined;
  /** Refetches the job now (or joins the request in flight), even a terminal one. Never rejects. */
  refresh: () => Promise<void>;
}

/** An event that may wake polling up, or pause it. */
export type VisibilityEvent = 'visible' | 'hidden' | 'focus' | 'online';

/**
 * Where the store learns whether the page is visible, focused and online: swappable so tests (and hosts) drive it.
 * See `createDocumentVisibility` (the default) and `createManualVisibility`.
 */
export interface VisibilityProvider {
  /** Whether the page is visible now. */
  isVisible(): boolean;
  /** Listens to visibility, focus and online events; returns the function that stops listening. */
  subscribe(listener: (event: VisibilityEvent) => void): () => void;
}

/** What `createImportJobsStore` accepts: clock, timers, random source and visibility, all swappable for tests. */
export interface ImportJobsStoreOptions {
  /** The clock, in ms since the epoch. Default: `Date.now` (read at each call). */
  now?: (() => number) | undefined;
  /** Schedules a callback. Default: the global `setTimeout` (read at each call, so fake timers work). */
  setTimeout?: ((callback: () => void, ms: number) => unknown) | undefined;
  /** Cancels what `setTimeout` scheduled. Default: the global `clearTimeout`. */
  clearTimeout?: ((handle: never) => void) | undefined;
  /** A source of numbers in `[0, 1)` for retry jitter. Default: `Math.random`. */
  random?: (() => number) | undefined;
  /** Page visibility, focus and online events. Default: `createDocumentVisibility()` (inert without a DOM). */
  visibility?: VisibilityProvider | undefined;
}
