import type { ReactNode } from 'react';
import type { ImportJobsStore } from '../core/store/index.js';
import { ImportJobsStoreContext } from './ImportJobsStoreContext.js';

/** The props of {@link ImportJobsProvider}. */
export interface ImportJobsProviderProps {
  /**
   * The store every hook below reads (`useSegmentImportJobs`, `useApplicationImportJobs`, `useImportJob`), made with
   * `createImportJobsStore()`. Required.
   */
  store: ImportJobsStore;
  /** The part of the tree that uses the store. */
  children?: ReactNode | undefined;
}

/**
 * Gives every hook below it one store, so every observer of the same page (or job) shares one request and
 * one timer, and `store.invalidate` reaches them. Optional: without it, hooks use a default module-level store.
 */
export function ImportJobsProvider({ store, children }: ImportJobsProviderProps) {
  return <ImportJobsStoreContext.Provider value={store}>{children}</ImportJobsStoreContext.Provider>;
}
