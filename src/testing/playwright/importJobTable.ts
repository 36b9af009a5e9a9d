import type { Locator } from 'playwright-core';
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
import {
  attribute,
  DEFAULT_TIMEOUT,
  elementOf,
  type PlaywrightScope,
  pageOf,
  settle,
  until,
} from './scope.js';

/** One job's row of a {@link PlaywrightImportJobTable}: locators, and reads of the row as it is now. */
export interface PlaywrightImportJobRow {
  /** The job ID. */
  readonly jobId: string;
  /** The row: `tr[data-job-id]` of the table. */
  readonly locator: Locator;
  /** The job's wire `JobStatus` (`data-status`), or `null`. Rejects when the row is missing. */
  status(): Promise<string | null>;
  /** The status as the badge shows it (`Completed`). */
  statusLabel(): Promise<string>;
  /** The progress bar's counts: pieces completed, failed and in total. */
  progress(): Promise<ImportJobRowProgress>;
  /**
   * The cell of a column, by its id (`JobStatus`, `S3Url`, …): a locator, for Playwright's assertions.
   *
   * @param columnId - The column.
   */
  cell(columnId: string): Locator;
  /** The `href` of the link in the job's Id cell, or `null` when the Id is plain text. */
  link(): Promise<string | null>;
  /** The details the row's expander controls (`aria-controls`), or `null` while the row is collapsed. */
  details(): Promise<Locator | null>;
  /** Presses the row's expander unless it is expanded; settles once the details are shown. */
  expand(): Promise<void>;
}

/**
 * One rendered `ImportJobTable` in a page, for Playwright: the same queries as `importJobTable` of
 * `pinpoint-import-jobs/testing`, as locators and async reads. A read reads the table as it is now and rejects at
 * once, naming what it looked for, when that is missing; wait with `expect.poll(() => table.rows())` or with
 * web-first assertions on the locators. Actions settle once the table shows their result.
 */
export interface PlaywrightImportJobTable {
  /** The table: role `table`, with column headers. */
  readonly locator: Locator;
  /** The job IDs of the rows, in display order. */
  rows(): Promise<string[]>;
  /**
   * The row of a job.
   *
   * @param jobId - The job ID (`data-job-id`).
   */
  row(jobId: string): PlaywrightImportJobRow;
  /** The sorted column (`aria-sort`) and which way, or `null`. */
  sortState(): Promise<ImportJobTableSortState | null>;
  /** The page shown, counting from 0. */
  pageIndex(): Promise<number>;
  /** The failure the table shows (error panel or stale banner), or `null`. */
  error(): Promise<ImportJobTableError | null>;
  /** Whether the rows are kept from before a refresh that failed. */
  isStale(): Promise<boolean>;
  /** Whether the table is busy loading (`aria-busy`). */
  isLoading(): Promise<boolean>;
  /**
   * Presses a column's sort button; with `direction`, until it sorts that way. Settles once `aria-sort` changed.
   *
   * @param columnId - The column's id.
   * @param direction - The order wanted. Default: the next one.
   */
  sortBy(columnId: string, direction?: ImportJobTableSortDirection): Promise<void>;
  /** Presses Next; settles once the next page is shown and the table is not busy. */
  nextPage(): Promise<void>;
  /** Presses Previous; settles once the previous page is shown and the table is not busy. */
  previousPage(): Promise<void>;
  /** Presses Try again; settles once the error is gone and the table is not busy. */
  retry(): Promise<void>;
}

const HELPER = 'importJobTable';

/**
 * Wraps the import job table in a page, for Playwright tests.
 *
 * @example
 * ```ts
 * const table = importJobTable(page);
 * await expect.poll(() => table.rows()).toHaveLength(20);
 * await expect(table.row('job-1').cell('JobStatus')).toHaveText('Completed');
 * await table.nextPage();
 * ```
 *
 * @param scope - The page, or a locator of an element holding the table.
 * @param options - Which table (`name`), and how long actions wait (`timeout`, default 5,000 ms).
 */
export function importJobTable(
  scope: PlaywrightScope,
  options: ImportJobTableOptions = {},
): PlaywrightImportJobTable {
  const { name, timeout = DEFAULT_TIMEOUT } = options;
  const page = pageOf(scope);
  const headers = page.locator('thead th[data-column]');
  const locator = (
    name === undefined
      ? scope.locator('table')
      : scope.getByRole('table', { name, exact: typeof name === 'string' })
  ).filter({ has: headers });

  /** Checks that there is exactly one table, so reads never wait for one. */
  const one = async () => {
    const count = await locator.count();
    if (count === 1) return;
    const wanted =
      name === undefined ? '' : ` named ${typeof name === 'string' ? `"${name}"` : String(name)}`;
    throw new Error(
      count === 0
        ? `${HELPER}: no import job table (role "table" with column headers)${wanted} in the page.`
        : `${HELPER}: ${count} import job tables${wanted} in the page: pass { name } to pick one.`,
    );
  };
  const get = async <K extends keyof ImportJobTableReads>(query: ImportJobTableQuery<K>) => {
    await one();
    return settle<ImportJobTableReads[K]>(HELPER, await locator.evaluate(inspectImportJobTable, query));
  };
  const actions = importJobTableActions({
    get,
    async press(query, done, failure) {
      await one();
      const element = await elementOf(HELPER, await locator.evaluateHandle(inspectImportJobTable, query));
      await element.click();
      await element.dispose();
      await until(
        done,
        async () => `${HELPER}: ${failure()} ${await get({ read: 'summary' }).catch(() => '')}`,
        timeout,
      );
    },
  });

  return {
    locator,
    rows: () => get({ read: 'rows' }),
    row(jobId) {
      const row = locator.locator(`tbody > tr${attribute('data-job-id', jobId)}`);
      const details = async () => {
        const id = await get({ read: 'detailsId', jobId });
        return id === null ? null : page.locator(attribute('id', id));
      };
      return {
        jobId,
        locator: row,
        status: () => get({ read: 'status', jobId }),
        statusLabel: () => get({ read: 'statusLabel', jobId }),
        progress: () => get({ read: 'progress', jobId }),
        cell: (columnId) => row.locator(`> td${attribute('data-column', columnId)}`),
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
