import { abortAsFailure } from '../errors/pinpointError.js';
import { toPinpointError } from '../errors.js';
import { type ImportJob, isTerminalJobStatus } from '../types.js';
import { getRetryDelay } from './backoff.js';
import { IDLE_REFETCH_AFTER_MS, MAX_RETRIES } from './constants.js';
import { hashEntryKey, type ImportJobsEntryKey, type StoreFetcher, sendRequest } from './entryKey.js';
import { entryReducer, type ImportJobsEntryAction } from './entryReducer.js';
import { type ImportJobsEntryState, INITIAL_ENTRY_STATE } from './entryState.js';
import { isGracedNotFound, withNotFoundGrace } from './notFoundGrace.js';
import { readPage } from './readPage.js';
import type { StoreRuntime } from './runtime.js';
import type { PollIntervalContext, VisibilityEvent } from './types.js';
import {
  getOnlineRetryAt,
  getVisibilityAction,
  isPollingPaused,
  isRetryPending,
} from './visibilityPolicy.js';

/** What an entry needs from each of its observers. */
export interface EntryObserver {
  /** Whether the observer wants fetching and polling. */
  isEnabled(): boolean;
  /** Whether the observer keeps polling while the page is hidden. */
  pollsInBackground(): boolean;
  /** The observer's poll delay for these settled jobs, or `false`. */
  computeInterval(
    jobs: readonly ImportJob[],
    context: Omit<PollIntervalContext, 'pageIndex'>,
  ): number | false;
  /** Told after each change of the entry's state, with the action that caused it. */
  onEntryUpdate(entry: ImportJobsEntry, action: ImportJobsEntryAction): void;
}

/** What an entry needs from its store. */
export interface EntryHost {
  /** The entry's last observer left: the store releases it a moment later, unless one comes back. */
  orphaned(entry: ImportJobsEntry): void;
  /** An entry of one job read its job (`COMPLETED` or `FAILED`, or still active). */
  jobRead(entry: ImportJobsEntry, job: ImportJob): void;
}

interface Flight {
  controller: AbortController;
  promise: Promise<void>;
  settle: () => void;
  /** Whether someone asked for it (`refresh()`, `invalidate`, navigation): hiding the page does not abort it. */
  manual: boolean;
  /** Set when a restart took this request's place: its promise then settles with the new request, not its own. */
  handedOver?: boolean;
}

/**
 * One shared page of a segment's or an application's import jobs, or one job: its state, its one request in flight
 * and its one timer (poll or retry), shared by every observer of the same key. The page of one job holds that job
 * alone; once it is `COMPLETED` or `FAILED` the entry is final: nothing but a manual refresh fetches it again.
 */
export class ImportJobsEntry {
  /** What identifies the entry. */
  readonly key: ImportJobsEntryKey;
  /** The key as a string. */
  readonly hash: string;
  /** The current state; changed only through the reducer. */
  state: ImportJobsEntryState = INITIAL_ENTRY_STATE;

  readonly #runtime: StoreRuntime;
  readonly #host: EntryHost;
  readonly #observers = new Set<EntryObserver>();
  #fetcher: StoreFetcher | undefined;
  #lastFetcher: StoreFetcher | undefined;
  #flight: Flight | undefined;
  #timer: unknown;
  #timerAt: number | undefined;
  #lastAuthRetryAt: number | undefined;
  #destroyed = false;

  constructor(key: ImportJobsEntryKey, runtime: StoreRuntime, host: EntryHost) {
    this.key = key;
    this.hash = hashEntryKey(key);
    this.#runtime = runtime;
    this.#host = host;
  }

  /** Whether any observer is attached. */
  get hasObservers(): boolean {
    return this.#observers.size > 0;
  }

  /** Whether the entry holds one job that is `COMPLETED` or `FAILED`: it never changes again, so it is never refetched but by hand. */
  get isFinal(): boolean {
    return this.key.kind === 'job' && isTerminalJobStatus(this.state.data?.jobs[0]?.JobStatus);
  }

  /** Offers the fetcher of an observer: the latest offered is used for the next request. */
  setFetcher(fetcher: StoreFetcher): void {
    this.#fetcher = fetcher;
  }

  /**
   * Attaches an observer and fetches if it needs to. A remount (StrictMode, same observer again) only resumes
   * polling. Otherwise the entry refetches when it has nothing, is stale, was stopped by a non-retryable error, or
   * was left by all its observers and is now adopted with another fetcher (a deliberate switch of backend).
   */
  attach(observer: EntryObserver, fetcher: StoreFetcher, remount: boolean): void {
    const orphan = this.#observers.size === 0;
    this.#observers.add(observer);
    const switched =
      !remount && orphan && this.#lastFetcher !== undefined && this.#lastFetcher !== fetcher && !this.isFinal;
    this.#fetcher = fetcher;
    if (!observer.isEnabled()) {
      this.schedule();
      return;
    }
    if (switched) {
      void this.fetch({ manual: true, cancelRefetch: true });
      return;
    }
    this.activate(remount);
  }

  /**
   * Fetches if an observer that just started wanting data needs it (see {@link attach}), else resumes polling.
   *
   * @param remount - Whether this is the same observer coming back (StrictMode): then only polling resumes.
   */
  activate(remount: boolean): void {
    if (this.#flight !== undefined) return;
    const { state } = this;
    const nothing = state.data === undefined && state.error === undefined;
    // An observer that comes while a failed request waits for its retry waits too: the backoff and the server's
    // `Retry-After` hold for every observer of the page.
    const waiting = !state.stoppedByError && isRetryPending(state, this.#runtime.now());
    if (nothing || (!remount && !waiting && (state.stoppedByError || this.#isStale()))) {
      void this.fetch({ manual: state.stoppedByError });
      return;
    }
    this.schedule();
  }

  /** Detaches an observer; the store releases the entry a moment after its last observer leaves. */
  detach(observer: EntryObserver): void {
    if (!this.#observers.delete(observer)) return;
    // The observers left do not want data (all disabled): the request goes, as when the last of them is disabled.
    if (this.#observers.size > 0 && this.#enabledObservers().length === 0) this.cancel();
    this.schedule();
    if (this.#observers.size === 0) this.#host.orphaned(this);
  }

  /** Called when an observer stops wanting data: aborts the request when no observer wants it any more. */
  onObserverDisabled(): void {
    if (this.#enabledObservers().length === 0) this.cancel();
    this.schedule();
  }

  /** Puts `initialData` in an entry that has no data yet. */
  seed(data: ImportJobsEntryState['data']): void {
    if (data === undefined || this.state.data !== undefined || this.#flight !== undefined) return;
    this.#dispatch({ type: 'seed', data, now: this.#runtime.now() });
  }

  /** Refetches now, or joins the request in flight. Never rejects. */
  refresh(): Promise<void> {
    return this.fetch({ manual: true });
  }

  /** Marks the data outdated; refetches now (restarting a request in flight) when an observer wants data. */
  invalidate(): void {
    if (this.#destroyed || this.#enabledObservers().length === 0 || this.#fetcher === undefined) {
      this.#dispatch({ type: 'invalidate' });
      return;
    }
    // The refetch tells the observers: a notification between the two would show a state that never was (no request,
    // and a retry still due).
    this.state = entryReducer(this.state, { type: 'invalidate' });
    void this.fetch({ manual: true, cancelRefetch: true });
  }

  /**
   * Brings the data up to date after a view of one of its jobs saw that job settle: refetches (or joins the request in
   * flight) when an observer wants data, else marks the data outdated, so it is refetched when one does.
   */
  agree(): void {
    if (this.#enabledObservers().length > 0) void this.fetch();
    else this.#dispatch({ type: 'invalidate' });
  }

  /**
   * Starts a request, unless one is in flight (then joins it, or with `cancelRefetch` aborts it and starts anew).
   * The returned promise resolves when the request settles or is dropped; it never rejects.
   */
  fetch({
    manual = false,
    cancelRefetch = false,
  }: {
    manual?: boolean;
    cancelRefetch?: boolean;
  } = {}): Promise<void> {
    if (this.#destroyed) return Promise.resolve();
    // A request restarted in place (`cancelRefetch`): whoever joined it waits for the new one.
    let restarted: Flight | undefined;
    if (this.#flight !== undefined) {
      if (!cancelRefetch) {
        // Someone now waits for it: hiding the page no longer aborts it.
        if (manual) this.#flight.manual = true;
        return this.#flight.promise;
      }
      restarted = this.#flight;
      restarted.handedOver = true;
      this.#flight = undefined;
      restarted.controller.abort();
    }
    const fetcher = this.#fetcher;
    if (fetcher === undefined) {
      restarted?.settle();
      return Promise.resolve();
    }
    this.#clearTimer();
    const controller = new AbortController();
    let settle = () => {};
    const promise = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const flight: Flight = { controller, promise, settle, manual };
    if (restarted !== undefined) void promise.then(restarted.settle);
    this.#flight = flight;
    this.#lastFetcher = fetcher;
    this.#dispatch({ type: 'fetch', manual });

    let pending: Promise<unknown>;
    try {
      pending = Promise.resolve(sendRequest(this.key, fetcher, { signal: controller.signal }));
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending
      .then((body) => readPage(body, this.state.data, this.key))
      .then(
        (page) => {
          if (this.#flight !== flight) return;
          this.#flight = undefined;
          this.#dispatch({
            type: 'success',
            data: page,
            now: this.#runtime.now(),
          });
          this.schedule();
          const job = this.key.kind === 'job' ? page.jobs[0] : undefined;
          if (job !== undefined) this.#host.jobRead(this, job);
        },
        (thrown: unknown) => {
          if (this.#flight !== flight) return;
          this.#flight = undefined;
          if (controller.signal.aborted) {
            this.#dispatch({ type: 'cancel' });
            this.schedule();
            return;
          }
          // The store did not abort it: an `AbortError` is a failure too. A job just created may not be found yet.
          const now = this.#runtime.now();
          let error = abortAsFailure(toPinpointError(thrown), thrown);
          if (this.key.kind === 'job') error = withNotFoundGrace(error, this.state.data?.jobs[0], now);
          const failureCount = this.state.failureCount + 1;
          this.#dispatch({
            type: 'error',
            error,
            now,
            retryDelay: getRetryDelay(failureCount, error, () => this.#runtime.random()),
          });
          this.schedule();
        },
      )
      .catch(() => {})
      .finally(() => {
        if (!flight.handedOver) settle();
      });
    return promise;
  }

  /** Aborts the request in flight, if any; its reply will be dropped. */
  cancel(): void {
    if (this.#flight === undefined) return;
    this.#abortFlight();
    this.#dispatch({ type: 'cancel' });
  }

  /** Whether polling waits for the page to show (see `isPollingPaused`). */
  #isPaused(observers: readonly EntryObserver[]): boolean {
    return isPollingPaused(
      this.#runtime.visibility.isVisible(),
      observers.some((observer) => observer.pollsInBackground()),
    );
  }

  /**
   * (Re)computes the polling schedule: arms the one timer of the entry for the next poll or retry, or none (no enabled
   * observer, paused while hidden, stopped by an error, polling off). Idempotent: an unchanged target keeps its timer.
   */
  schedule(): void {
    if (this.#destroyed) return;
    if (this.#flight !== undefined) {
      // No timer while a request is in flight, but a page hidden meanwhile is paused from now on.
      const paused = this.#isPaused(this.#enabledObservers());
      if (paused !== this.state.paused) {
        const { interval, nextRetryAt } = this.state;
        this.#dispatch({ type: 'schedule', interval, paused, nextRetryAt });
      }
      return;
    }
    const observers = this.#enabledObservers();
    if (observers.length === 0) {
      this.#armTimer(undefined);
      this.#dispatch({ type: 'schedule', interval: false, paused: false, nextRetryAt: undefined });
      return;
    }
    const { state } = this;
    const interval = this.#computeInterval(observers);
    const paused = this.#isPaused(observers);
    let target: number | undefined;
    let retry = false;
    if (state.stoppedByError) {
      target = undefined;
    } else if (state.error !== undefined) {
      if (
        state.error.retryable &&
        (interval !== false || state.failureCount <= MAX_RETRIES || isGracedNotFound(state.error))
      ) {
        target = state.retryAt;
        retry = true;
      }
    } else if (state.data !== undefined && state.dataUpdatedAt !== undefined && interval !== false) {
      target = state.dataUpdatedAt + interval;
    }
    if (paused) target = undefined;
    this.#armTimer(target);
    this.#dispatch({
      type: 'schedule',
      interval,
      paused,
      nextRetryAt: retry && target !== undefined ? target : undefined,
    });
  }

  /** Reacts to a visibility, focus or online event, as `getVisibilityAction` decides. */
  onVisibilityEvent(event: VisibilityEvent): void {
    if (this.#destroyed) return;
    const observers = this.#enabledObservers();
    const now = this.#runtime.now();
    const action = getVisibilityAction(event, this.state, {
      now,
      paused: this.#isPaused(observers),
      hasEnabledObservers: observers.length > 0,
      request: this.#flight,
      lastAuthRetryAt: this.#lastAuthRetryAt,
      isStale: () => this.#isStale(),
    });
    if (action === 'ignore') return;
    if (action === 'cancel') this.cancel();
    if (action === 'retryCredentials') this.#lastAuthRetryAt = now;
    if (action === 'retrySooner') {
      this.#dispatch({ type: 'retrySooner', retryAt: getOnlineRetryAt(this.state, now) });
    }
    if (action === 'fetch' || action === 'retryCredentials') void this.fetch();
    else this.schedule();
  }

  /** Aborts the request, clears the timer and forgets the observers: nothing of the entry outlives this. */
  destroy(): void {
    this.#abortFlight();
    this.#clearTimer();
    this.#observers.clear();
    this.#destroyed = true;
  }

  #isStale(): boolean {
    const { state } = this;
    if (this.isFinal) return false;
    if (state.invalidated || state.dataUpdatedAt === undefined) return true;
    const interval = this.#computeInterval(this.#enabledObservers());
    const threshold = interval === false ? IDLE_REFETCH_AFTER_MS : interval;
    return this.#runtime.now() - state.dataUpdatedAt >= threshold;
  }

  #enabledObservers(): EntryObserver[] {
    return [...this.#observers].filter((observer) => observer.isEnabled());
  }

  #computeInterval(observers: EntryObserver[]): number | false {
    const { state } = this;
    if (this.isFinal) return false;
    const jobs = state.data?.jobs ?? [];
    const context = { error: state.error, failureCount: state.failureCount, updatedAt: state.dataUpdatedAt };
    let smallest: number | false = false;
    for (const observer of observers) {
      const delay = observer.computeInterval(jobs, context);
      if (delay !== false && (smallest === false || delay < smallest)) smallest = delay;
    }
    return smallest;
  }

  #armTimer(target: number | undefined): void {
    if (target === this.#timerAt) return;
    this.#clearTimer();
    if (target === undefined) return;
    const delay = Math.max(0, target - this.#runtime.now());
    this.#timerAt = target;
    this.#timer = this.#runtime.setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = undefined;
      void this.fetch();
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timerAt === undefined) return;
    this.#runtime.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = undefined;
  }

  #abortFlight(): void {
    const flight = this.#flight;
    if (flight === undefined) return;
    this.#flight = undefined;
    flight.controller.abort();
    flight.settle();
  }

  #dispatch(action: ImportJobsEntryAction): void {
    const next = entryReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const observer of [...this.#observers]) {
      if (this.#observers.has(observer)) observer.onEntryUpdate(this, action);
    }
  }
}
