import { type ImportJob, isTerminalJobStatus } from '../types.js';
import { type EntryHost, ImportJobsEntry } from './entry.js';
import { hashEntryKey, type ImportJobsEntryKey } from './entryKey.js';
import { type InvalidateFilter, matchesInvalidateFilter } from './invalidateFilter.js';
import { ImportJobsObserver, type SharedEntries } from './observer.js';
import { ListPlaces } from './places.js';
import type { StoreRuntime } from './runtime.js';
import type {
  ApplicationImportJobsObserverOptions,
  ImportJobObserverOptions,
  ImportJobObserverResult,
  ImportJobsObserverOptions,
  ImportJobsObserverResult,
  ImportJobsStoreOptions,
} from './types.js';
import { createDocumentVisibility } from './visibility.js';

/** An observer of an application's import jobs: the same observer as a segment's, with its own options. */
export type ApplicationImportJobsObserver = ImportJobsObserver<
  ApplicationImportJobsObserverOptions,
  ImportJobsObserverResult
>;

/** An observer of one import job. */
export type ImportJobObserver = ImportJobsObserver<ImportJobObserverOptions, ImportJobObserverResult>;

/**
 * Holds the shared entries that observers read, one per page of a segment's or an application's jobs (IDs, page size
 * and token) and one per job: one request and one timer per entry, whatever the number of observers. It also keeps
 * where each list was left, for 5 minutes (see `rememberPlace`). Create one with {@link createImportJobsStore}.
 */
export interface ImportJobsStore {
  /**
   * Marks every matching entry as outdated and refetches it now for every observer (restarting a request in flight),
   * e.g. after the host created an import job: `{ applicationId }` reaches the application's lists, its segments'
   * lists and its jobs; `segmentId` and `jobId` narrow it (see {@link InvalidateFilter}). Also lifts a stop caused by
   * a non-retryable error. A job seen `COMPLETED` or `FAILED` is final and left as it is.
   */
  invalidate(filter: InvalidateFilter): void;
  /**
   * Creates an observer of a segment's import jobs. Creating it has no side effect; it attaches to its entry, and
   * fetches, when it gets its first listener (`subscribe`).
   */
  createObserver(options: ImportJobsObserverOptions): ImportJobsObserver;
  /** Creates an observer of an application's import jobs (`GetImportJobs`), as {@link createObserver} does. */
  createApplicationObserver(options: ApplicationImportJobsObserverOptions): ApplicationImportJobsObserver;
  /** Creates an observer of one import job (`GetImportJob`), as {@link createObserver} does. */
  createJobObserver(options: ImportJobObserverOptions): ImportJobObserver;
  /** How many entries the store holds now (for tests and diagnostics). */
  readonly size: number;
}

class Store implements ImportJobsStore, SharedEntries {
  readonly #runtime: StoreRuntime;
  readonly #entries = new Map<string, ImportJobsEntry>();
  #unsubscribeVisibility: (() => void) | undefined;
  readonly #pendingReleases = new Set<ImportJobsEntry>();
  readonly places: ListPlaces;
  readonly #host: EntryHost = {
    orphaned: (entry) => this.#scheduleRelease(entry),
    jobRead: (entry, job) => this.#jobRead(entry, job),
  };

  constructor(options: ImportJobsStoreOptions) {
    const { now, setTimeout, clearTimeout, random, visibility } = options;
    this.#runtime = {
      now: now ?? (() => Date.now()),
      setTimeout: setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms)),
      clearTimeout: clearTimeout
        ? (handle) => clearTimeout(handle as never)
        : (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
      random: random ?? Math.random,
      visibility: visibility ?? createDocumentVisibility(),
    };
    this.places = new ListPlaces(() => this.#runtime.now());
  }

  get size(): number {
    return this.#entries.size;
  }

  createObserver(options: ImportJobsObserverOptions): ImportJobsObserver {
    return new ImportJobsObserver(this, 'segment', options);
  }

  createApplicationObserver(options: ApplicationImportJobsObserverOptions): ApplicationImportJobsObserver {
    return new ImportJobsObserver(this, 'application', options);
  }

  createJobObserver(options: ImportJobObserverOptions): ImportJobObserver {
    return new ImportJobsObserver(this, 'job', options);
  }

  invalidate(filter: InvalidateFilter): void {
    for (const entry of [...this.#entries.values()]) {
      if (!entry.isFinal && matchesInvalidateFilter(entry.key, entry.state.data, filter)) entry.invalidate();
    }
  }

  acquire(key: ImportJobsEntryKey): ImportJobsEntry {
    const hash = hashEntryKey(key);
    let entry = this.#entries.get(hash);
    if (entry === undefined) {
      entry = new ImportJobsEntry(key, this.#runtime, this.#host);
      this.#entries.set(hash, entry);
      this.#unsubscribeVisibility ??= this.#runtime.visibility.subscribe((event) => {
        for (const each of [...this.#entries.values()]) each.onVisibilityEvent(event);
      });
    }
    return entry;
  }

  peek(key: ImportJobsEntryKey): ImportJobsEntry | undefined {
    return this.#entries.get(hashEntryKey(key));
  }

  findJob(applicationId: string, jobId: string): ImportJob | undefined {
    for (const { key, state } of this.#entries.values()) {
      if (key.kind === 'job' || key.applicationId !== applicationId) continue;
      const match = state.data?.jobs.find((each) => each.Id === jobId);
      if (match !== undefined) return match;
    }
    return this.places.findJob(applicationId, jobId);
  }

  /**
   * Views agree: when an entry of one job reads it `COMPLETED` or `FAILED`, every list of its application that shows
   * it otherwise refetches once (joining a request in flight) when read, or is marked outdated.
   */
  #jobRead(source: ImportJobsEntry, job: ImportJob): void {
    if (!isTerminalJobStatus(job.JobStatus)) return;
    for (const entry of [...this.#entries.values()]) {
      if (entry.key.kind === 'job' || entry.key.applicationId !== source.key.applicationId) continue;
      const shown = entry.state.data?.jobs.find((each) => each.Id === job.Id);
      if (shown !== undefined && shown.JobStatus !== job.JobStatus) entry.agree();
    }
  }
  /**
   * Releases an entry a moment after its last observer left (at the next microtask, or the next timer tick, whichever
   * comes first), unless an observer came back: StrictMode's synchronous unmount–remount neither aborts nor resends.
   * The release aborts the request and clears the timer; the visibility listener goes with the last entry.
   */
  #scheduleRelease(entry: ImportJobsEntry): void {
    if (this.#pendingReleases.has(entry)) return;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      this.#pendingReleases.delete(entry);
      this.#runtime.clearTimeout(handle);
      if (entry.hasObservers || this.#entries.get(entry.hash) !== entry) return;
      this.#entries.delete(entry.hash);
      entry.destroy();
      if (this.#entries.size === 0 && this.#unsubscribeVisibility !== undefined) {
        this.#unsubscribeVisibility();
        this.#unsubscribeVisibility = undefined;
      }
    };
    const handle = this.#runtime.setTimeout(release, 0);
    this.#pendingReleases.add(entry);
    queueMicrotask(release);
  }
}

/**
 * Creates a store: the shared, framework-free home of every observer's data. Pass it to `ImportJobsProvider`, or use
 * it directly through `store.createObserver` (a segment's jobs), `createApplicationObserver` (an application's) and
 * `createJobObserver` (one job). Every option is swappable for tests.
 *
 * @param options - Clock, timers, random source and visibility. Default: the real ones.
 */
export function createImportJobsStore(options: ImportJobsStoreOptions = {}): ImportJobsStore {
  return new Store(options);
}
