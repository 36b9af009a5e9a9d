import type { HTMLAttributes, MouseEvent, ReactNode } from 'react';
import type { PinpointError } from '../../core/errors.js';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobsI18nProps } from '../../i18n/ImportJobsI18nProvider.js';
import type { ImportJobColumnId, ImportJobColumnVisibility } from './columnIds.js';

/** Token paging, as the hook exposes it: there is no total, only a page number and neighbours. */
export interface ImportJobTablePagination {
  /** The zero-based index of the page shown ("Page 2" for index 1). */
  pageIndex: number;
  /** Whether a next page exists (the last response had a `NextToken`). */
  hasNextPage: boolean;
  /** Whether a previous page exists. */
  hasPreviousPage: boolean;
  /** Goes to the next page. */
  onNext: () => void;
  /** Goes to the previous page. */
  onPrevious: () => void;
}

/** One sorted column. */
export interface ImportJobTableSort {
  /** The column sorted by. */
  id: ImportJobColumnId;
  /** Whether the order is descending. */
  desc: boolean;
}

/** How tall rows are: `comfortable` (at most 2.75rem at one line) or `compact` (at most 2rem). */
export type ImportJobTableDensity = 'comfortable' | 'compact';

/**
 * What the user sets in the table's Preferences (as Cloudscape's collection preferences), controlled with
 * `preferences` and `onPreferencesChange` or left to the table, so a host can persist them.
 */
export interface ImportJobTablePreferences {
  /** How tall rows are. Default: `'comfortable'`. */
  density: ImportJobTableDensity;
  /**
   * Whether long values (ids, URLs, ARNs, names) wrap onto more lines instead of being cut with an ellipsis.
   * Default: `false` (one line per row).
   */
  wrapLines: boolean;
  /** The visible columns. Default: `DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY`. */
  columnVisibility: ImportJobColumnVisibility;
}

/** The parts of {@link ImportJobTable} a `classNames` entry can style, in addition to their `pij-*` class. */
export type ImportJobTablePart =
  | 'toolbar'
  | 'columnPicker'
  | 'sortNote'
  | 'staleBanner'
  | 'table'
  | 'caption'
  | 'head'
  | 'headerCell'
  | 'sortButton'
  | 'body'
  | 'row'
  | 'cell'
  | 'expandButton'
  | 'detailRow'
  | 'detail'
  | 'skeletonRow'
  | 'emptyState'
  | 'errorPanel'
  | 'retryButton'
  | 'pagination';

/** Extra class names for the parts of {@link ImportJobTable}. */
export type ImportJobTableClassNames = Partial<Record<ImportJobTablePart, string>>;

/**
 * The state a table shows, as in the root's `data-state`: `loading` (first load, skeleton rows), `error` (first
 * load failed, no rows), `empty` (no jobs, no error), `idle` (nothing loaded and nothing loading, as a disabled
 * view: no empty state claimed), `stale` (rows kept, last refresh failed) or `ready`.
 */
export type ImportJobTableState = 'loading' | 'error' | 'empty' | 'idle' | 'stale' | 'ready';

/**
 * Props of {@link ImportJobTable}. Every state prop is explicit, so hosts with their own data layer can drive the
 * table; `getImportJobTableProps(result)` maps the hook's result to them. `className`, `style`, `id` and `data-*`
 * go to the root `<div>`.
 */
export interface ImportJobTableProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children'>,
    ImportJobsI18nProps {
  /**
   * The jobs of the page, normalised. Rows are memoised by job identity: keep unchanged job objects identical
   * between renders (the hook's store does) and only the rows of changed jobs re-render.
   */
  jobs: readonly ImportJob[];
  /**
   * Whether a load is running. With no jobs it shows skeleton rows; the table is `aria-busy` either way, except
   * behind the error panel, where a retry runs without announcing "Loading" over the error. Default: `false`.
   */
  loading?: boolean | undefined;
  /**
   * Whether nothing was loaded because nothing was asked for yet (a disabled view, the hook's `status: 'idle'`):
   * with no jobs, no error and no load, the table shows its headers and no "No import jobs". Default: `false`.
   */
  idle?: boolean | undefined;
  /**
   * The failure of the last load. With no jobs the table shows an error panel with retry; with jobs it shows the
   * stale banner and keeps the rows. Default: none.
   */
  error?: PinpointError | Error | null | undefined;
  /** Retries the failed load: shows a retry button in the error panel and the stale banner. Default: none (no button). */
  onRetry?: (() => void) | undefined;
  /** Whether the rows shown are out of date because the last refresh failed: shows the stale banner. Default: `false`. */
  stale?: boolean | undefined;
  /** When the data shown was fetched (epoch ms or a `Date`): the stale banner shows its age. Default: none. */
  updatedAt?: number | Date | null | undefined;
  /** Token paging controls; with more than one page, a note says sorting applies to this page. Default: none. */
  pagination?: ImportJobTablePagination | undefined;
  /**
   * The user's preferences (density, wrapped lines, visible columns), controlled: pair with `onPreferencesChange`.
   * Members left out take their defaults. Default: uncontrolled.
   */
  preferences?: Partial<ImportJobTablePreferences> | undefined;
  /** The first preferences when uncontrolled; members left out take their defaults. Default: none. */
  defaultPreferences?: Partial<ImportJobTablePreferences> | undefined;
  /** Called with the next preferences, all members set, when the user changes one. Default: none. */
  onPreferencesChange?: ((preferences: ImportJobTablePreferences) => void) | undefined;
  /**
   * Controls shown in the toolbar, between the caption and Preferences (the panel puts Refresh, Auto-refresh and
   * the last-updated time there). Default: none.
   */
  actions?: ReactNode;
  /**
   * The visible columns, controlled; wins over `preferences.columnVisibility`. Pair with
   * `onColumnVisibilityChange`. Default: uncontrolled.
   */
  columnVisibility?: ImportJobColumnVisibility | undefined;
  /** The initial visible columns when uncontrolled. Default: `DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY`. */
  defaultColumnVisibility?: ImportJobColumnVisibility | undefined;
  /** Called with the next visibility when the user shows or hides a column. Default: none. */
  onColumnVisibilityChange?: ((visibility: ImportJobColumnVisibility) => void) | undefined;
  /**
   * Whether to show Preferences (density, wrapped lines and the columns' checkboxes, which were the column picker)
   * in the toolbar. Default: `true`.
   */
  showColumnPicker?: boolean | undefined;
  /** The sort order, controlled. Pair with `onSortingChange`. Default: uncontrolled. */
  sorting?: readonly ImportJobTableSort[] | undefined;
  /** The initial sort order when uncontrolled. Default: `[]` (the order of the service). */
  defaultSorting?: readonly ImportJobTableSort[] | undefined;
  /** Called with the next sort order when the user sorts. Default: none. */
  onSortingChange?: ((sorting: ImportJobTableSort[]) => void) | undefined;
  /** The ids of the jobs whose rows start expanded. Default: none. */
  defaultExpandedJobIds?: readonly string[] | undefined;
  /** How many skeleton rows show while the first page loads. Default: `3`. */
  skeletonRows?: number | undefined;
  /** Extra class names for the table's parts. Keep the object stable (rows are memoised). Default: none. */
  classNames?: ImportJobTableClassNames | undefined;
  /**
   * The link of a job's page (`/imports/${job.Id}`): its ID becomes a real link, so middle-click and open in a new
   * tab work. Allowed: a path from the root (not `//` or `/\`), `./`, `?`, `#`, and `http:` or `https:` URLs;
   * anything else, or `undefined`, shows the ID as text. Keep the function stable (rows are memoised).
   * Default: none (IDs as text).
   */
  getJobHref?: ((job: ImportJob) => string | undefined) | undefined;
  /**
   * Called on a plain left click on a job's link (no Ctrl, Cmd, Shift or Alt): a single-page app's router calls
   * `event.preventDefault()` and navigates itself. Other clicks are left to the browser. Default: none.
   */
  onFollowJob?: ((job: ImportJob, event: MouseEvent<HTMLAnchorElement>) => void) | undefined;
}

export type { ImportJobColumnId, ImportJobColumnVisibility };
