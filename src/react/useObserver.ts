import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ImportJobsStore } from '../core/store/index.js';
import { useImportJobsStore } from './ImportJobsStoreContext.js';

/** What the hooks need of an observer of the store, of any kind. */
export interface BoundObserver<TOptions, TResult> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): TResult;
  getOptimisticResult(options: TOptions): TResult;
  setOptions(options: TOptions): void;
}

/**
 * Binds an observer of the nearest store to a component: creates it once (again only if the store changes), hands it
 * the options in an effect and reads its result with `useSyncExternalStore`. No fetch logic of its own. Internal:
 * every hook of the package is this with its own kind of observer.
 *
 * @param options - The hook's options.
 * @param create - Creates the observer of these options in a store.
 */
export function useObserver<TOptions, TResult>(
  options: TOptions,
  create: (store: ImportJobsStore, options: TOptions) => BoundObserver<TOptions, TResult>,
): TResult {
  const store = useImportJobsStore();
  const [current, setCurrent] = useState(() => ({ store, observer: create(store, options) }));
  let observer = current.observer;
  if (current.store !== store) {
    observer = create(store, options);
    setCurrent({ store, observer });
  }

  // Runs before the subscription below, so the first subscribe already sees the committed options.
  useEffect(() => {
    observer.setOptions(options);
  });

  useSyncExternalStore(observer.subscribe, observer.getSnapshot, observer.getSnapshot);
  return observer.getOptimisticResult(options);
}
