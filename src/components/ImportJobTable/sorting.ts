import {
  createColumnHelper,
  createSortedRowModel,
  type Row,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { ImportJob } from '../../core/types.js';
import { IMPORT_JOB_COLUMNS } from './columns.js';

/**
 * The TanStack Table features of the import job table: client sorting of the rows shown. Column visibility is the
 * table's own state (it only filters the columns rendered), which keeps TanStack's visibility feature out of the
 * bundle.
 */
export const importJobTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
});

const helper = createColumnHelper<typeof importJobTableFeatures, ImportJob>();

/**
 * Compares the sort values of two rows: numbers by value, text as the locale collates it, with the numbers in it
 * compared by value (`job-2` before `job-10`). Missing values never get here: columns sort them last.
 */
function createCompareRows(locale: string | undefined) {
  const collator = new Intl.Collator(locale, { numeric: true });
  return (a: Row<typeof importJobTableFeatures, ImportJob>, b: typeof a, id: string): number => {
    const x = a.getValue<string | number>(id);
    const y = b.getValue<string | number>(id);
    return typeof x === 'number' && typeof y === 'number'
      ? Math.sign(x - y)
      : collator.compare(String(x), String(y));
  };
}

/**
 * The TanStack column definitions, from the column registry: the accessor is the sort value; the table renders the
 * headers and the memoised rows render the cells.
 *
 * @param locale - Orders text; `undefined` for the runtime's default locale.
 */
export function createImportJobColumns(locale: string | undefined) {
  const sortFn = createCompareRows(locale);
  return helper.columns(
    IMPORT_JOB_COLUMNS.map(({ id, sortValue }) =>
      helper.accessor(sortValue, { id, sortFn, sortUndefined: 'last' }),
    ),
  );
}
