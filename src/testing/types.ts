/** A job's progress as its row shows it: pieces completed, failed and in total (`0` while the total is unknown). */
export interface ImportJobRowProgress {
  /** Pieces completed, at most `total`. */
  completed: number;
  /** Pieces that failed, at most `total - completed`. */
  failed: number;
  /** Pieces in all; `0` while the service has not said. */
  total: number;
}

/** How an import job table is sorted: the column whose header carries `aria-sort`, and which way. */
export interface ImportJobTableSortState {
  /** The id of the sorted column (`CreationDate`, `JobStatus`, …), from its header's `data-column`. */
  columnId: string;
  /** Which way, as `aria-sort` says. */
  direction: 'ascending' | 'descending';
}

/** The failure an import job table shows, in its error panel or in its stale banner. */
export interface ImportJobTableError {
  /** The error's name (`ForbiddenException`, `NetworkError`, …), from the panel's `data-error`. */
  name: string;
  /** The message the user reads, e.g. `You do not have permission to see these import jobs.` */
  message: string;
  /** The request ID the panel shows for support, or `null` when it shows none. */
  requestId: string | null;
}

/** Which way `sortBy` sorts: as `aria-sort` names it. */
export type ImportJobTableSortDirection = ImportJobTableSortState['direction'];

/** Options of `importJobTable`. */
export interface ImportJobTableOptions {
  /**
   * The table's accessible name (its title), when the container holds more than one import job table: a string
   * matches the whole name, a `RegExp` any part of it. Default: the one import job table in the container.
   */
  name?: string | RegExp | undefined;
  /**
   * How long an action waits for the table to catch up, in milliseconds. Default: Testing Library's
   * `asyncUtilTimeout` (1,000 ms) in the DOM; 5,000 ms in Playwright.
   */
  timeout?: number | undefined;
}
