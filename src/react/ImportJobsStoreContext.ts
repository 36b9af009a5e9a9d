import { createContext, useContext } from 'react';
import { createImportJobsStore, type ImportJobsStore } from '../core/store/index.js';

/** The store of the nearest `ImportJobsProvider`, or `undefined` outside one. */
export const ImportJobsStoreContext = createContext<ImportJobsStore | undefined>(undefined);

let defaultStore: ImportJobsStore | undefined;

/**
 * The module-level store hooks use outside an `ImportJobsProvider`, created on first use (it touches no `window` or
 * `document` until a hook mounts).
 */
export function getDefaultImportJobsStore(): ImportJobsStore {
  defaultStore ??= createImportJobsStore();
  return defaultStore;
}

/** The store of the nearest `ImportJobsProvider`, else the default module-level store. */
export function useImportJobsStore(): ImportJobsStore {
  return useContext(ImportJobsStoreContext) ?? getDefaultImportJobsStore();
}
