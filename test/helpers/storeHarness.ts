import { vi } from 'vitest';
import {
  createImportJobsStore,
  createManualVisibility,
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

/** What {@link watch} needs of an observer of any kind. */
interface Watchable<TResult> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): TResult;
}

/** Subscribes to an observer and records every result it publishes. */
export function watch<TResult = ImportJobsObserverResult>(observer: Watchable<TResult>) {
  const results: TResult[] = [];
  const unsubscribe = observer.subscribe(() => results.push(observer.getSnapshot()));
  return { results, unsubscribe, current: () => observer.getSnapshot() };
}

/** Lets settled promises run (fake timers stay where they are). */
export function flush(): Promise<void> {
  return vi.advanceTimersByTimeAsync(0).then(() => undefined);
}
