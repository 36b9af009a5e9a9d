import { vi } from 'vitest';
import {
  createImportJobsStore,
  createManualVisibility,
  type ImportJobsObserver,
  type ImportJobsObserverResult,
} from '../../src/core/store/index.js';
import { createFakeFetcher } from './fakeFetcher.js';

/** A store on fake timers with a hand-driven visibility, the lowest jitter and a fake fetcher. */
export function setup({ visible = true }: { visible?: boolean } = {}) {
  const visibility = createManualVisibility(visible);
  const store = createImportJobsStore({ visibility, random: () => 0 });
  const fetcher = createFakeFetcher();
  return { store, visibility, fetcher };
}

/** Subscribes to an observer and records every result it publishes. */
export function watch(observer: ImportJobsObserver) {
  const results: ImportJobsObserverResult[] = [];
  const unsubscribe = observer.subscribe(() => results.push(observer.getSnapshot()));
  return { results, unsubscribe, current: () => observer.getSnapshot() };
}

/** Lets settled promises run (fake timers stay where they are). */
export function flush(): Promise<void> {
  return vi.advanceTimersByTimeAsync(0).then(() => undefined);
}
