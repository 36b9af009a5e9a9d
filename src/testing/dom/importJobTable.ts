import {
  type ImportJobTableQuery,
  type ImportJobTableReads,
  inspectImportJobTable,
} from '../inspectTable.js';
import { importJobTableActions } from '../tableActions.js';
import type {
  ImportJobRowProgress,
  ImportJobTableError,
  ImportJobTableOptions,
  ImportJobTableSortDirection,
  ImportJobTableSortState,
} from '../types.js';
import { assertElement, describeElement, nameMatches, selfAndDescendants } from './findElements.js';
import { click, waitUntil } from './interact.js';

/** One job's row of an {@link ImportJobTableWrapper}. Each query reads the row as it is now. */
export interface ImportJobRowWrapper {
  /** The job ID, as the row's `data-job-id` holds it. */
  readonly jobId: string;
  /** The row: `<tr data-job-id>`. */
  element(): HTMLTableRowElement;
  /** The job's wire `JobStatus`, from the row's `data-status`; `null` when the service sent none that is a string. */
  status(): string | null;
  /** The status as the badge shows it (`Completed`, `Processing`); throws when the Status column is hidden. */
  statusLabel(): string;
  /** The progress bar's counts: pieces completed, failed and in total; throws when the Progress column is hidden. */
  progress(): ImportJobRowProgress;
  /**
   * The cell of a column, by its id (`JobStatus`, `S3Url`, `CreationDate`, …: the table's column ids).
   *
   * @param columnId - The column.
   */
  cell(columnId: string): HTMLTableCellElement;
  /** The `href` of the link in the job's Id cell (the host's `getJobHref`), or `null` when the Id is plain text. */
  link(): string | null;
  /** The details the row's expander controls (its `aria-controls`), or `null` while the row is collapsed. */
  details(): HTMLElement | null;
  /** Presses the row's expander unless it is expanded; settles once the details are shown. */
  expand(): Promise<void>;
}

/**
 * One rendered `ImportJobTable`, alone or inside a panel, read through roles, accessible names and `data-*`
 * states. Queries are synchronous and read the table as it is now; a query for something missing throws an error
 * that names it. Actions return Promises that settle once the table shows their result, waiting as Testing
 * Library's `findBy*` queries do.
 */
export interface ImportJobTableWrapper {
  /** The `<table>` (role `table`, named by the table's title). */
  element(): HTMLTableElement;
  /** The job IDs of the rows, in display order; empty while loading, on an error and when there are no jobs. */
  rows(): string[];
  /**
   * The row of a job.
   *
   * @param jobId - The job ID (`data-job-id`).
   * @throws When no row shows that job: the message names it and lists the rows shown.
   */
  row(jobId: string): ImportJobRowWrapper;
  /** The column the table is sorted by (`aria-sort`) and which way, or `null` when unsorted. */
  sortState(): ImportJobTableSortState | null;
  /** The page shown, counting from 0; `0` when there is no pagination. */
  pageIndex(): number;
  /** The failure the table shows (its error panel, or its stale banner), or `null`. */
  error(): ImportJobTableError | null;
  /** Whether the rows are kept from before a refresh that failed (the stale banner). */
  isStale(): boolean;
  /** Whether the table is busy loading (`aria-busy`): the first page, or a page not shown yet. */
  isLoading(): boolean;
  /**
   * Presses a column's sort button; with `direction`, as often as it takes to sort that way. Settles once
   * `aria-sort` shows the new order.
   *
   * @param columnId - The column's id.
   * @param direction - The order wanted. Default: the next one (ascending, then descending, then none).
   */
  sortBy(columnId: string, direction?: ImportJobTableSortDirection): Promise<void>;
  /** Presses Next; settles once the next page is shown and the table is no longer busy. */
  nextPage(): Promise<void>;
  /** Presses Previous; settles once the previous page is shown and the table is no longer busy. */
  previousPage(): Promise<void>;
  /** Presses Try again (error panel or stale banner); settles once the error is gone and the table is not busy. */
  retry(): Promise<void>;
}

const HELPER = 'importJobTable';

/** Finds the one import job table in `container`: a `table` with column headers (`th[data-column]`). */
function findTable(container: Element, name: string | RegExp | undefined): HTMLTableElement {
  const tables = selfAndDescendants<HTMLTableElement>(container, 'table').filter(
    (table) =>
      (table.getAttribute('role') ?? 'table') === 'table' &&
      table.querySelector('thead th[data-column]') !== null,
  );
  const nameOf = (table: HTMLTableElement) => read(table, { read: 'name' });
  const matching = tables.filter((table) => nameMatches(nameOf(table), name));
  if (matching.length === 1) return matching[0] as HTMLTableElement;
  const wanted = name === undefined ? '' : ` named ${typeof name === 'string' ? `"${name}"` : String(name)}`;
  const seen = tables.map((table) => `"${nameOf(table)}"`).join(', ');
  if (matching.length === 0) {
    throw new Error(
      `${HELPER}: no import job table (role "table" with column headers)${wanted} in ${describeElement(container)}.${
        tables.length > 0 ? ` Tables there: ${seen}.` : ''
      }`,
    );
  }
  throw new Error(
    `${HELPER}: ${matching.length} import job tables${wanted} in ${describeElement(container)} (${seen}): pass { name } to pick one.`,
  );
}

/** One read of the table, or the error that says what is missing. */
function read<K extends keyof ImportJobTableReads>(
  table: Element,
  query: ImportJobTableQuery<K>,
): ImportJobTableReads[K] {
  const result = inspectImportJobTable(table, query);
  if (!result.ok) throw new Error(`${HELPER}: ${result.message}`);
  return result.value as ImportJobTableReads[K];
}

/**
 * Wraps the import job table rendered in `container`, for tests in a DOM (Vitest or Jest with jsdom, Testing
 * Library). The table is looked up again by every query, so the wrapper outlives re-renders and may be made before
 * the table loads.
 *
 * @example
 * ```tsx
 * const { container } = render(<SegmentImportJobs applicationId="app-1" segmentId="seg-1" fetcher={fetcher} />);
 * const table = importJobTable(container);
 * await vi.waitFor(() => expect(table.rows()).toHaveLength(20));
 * expect(table.row('job-1').status()).toBe('COMPLETED');
 * await table.nextPage();
 * ```
 *
 * @param container - An element holding the table (e.g. `render(...).container`), or the table itself.
 * @param options - Which table, and how long actions wait.
 * @throws A `TypeError` when `container` is not an element. Queries throw when there is no import job table, or
 *   more than one and no `name`.
 */
export function importJobTable(
  container: Element,
  options: ImportJobTableOptions = {},
): ImportJobTableWrapper {
  assertElement(HELPER, container);
  const { name, timeout } = options;
  const table = () => findTable(container, name);
  const get = <K extends keyof ImportJobTableReads>(query: ImportJobTableQuery<K>) => read(table(), query);
  /** Reads for a wait: `undefined` while the table or its part is missing. */
  const attempt = <T>(reader: () => T): T | undefined => {
    try {
      return reader();
    } catch {
      return undefined;
    }
  };
  const actions = importJobTableActions({
    get,
    async press(query, done, failure) {
      await click(get(query) as Element);
      await waitUntil(
        async () => (await done().catch(() => false)) === true,
        () =>
          `${HELPER}: ${failure()} ${attempt(() => get({ read: 'summary' })) ?? 'There is no import job table now.'}`,
        timeout,
      );
    },
  });

  return {
    element: table,
    rows: () => get({ read: 'rows' }),
    row(jobId) {
      // Throws now when the row is missing, and again from any query once it is gone.
      get({ read: 'row', jobId });
      const details = () => get({ read: 'details', jobId });
      return {
        jobId,
        element: () => get({ read: 'row', jobId }),
        status: () => get({ read: 'status', jobId }),
        statusLabel: () => get({ read: 'statusLabel', jobId }),
        progress: () => get({ read: 'progress', jobId }),
        cell: (columnId) => get({ read: 'cell', jobId, columnId }),
        link: () => get({ read: 'link', jobId }),
        details,
        expand: () => actions.expand(jobId),
      };
    },
    sortState: () => get({ read: 'sortState' }),
    pageIndex: () => get({ read: 'pageIndex' }),
    error: () => get({ read: 'error' }),
    isStale: () => get({ read: 'isStale' }),
    isLoading: () => get({ read: 'isLoading' }),
    sortBy: actions.sortBy,
    nextPage: actions.nextPage,
    previousPage: actions.previousPage,
    retry: actions.retry,
  };
}
