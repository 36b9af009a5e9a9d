import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobsMessages } from '../../i18n/messages.js';
import { IMPORT_JOB_COLUMN_IDS, type ImportJobColumnId } from './columnIds.js';
import { getSortValue } from './values.js';

/** The TanStack Table features of the import job table: client sorting of the rows shown, column visibility. */
export const importJobTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof importJobTableFeatures, ImportJob>();

const NUMERIC: ReadonlySet<ImportJobColumnId> = new Set([
  'Progress',
  'TotalProcessed',
  'Failures',
  'CreationDate',
  'CompletionDate',
  'Duration',
  'DefineSegment',
  'RegisterEndpoints',
]);

/**
 * The TanStack column definitions: the accessor is the sort value; cells are rendered by the memoised rows.
 *
 * @param messages - Give the headers their text.
 */
export function createImportJobColumns(messages: ImportJobsMessages) {
  return helper.columns(
    IMPORT_JOB_COLUMN_IDS.map((id) =>
      helper.accessor((job) => getSortValue(id, job), {
        id,
        header: () => messages.columns[id],
        sortFn: NUMERIC.has(id) ? 'basic' : 'alphanumeric',
        sortUndefined: 'last',
        enableHiding: id !== 'Id',
      }),
    ),
  );
}
