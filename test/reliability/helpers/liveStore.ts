/**
 * A store on a {@link ManualClock} and a hand-driven visibility, for end-to-end tests against a real server: the
 * network is real, the store's time is simulated.
 */
import type { ImportJobsObserver } from '../../../src/core/store/observer.js';
import { createImportJobsStore, type ImportJobsStore } from '../../../src/core/store/store.js';
import type { ImportJobsObserverOptions, ImportJobsObserverResult } from '../../../src/core/store/types.js';
import { createManualVisibility, type ManualVisibility } from '../../../src/core/store/visibility.js';
import type { SegmentImportJobsFetcher } from '../../../src/core/types.js';
import { createManualClock, type ManualClock } from './manualClock.js';

/** A store wired to a manual clock and visibility. */
export interface LiveStore {
  store: ImportJobsStore;
  clock: ManualClock;
  visibility: ManualVisibility;
}

/** Creates a {@link LiveStore}; `random` is the retry jitter source (default 0: the shortest backoff). */
export function createLiveStore(random: () => number = () => 0): LiveStore {
  const clock = createManualClock();
  const visibility = createManualVisibility(true);
  const store = createImportJobsStore({
    now: clock.now,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    random,
    visibility,
  });
  return { store, clock, visibility };
}

/** A subscribed view with every result it published. */
export interface View {
  observer: ImportJobsObserver;
  results: ImportJobsObserverResult[];
  current(): ImportJobsObserverResult;
  unsubscribe(): void;
}

/** Creates and subscribes an observer (which fetches at once). */
export function openView(store: ImportJobsStore, options: ImportJobsObserverOptions): View {
  const observer = store.createObserver(options);
  const results: ImportJobsObserverResult[] = [];
  const unsubscribe = observer.subscribe(() => results.push(observer.getSnapshot()));
  return { observer, results, current: () => observer.getSnapshot(), unsubscribe };
}

/**
 * Waits (in real time, for real sockets) until `condition` holds; fails after `timeoutMs`, long enough for a loaded
 * 2-core machine: it catches a hang, not slowness.
 */
export async function until(condition: () => boolean, what = 'condition', timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Waits until the view has no request in flight. */
export function settled(view: View): Promise<void> {
  return until(() => !view.current().isFetching, 'the request to settle');
}

/** Lets queued microtasks (the store's delayed release) run. */
export function microtasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Wraps a fetcher to count the requests started, settled and in flight, and keep their signals. */
export function countingFetcher(fetcher: SegmentImportJobsFetcher) {
  const counts = { started: 0, settled: 0, signals: [] as AbortSignal[] };
  const wrapped: SegmentImportJobsFetcher = (request, init) => {
    counts.started++;
    counts.signals.push(init.signal);
    return fetcher(request, init).finally(() => {
      counts.settled++;
    });
  };
  return {
    fetcher: wrapped,
    counts,
    inFlight: () => counts.started - counts.settled,
  };
}
