import { ImportJobsEntry } from './entry.js';
import { hashEntryKey, type ImportJobsEntryKey } from './entryKey.js';
import { ImportJobsObserver, type SharedEntries } from './observer.js';
import type { StoreRuntime } from './runtime.js';
import type { ImportJobsObserverOptions, ImportJobsStoreOptions } from './types.js';
import { createDocumentVisibility } from './visibility.js';

/** Which observers `ImportJobsStore.invalidate` refetches for. */
export interface InvalidateFilter {
  /** The application whose observers refetch. Required. */
  applicationId: string;
  /** Only the observers of this segment. Default: every segment of the application. */
  segmentId?: string | undefined;
}

/**
 * Holds the shared entries (one per applicationId, segmentId, pageSize and token) that observers read: one
 * request and one timer per entry, whatever the number of observers. Create one with {@link createImportJobsStore}.
 */
export interface ImportJobsStore {
  /**
   * Marks every matching page as outdated and refetches it now for every observer (restarting a request in flight),
   * e.g. after the host created an import job. Also lifts a stop caused by a non-retryable error.
   */
  invalidate(filter: InvalidateFilter): void;
  /**
   * Creates an observer of the store. Creating it has no side effect; it attaches to its entry, and fetches,
   * when it gets its first listener (`subscribe`).
   */
  createObserver(options: ImportJobsObserverOptions): ImportJobsObserver;
  /** How many entries the store holds now (for tests and diagnostics). */
  readonly size: number;
}

class Store implements ImportJobsStore, SharedEntries {
  readonly #runtime: StoreRuntime;
  readonly #entries = new Map<string, ImportJobsEntry>();
  #unsubscribeVisibility: (() => void) | undefined;
  readonly #pendingReleases = new Set<ImportJobsEntry>();

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
  }

  get size(): number {
    return this.#entries.size;
  }

  createObserver(options: ImportJobsObserverOptions): ImportJobsObserver {
    return new ImportJobsObserver(this, options);
  }

  invalidate(filter: InvalidateFilter): void {
    for (const entry of [...this.#entries.values()]) {
      if (entry.key.applicationId !== filter.applicationId) continue;
      if (filter.segmentId !== undefined && entry.key.segmentId !== filter.segmentId) continue;
      entry.invalidate();
    }
  }

  acquire(key: ImportJobsEntryKey): ImportJobsEntry {
    const hash = hashEntryKey(key);
    let entry = this.#entries.get(hash);
    if (entry === undefined) {
      entry = new ImportJobsEntry(key, this.#runtime, (orphan) => this.#scheduleRelease(orphan));
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
 * it directly through `store.createObserver`. Every option is swappable for tests.
 *
 * @param options - Clock, timers, random source and visibility. Default: the real ones.
 */
export function createImportJobsStore(options: ImportJobsStoreOptions = {}): ImportJobsStore {
  return new Store(options);
}
