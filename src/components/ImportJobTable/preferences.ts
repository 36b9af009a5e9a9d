import { useCallback, useMemo } from 'react';
import { useControllableState } from '../shared/useControllableState.js';
import { DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY } from './columnIds.js';
import type { ImportJobTablePreferences, ImportJobTableProps } from './interfaces.js';

/** Preferences with every member set: what is missing, or not one of its values, takes its default. */
const complete = (preferences: Partial<ImportJobTablePreferences>): ImportJobTablePreferences => ({
  density: preferences.density === 'compact' ? 'compact' : 'comfortable',
  wrapLines: preferences.wrapLines === true,
  columnVisibility: preferences.columnVisibility ?? DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY,
});

/**
 * The table's preferences, controlled (`preferences`) or its own, with the older column visibility props on top:
 * `columnVisibility` wins over `preferences.columnVisibility`, and a change of columns also goes to
 * `onColumnVisibilityChange`. Returns them (the same object while nothing changed) and a stable function that
 * applies a change. Internal.
 */
export function useTablePreferences(
  props: Pick<
    ImportJobTableProps,
    | 'preferences'
    | 'defaultPreferences'
    | 'onPreferencesChange'
    | 'columnVisibility'
    | 'defaultColumnVisibility'
    | 'onColumnVisibilityChange'
  >,
): [ImportJobTablePreferences, (change: Partial<ImportJobTablePreferences>) => void] {
  const [base, setBase] = useControllableState<Partial<ImportJobTablePreferences>>(
    props.preferences,
    () => ({ columnVisibility: props.defaultColumnVisibility, ...props.defaultPreferences }),
    (next) => {
      props.onPreferencesChange?.(complete(next));
      if (next.columnVisibility !== base.columnVisibility)
        props.onColumnVisibilityChange?.(complete(next).columnVisibility);
    },
  );
  const { density, wrapLines, columnVisibility } = complete(base);
  const visibility = props.columnVisibility ?? columnVisibility;
  return [
    useMemo(() => ({ density, wrapLines, columnVisibility: visibility }), [density, wrapLines, visibility]),
    useCallback((change) => setBase((previous) => ({ ...previous, ...change })), [setBase]),
  ];
}
