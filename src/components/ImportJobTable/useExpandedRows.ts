import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Which rows show their details, by row key, and a stable toggle. A job gone from the rows takes its expansion with
 * it: if it comes back (another page, a later poll), it comes back closed. Keys never seen as rows
 * (`defaultExpandedJobIds` before the first load) are kept. Internal.
 *
 * @param rowKeys - The keys of the rows shown.
 * @param initial - The keys expanded at first.
 */
export function useExpandedRows(
  rowKeys: readonly string[],
  initial: readonly string[] | undefined,
): [ReadonlySet<string>, (key: string) => void] {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(initial));
  const toggle = useCallback((key: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const shownKeys = useRef<readonly string[]>([]);
  useEffect(() => {
    const present = new Set(rowKeys);
    const gone = shownKeys.current.filter((key) => !present.has(key));
    shownKeys.current = rowKeys;
    if (gone.length === 0) return;
    setExpanded((previous) => {
      if (!gone.some((key) => previous.has(key))) return previous;
      const next = new Set(previous);
      for (const key of gone) next.delete(key);
      return next;
    });
  }, [rowKeys]);
  return [expanded, toggle];
}
