import type { PinpointError } from '../errors.js';
import type { ImportJob, ImportJobsPage } from '../types.js';
import { isTerminalJobStatus } from '../types.js';
import type { EntryObserver, ImportJobsEntry } from './entry.js';
import {
  hashEntryKey,
  type ImportJobsEntryKey,
  type ImportJobsEntryKind,
  type StoreFetcher,
} from './entryKey.js';
import type { ImportJobsEntryAction } from './entryReducer.js';
import type { ImportJobsEntryState } from './entryState.js';
import type { ListPlaces } from './places.js';
import { getPollDelay } from './pollDelay.js';
import { readPage } from './readPage.js';
import type {
  ApplicationImportJobsObserverOptions,
  ImportJobObserverOptions,
  ImportJobObserverResult,
  ImportJobPollInterval,
  ImportJobsKeptState,
  ImportJobsObserverOptions,
  ImportJobsObserverResult,
  ImportJobsStatus,
  PageResetReason,
  PollInterval,
  PollIntervalContext,
} from './types.js';

const NO_JOBS: ImportJob[] = [];

/** The options of an observer of any kind: a segment's jobs, an application's, or one job. */
export type ImportJobsAnyObserverOptions =
  | ImportJobsObserverOptions
  | ApplicationImportJobsObserverOptions
  | ImportJobObserverOptions;

/** The options of every kind, as the observer reads them. */
interface AnyOptions {
  applicationId: string;
  segmentId?: string | undefined;
  jobId?: string | undefined;
  fetcher: StoreFetcher;
  pageSize?: number | undefined;
  pollInterval?: PollInterval | ImportJobPollInterval | undefined;
  pollInBackground?: boolean | undefined;
  enabled?: boolean | undefined;
  initialData?: unknown;
  onJobSettled?: ((job: ImportJob) => void) | undefined;
  onError?: ((error: PinpointError) => void) | undefined;
  rememberPlace?: boolean | undefined;
}

/** The key of the entry of `options` on the page after `token`: of the kind of the observer, with only what it needs. */
function keyOf(
  kind: ImportJobsEntryKind,
  options: AnyOptions,
  token: string | undefined,
): ImportJobsEntryKey {
  const { applicationId } = options;
  if (kind === 'job') return { kind, applicationId, jobId: options.jobId };
  const segmentId = kind === 'segment' ? options.segmentId : undefined;
  return { kind, applicationId, segmentId, pageSize: options.pageSize, token };
}

/** A `pollInterval` as a comparable value: functions compare equal whatever their identity. */
function pollValue(pollInterval: unknown): unknown {
  return typeof pollInterval === 'function' ? 'function' : pollInterval;
}

function sameResult(a: ImportJobsObserverResult, b: ImportJobsObserverResult): boolean {
  for (const key of Object.keys(a) as (keyof ImportJobsObserverResult)[]) {
    if (!Object.is(a[key], b[key])) return false;
  }
  return true;
}

/** Calls a host callback; a throw is logged, never allowed to break the store. */
function callHost<T>(callback: ((value: T) => void) | undefined, value: T): void {
  if (callback === undefined) return;
  try {
    callback(value);
  } catch (error) {
    console.error(error);
  }
}

/**
 * What an observer needs from its store: the shared entries, by key, and where lists were left. The store implements
 * it, so the observer depends on this, not on the store.
 */
export interface SharedEntries {
  /** The entry of a key, created if needed. */
  acquire(key: ImportJobsEntryKey): ImportJobsEntry;
  /** The entry of a key if it exists; never creates one, so reading a result has no side effect. */
  peek(key: ImportJobsEntryKey): ImportJobsEntry | undefined;
  /** The job of that ID in a list of the application the store holds (or left lately), if any; no side effect. */
  findJob(applicationId: string, jobId: string): ImportJob | undefined;
  /** Where each list was left. */
  readonly places: ListPlaces;
}

/** What a result is computed from. */
interface ResultInputs {
  options: AnyOptions;
  tokens: readonly string[];
  placeholder: ImportJob[] | undefined;
  pageReset: PageResetReason | undefined;
  state: ImportJobsEntryState | undefined;
  attached: boolean;
}

/**
 * One observer of the store (what one `useSegmentImportJobs`, `useApplicationImportJobs` or `useImportJob` call is):
 * its own page position (a stack of tokens), its options (the latest fetcher, poll function and callbacks, never
 * causing a refetch by identity alone) and its result. Framework-free: `subscribe` and `getSnapshot` fit
 * `useSyncExternalStore`; `setOptions` pushes new options. The observer of one job sees a page of that one job and
 * gives its result as {@link ImportJobObserverResult}.
 */
export class ImportJobsObserver<
  TOptions extends ImportJobsAnyObserverOptions = ImportJobsObserverOptions,
  TResult = ImportJobsObserverResult,
> implements EntryObserver
{
  readonly #entries: SharedEntries;
  readonly #kind: ImportJobsEntryKind;
  #options: AnyOptions;
  #tokens: readonly string[] = [];
  #placeholder: ImportJob[] | undefined;
  #pageReset: PageResetReason | undefined;
  #entry: ImportJobsEntry | undefined;
  #mountedOnce = false;
  readonly #listeners = new Set<() => void>();
  readonly #initialKeyHash: string;
  #initial: { source: unknown; page: ImportJobsPage | undefined } | undefined;
  /** Set once `initialData` seeded the first page: from then on it is history, never put back as fresh data. */
  #initialSpent = false;
  /**
   * Set when a render was given a result computed ahead of `setOptions` (options that show other pages): what it
   * showed may differ from the result `setOptions` then commits, even when that equals the result before, so
   * listeners must hear.
   */
  #guessed = false;
  readonly #seenActive = new Set<string>();
  readonly #settled = new Set<string>();
  #trackedJobs: ImportJob[] | undefined;
  #result: ImportJobsObserverResult;
  #view: { of: ImportJobsObserverResult; view: TResult } | undefined;
  /** The place of the list shown when mounted, by hash: left when unmounted. */
  #placeHash: string | undefined;

  /** Values the panel of this list keeps with its place: see {@link ImportJobsKeptState}. */
  readonly kept: ImportJobsKeptState = {
    get: (name) => this.#entries.places.read(this.#hashOf(this.#options))?.values.get(name),
    set: (name, value) => {
      this.#entries.places
        .open(this.#hashOf(this.#options), this.#options.applicationId)
        .values.set(name, value);
    },
  };

  constructor(entries: SharedEntries, kind: ImportJobsEntryKind, options: TOptions) {
    this.#entries = entries;
    this.#kind = kind;
    this.#options = options;
    this.#initialKeyHash = this.#hashOf(options);
    const remember = kind !== 'job' && this.#options.rememberPlace !== false;
    const place = remember ? entries.places.read(this.#initialKeyHash) : undefined;
    if (place !== undefined) {
      // Back where the list was left: its page, and its rows until that page loads.
      this.#tokens = place.tokens;
      this.#initialSpent = place.tokens.length > 0;
      if (place.jobs.length > 0) this.#placeholder = place.jobs;
    }
    this.#placeholder ??= this.#cachedJob(options);
    this.#result = this.#compute(this.#inputs(this.#options, true));
  }

  /** Adds a listener told after each change of the result; the first one attaches the observer (and fetches). */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#mount();
    return () => {
      if (!this.#listeners.delete(listener)) return;
      if (this.#listeners.size === 0) this.#unmount();
    };
  };

  /** The current result; the same object until something changes. */
  getSnapshot = (): TResult => this.#viewOf(this.#result);

  /**
   * The result these options would give, without committing them (for the render before `setOptions` runs): the
   * current result when the options show the same pages, else the result of the pages these options show. A new
   * `initialData` object changes nothing once the page has data (it only ever seeds an empty first page), so an
   * inline literal keeps the result, `isPolling` included.
   */
  getOptimisticResult(options: TOptions): TResult {
    const current = this.#options;
    const base = this.#hashOf(options) === this.#hashOf(current);
    const sameEnabled = (options.enabled !== false) === (current.enabled !== false);
    const entry = base ? this.#entry : undefined;
    // initialData only ever seeds page 0 of an observer not subscribed yet: a new object changes nothing else.
    const initialMatters =
      !this.#initialSpent && this.#tokens.length === 0 && entry?.state.data === undefined;
    if (base && sameEnabled && (options.initialData === current.initialData || !initialMatters)) {
      return this.getSnapshot();
    }
    this.#guessed = true;
    return this.#viewOf(this.#compute(this.#inputs(options, base)));
  }

  /**
   * Pushes new options. Only a change in the *value* of the IDs, `pageSize` (back to page 0), `enabled` or a numeric
   * `pollInterval` can fetch; new identities of `fetcher`, a `pollInterval` function or a callback are just used
   * from then on.
   */
  setOptions(options: TOptions): void {
    const previous = this.#options;
    this.#options = options;
    const guessed = this.#guessed;
    this.#guessed = false;
    const baseChanged = this.#hashOf(previous) !== this.#hashOf(options);
    if (baseChanged) {
      this.#tokens = [];
      this.#placeholder = this.#cachedJob(options);
      this.#pageReset = undefined;
    }
    const entry = this.#entry;
    if (entry === undefined) {
      this.#notify(guessed);
      return;
    }
    if (baseChanged) {
      this.#leavePlace();
      this.#enterPlace();
      this.#switchEntry(false);
      this.#notify(guessed);
      return;
    }
    entry.setFetcher(options.fetcher);
    const wasEnabled = previous.enabled !== false;
    const isEnabled = options.enabled !== false;
    if (wasEnabled !== isEnabled) {
      if (isEnabled) entry.activate(false);
      else entry.onObserverDisabled();
    } else if (
      isEnabled &&
      entry.state.stoppedByError &&
      !Object.is(pollValue(previous.pollInterval), pollValue(options.pollInterval))
    ) {
      entry.activate(false);
    } else {
      entry.schedule();
    }
    this.#notify(guessed);
  }

  /** Moves to the next page. Does nothing when `!hasNextPage` (e.g. while the current page is loading). */
  nextPage = (): void => {
    const token = this.#result.hasNextPage ? this.#entry?.state.data?.nextToken : undefined;
    if (token === undefined) return;
    this.#navigate([...this.#tokens, token]);
  };

  /** Moves to the previous page. */
  previousPage = (): void => {
    if (this.#tokens.length === 0) return;
    this.#navigate(this.#tokens.slice(0, -1));
  };

  /** Moves to the first page. */
  firstPage = (): void => {
    if (this.#tokens.length === 0) {
      if (this.#pageReset !== undefined) {
        this.#pageReset = undefined;
        this.#notify();
      }
      return;
    }
    this.#navigate([]);
  };

  /** Refetches the current page (or job) now, or joins the request in flight. Never rejects. */
  refresh = (): Promise<void> => (this.#entry === undefined ? Promise.resolve() : this.#entry.refresh());

  /** @internal */
  isEnabled(): boolean {
    return this.#options.enabled !== false;
  }

  /** @internal */
  pollsInBackground(): boolean {
    return this.#options.pollInBackground === true;
  }

  /** @internal */
  computeInterval(
    jobs: readonly ImportJob[],
    context: Omit<PollIntervalContext, 'pageIndex'>,
  ): number | false {
    let poll = this.#options.pollInterval as PollInterval | undefined;
    if (this.#kind === 'job' && typeof poll === 'function') {
      // One job's function is given the job, not a page of it.
      const own = poll as unknown as (
        job: ImportJob | undefined,
        context: PollIntervalContext,
      ) => number | false;
      poll = (page: ImportJob[], full: PollIntervalContext) => own(page[0], full);
    }
    return getPollDelay(poll as PollInterval | undefined, jobs, {
      ...context,
      pageIndex: this.#tokens.length,
    });
  }
  /** @internal */
  onEntryUpdate(entry: ImportJobsEntry, action: ImportJobsEntryAction): void {
    if (entry !== this.#entry) return;
    if (action.type === 'success') this.#placeholder = undefined;
    if (action.type === 'error') {
      if (this.#isExpiredToken(entry, action.error)) {
        this.#placeholder = this.#result.jobs.length > 0 ? this.#result.jobs : undefined;
        this.#tokens = [];
        this.#pageReset = 'expired-token';
        this.#switchEntry(false);
        this.#notify();
        return;
      }
      // The previous page's rows stay until this page arrives, through the failures it is retried after: rows are
      // never lost to one. A failure that stops polling ends them: they would stand under the wrong page for good.
      if (!action.error.retryable) this.#placeholder = undefined;
      this.#notify();
      callHost(this.#options.onError, action.error);
      return;
    }
    this.#notify();
  }

  #isExpiredToken(entry: ImportJobsEntry, error: PinpointError): boolean {
    return (
      entry.key.token !== undefined &&
      this.#tokens.length > 0 &&
      (error.statusCode === 400 || error.name === 'BadRequestException')
    );
  }

  #navigate(tokens: readonly string[]): void {
    this.#placeholder = this.#result.jobs.length > 0 ? this.#result.jobs : undefined;
    this.#tokens = tokens;
    this.#pageReset = undefined;
    if (this.#entry !== undefined) this.#switchEntry(false);
    this.#notify();
  }

  #mount(): void {
    const remount = this.#mountedOnce;
    this.#mountedOnce = true;
    this.#enterPlace();
    this.#switchEntry(remount);
    this.#notify();
  }

  #unmount(): void {
    const entry = this.#entry;
    this.#entry = undefined;
    this.#leavePlace();
    entry?.detach(this);
  }

  /** A list's observer is a reader of its list's place while mounted. */
  #enterPlace(): void {
    if (this.#kind === 'job') return;
    this.#placeHash = this.#hashOf(this.#options);
    this.#entries.places.enter(this.#placeHash, this.#options.applicationId);
  }

  /** Leaves the list's place where the list is now: on this page, with these rows. */
  #leavePlace(): void {
    const hash = this.#placeHash;
    if (hash === undefined) return;
    this.#placeHash = undefined;
    // Only rows of the page itself: placeholder rows (of another page, or of an older visit) are not kept.
    const { jobs, isPlaceholderData } = this.#result;
    this.#entries.places.leave(
      hash,
      this.#options.applicationId,
      this.#tokens,
      isPlaceholderData ? [] : jobs,
    );
  }

  /** The hash of the first page of what `options` show: what says which pages they are, and their place. */
  #hashOf(options: AnyOptions): string {
    return hashEntryKey(keyOf(this.#kind, options, undefined));
  }

  /** For one job: the job as a list of the store shows it, as placeholder data until its own reply. */
  #cachedJob(options: AnyOptions): ImportJob[] | undefined {
    const job =
      this.#kind === 'job'
        ? this.#entries.findJob(options.applicationId, options.jobId as string)
        : undefined;
    return job === undefined ? undefined : [job];
  }

  /** The result as the observer's kind gives it: the list's as it is; one job's made of it, once per result. */
  #viewOf(result: ImportJobsObserverResult): TResult {
    if (this.#kind !== 'job') return result as TResult;
    if (this.#view?.of === result) return this.#view.view;
    const {
      jobs,
      pageIndex,
      hasNextPage,
      hasPreviousPage,
      pageReset,
      nextPage,
      previousPage,
      firstPage,
      kept,
      ...rest
    } = result;
    const view = { ...rest, job: jobs[0] } as TResult;
    this.#view = { of: result, view };
    return view;
  }

  #switchEntry(remount: boolean): void {
    const key = keyOf(this.#kind, this.#options, this.#tokens.at(-1));
    const hash = hashEntryKey(key);
    if (this.#entry?.hash === hash) return;
    const previous = this.#entry;
    this.#entry = undefined;
    previous?.detach(this);
    const entry = this.#entries.acquire(key);
    this.#entry = entry;
    if (this.#tokens.length === 0) {
      entry.seed(this.#initialPage(this.#options));
      this.#initialSpent = true;
    }
    entry.attach(this, this.#options.fetcher, remount);
  }

  #initialPage(options: AnyOptions): ImportJobsPage | undefined {
    const source = options.initialData;
    if (this.#initialSpent || source === undefined || this.#hashOf(options) !== this.#initialKeyHash)
      return undefined;
    if (this.#initial?.source !== source) {
      let page: ImportJobsPage | undefined;
      try {
        page = readPage(source, undefined, keyOf(this.#kind, options, undefined));
      } catch {
        // `initialData` that is no page seeds nothing: the first request loads the page.
        page = undefined;
      }
      this.#initial = { source, page };
    }
    return this.#initial.page;
  }

  /**
   * What the result of `options` is computed from: with `samePages` (they show the pages shown now), this
   * observer's page position and entry; else those of a first page not yet attached.
   */
  #inputs(options: AnyOptions, samePages: boolean): ResultInputs {
    const entry = samePages ? this.#entry : undefined;
    const tokens = samePages ? this.#tokens : [];
    return {
      options,
      tokens,
      placeholder: samePages ? this.#placeholder : this.#cachedJob(options),
      pageReset: samePages ? this.#pageReset : undefined,
      state: (entry ?? this.#entries.peek(keyOf(this.#kind, options, tokens.at(-1))))?.state,
      attached: entry !== undefined,
    };
  }

  #compute(inputs: ResultInputs): ImportJobsObserverResult {
    const { options, tokens, placeholder, state, attached } = inputs;
    const enabled = options.enabled !== false;
    const data = state?.data ?? (tokens.length === 0 ? this.#initialPage(options) : undefined);
    const error = state?.error;
    let status: ImportJobsStatus;
    let jobs = NO_JOBS;
    let isPlaceholderData = false;
    if (data !== undefined) {
      status = 'success';
      jobs = data.jobs;
    } else if (placeholder !== undefined && enabled) {
      status = 'success';
      jobs = placeholder;
      isPlaceholderData = true;
    } else if (error !== undefined) {
      status = 'error';
    } else if (!enabled) {
      status = 'idle';
    } else {
      status = 'loading';
    }
    const nextToken = isPlaceholderData ? undefined : data?.nextToken;
    return {
      status,
      jobs,
      error,
      isFetching: state?.fetchStatus === 'fetching',
      isPolling:
        attached &&
        enabled &&
        state !== undefined &&
        state.interval !== false &&
        !state.paused &&
        !state.stoppedByError,
      isStale: status === 'success' && error !== undefined,
      isPlaceholderData,
      updatedAt: state?.dataUpdatedAt,
      failureCount: state?.failureCount ?? 0,
      nextRetryAt: state?.nextRetryAt,
      pageIndex: tokens.length,
      hasNextPage: nextToken !== undefined && nextToken !== '' && !tokens.includes(nextToken),
      hasPreviousPage: tokens.length > 0,
      pageReset: inputs.pageReset,
      nextPage: this.nextPage,
      previousPage: this.previousPage,
      firstPage: this.firstPage,
      refresh: this.refresh,
      kept: this.kept,
    };
  }

  #trackSettledJobs(result: ImportJobsObserverResult): void {
    if (this.#entry === undefined || result.isPlaceholderData || result.jobs === this.#trackedJobs) return;
    this.#trackedJobs = result.jobs;
    for (const job of result.jobs) {
      if (!isTerminalJobStatus(job.JobStatus)) {
        this.#seenActive.add(job.Id);
      } else if (this.#seenActive.has(job.Id) && !this.#settled.has(job.Id)) {
        this.#settled.add(job.Id);
        callHost(this.#options.onJobSettled, job);
      }
    }
  }

  /** Recomputes the result and tells the listeners when it changed (or, with `force`, in any case). */
  #notify(force = false): void {
    const next = this.#compute(this.#inputs(this.#options, true));
    if (!force && sameResult(next, this.#result)) {
      this.#trackSettledJobs(this.#result);
      return;
    }
    this.#result = next;
    this.#trackSettledJobs(next);
    for (const listener of [...this.#listeners]) listener();
  }
}
