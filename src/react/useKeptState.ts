import { useCallback, useState } from 'react';
import type { ImportJobsKeptState } from '../core/store/index.js';

/**
 * State of a list panel kept with its list's place in the store, such as its sort: like `useState`, but the value
 * comes back when the panel mounts again within 5 minutes (back navigation), as the page does. Pass the `kept` of the
 * list's result and a name of the panel's own; every `set` is kept.
 *
 * @example
 * ```tsx
 * const result = useApplicationImportJobs({ applicationId, fetcher });
 * const [sorting, setSorting] = useKeptState(result.kept, 'sorting', defaultSorting);
 * ```
 *
 * @param kept - `result.kept` of `useSegmentImportJobs` or `useApplicationImportJobs`.
 * @param name - What the value is kept under; the same name must always hold the same type.
 * @param initialValue - The value when none is kept.
 * @returns The value, and a setter that keeps each value it is given (a value, not an updater function).
 */
export function useKeptState<T>(
  kept: ImportJobsKeptState,
  name: string,
  initialValue: T,
): [value: T, setValue: (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = kept.get(name);
    return stored === undefined ? initialValue : (stored as T);
  });
  const keep = useCallback(
    (next: T) => {
      kept.set(name, next);
      setValue(next);
    },
    [kept, name],
  );
  return [value, keep];
}
