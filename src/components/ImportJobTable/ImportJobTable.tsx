import { type ColumnSort, type Updater, useTable } from '@tanstack/react-table';
import { forwardRef, useId, useMemo, useRef } from 'react';
import type { ImportJob } from '../../core/types.js';
import { I18nContext } from '../../i18n/context.js';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { cx } from '../shared/cx.js';
import { useControllableState } from '../shared/useControllableState.js';
import { useCopyToClipboard } from '../shared/useCopyToClipboard.js';
import { useNow } from '../shared/useNow.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';
import { useColumnLayout } from './columnLayout.js';
import { type CellContext, IMPORT_JOB_COLUMNS } from './columns.js';
import { ImportJobRow } from './ImportJobRow.js';
import type { ImportJobTableClassNames, ImportJobTableProps, ImportJobTableSort } from './interfaces.js';
import { Pagination } from './Pagination.js';
import { useTablePreferences } from './preferences.js';
import { idSafe, rowKeysOf, rowsOf } from './rowKeys.js';
import { SortHeader } from './SortHeader.js';
import { EmptyState, ErrorPanel, StaleBanner } from './StatePanels.js';
import { showFullValue } from './showFullValue.js';
import { createImportJobColumns, importJobTableFeatures } from './sorting.js';
import { TableToolbar } from './TableToolbar.js';
import { getImportJobTableState } from './tableState.js';
import { useExpandedRows } from './useExpandedRows.js';
import { useFocusHandOff } from './useFocusHandOff.js';
import { useScrollFlag } from './useScrollFlag.js';

const NO_CLASSES: ImportJobTableClassNames = {};
const NO_SORTING: readonly ImportJobTableSort[] = [];

const resolve = <T,>(updater: Updater<T>, previous: T): T =>
  typeof updater === 'function' ? (updater as (old: T) => T)(previous) : updater;

/**
 * A table of import jobs on TanStack Table v9, made for an admin page: a real `<table>` with `table-layout: fixed`
 * and one line per row, long values cut with an ellipsis (in full on hover, on keyboard focus and in the details),
 * sortable headers (`aria-sort`, sorting the rows shown), Preferences (density, wrapped lines, visible columns),
 * expandable rows with the full `Definition` and the failures, and the loading, error, empty and stale states. With
 * more columns than fit, the table scrolls sideways in its own labelled region, its first columns and header in
 * view. Rows are memoised by job identity.
 *
 * @example
 * ```tsx
 * const result = useSegmentImportJobs({ applicationId, segmentId, fetcher });
 * return <ImportJobTable {...getImportJobTableProps(result)} />;
 * ```
 */
export const ImportJobTable = forwardRef<HTMLDivElement, ImportJobTableProps>(function ImportJobTable(
  {
    jobs,
    loading = false,
    idle = false,
    error: errorProp,
    onRetry,
    stale = false,
    updatedAt,
    pagination,
    preferences: preferencesProp,
    defaultPreferences,
    onPreferencesChange,
    columnVisibility: columnVisibilityProp,
    defaultColumnVisibility,
    onColumnVisibilityChange,
    showColumnPicker = true,
    actions,
    sorting: sortingProp,
    defaultSorting = NO_SORTING,
    onSortingChange,
    defaultExpandedJobIds,
    skeletonRows = 3,
    classNames = NO_CLASSES,
    getJobHref,
    onFollowJob,
    className,
    locale,
    messages: messageOverrides,
    ...rest
  },
  ref,
) {
  const i18n = useImportJobsI18n({ locale, messages: messageOverrides });
  const { messages } = i18n;
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const noteId = `${baseId}-sort-note`;

  const [preferences, changePreferences] = useTablePreferences({
    preferences: preferencesProp,
    defaultPreferences,
    onPreferencesChange,
    columnVisibility: columnVisibilityProp,
    defaultColumnVisibility,
    onColumnVisibilityChange,
  });
  const { columnVisibility } = preferences;
  // Each next sort order is a fresh array: the host may keep it as its own.
  const [sorting, setSorting] = useControllableState<readonly ImportJobTableSort[]>(
    sortingProp,
    defaultSorting,
    onSortingChange as ((next: readonly ImportJobTableSort[]) => void) | undefined,
  );

  // A cancelled request is never shown to users: it is not a failure.
  const error = errorProp?.name === 'AbortError' ? undefined : errorProp;
  const rows = useMemo(() => rowsOf(jobs), [jobs]);
  const rowKeys = useMemo(() => rowKeysOf(rows), [rows]);
  const [expanded, toggleExpanded] = useExpandedRows(rowKeys, defaultExpandedJobIds);
  // Column visibility is the table's own state, not TanStack's: the rows render only these columns, in order.
  const visibleColumns = useMemo(
    () => IMPORT_JOB_COLUMNS.filter(({ id }) => columnVisibility[id] !== false),
    [columnVisibility],
  );
  const table = useTable({
    features: importJobTableFeatures,
    columns: useMemo(() => createImportJobColumns(i18n.locale), [i18n.locale]),
    data: rows as ImportJob[],
    getRowId: (_job, index) => rowKeys[index] ?? `${index}`,
    state: useMemo(() => ({ sorting: sorting as ColumnSort[] }), [sorting]),
    sortDescFirst: false,
    onSortingChange: (updater) =>
      setSorting((previous) => resolve(updater, previous as ColumnSort[]) as ImportJobTableSort[]),
  });

  const state = getImportJobTableState({ jobs: rows, loading, idle, error, stale });
  // A retry behind the error panel does not announce "Loading" over the error, nor make the table busy.
  const busy = loading && state !== 'error';
  // No sorting what is not there: the error panel's header row has no sort buttons.
  const sortable = state !== 'error';
  const layout = useColumnLayout(rows, visibleColumns, i18n, sortable ? sorting[0]?.id : undefined);
  const focus = useFocusHandOff();
  const region = useScrollFlag();
  // Pagination only when there is somewhere to go: a single page has none.
  const multiPage =
    pagination !== undefined &&
    (pagination.hasNextPage || pagination.hasPreviousPage || pagination.pageIndex > 0);
  const updatedAtMs =
    updatedAt instanceof Date ? updatedAt.getTime() : typeof updatedAt === 'number' ? updatedAt : undefined;
  const now = useNow(state === 'stale' && updatedAtMs !== undefined);
  const [copyStatus, copy] = useCopyToClipboard();
  // The latest onFollowJob, without re-rendering every row when the host passes a new function.
  const follow = useRef(onFollowJob);
  follow.current = onFollowJob;
  const cellContext = useMemo<CellContext>(
    () => ({
      i18n,
      copy: (text) => void copy(text),
      jobHref: getJobHref,
      followJob: (job, event) => follow.current?.(job, event),
    }),
    [i18n, copy, getJobHref],
  );
  const colSpan = visibleColumns.length + 1;
  const headers = (table.getHeaderGroups()[0]?.headers ?? []).filter(
    (header) => columnVisibility[header.column.id as keyof typeof columnVisibility] !== false,
  );

  return (
    <I18nContext.Provider value={i18n}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: focus events only follow where focus is; nothing reacts to the user here. */}
      <div
        {...rest}
        ref={ref}
        className={cx('pij-table', className)}
        data-state={state}
        data-density={preferences.density}
        data-wrap-lines={preferences.wrapLines || undefined}
        data-loading={busy || undefined}
        data-stale={state === 'stale' || undefined}
        onFocus={(event) => {
          focus.handlers.onFocus(event);
          rest.onFocus?.(event);
        }}
        onBlur={(event) => {
          focus.handlers.onBlur(event);
          rest.onBlur?.(event);
        }}
      >
        {/* Always there, so assistive tech hears "Loading…" arrive: a live region born with its text often is not. */}
        <span role="status" style={visuallyHidden}>
          {busy ? messages.loading : ''}
        </span>
        <span role="status" className="pij-table__copy-status" data-copy-status={copyStatus}>
          {copyStatus === 'copied' ? messages.copied : copyStatus === 'failed' ? messages.copyFailed : ''}
        </span>
        {/* The region that scrolls sideways when the columns do not fit: named by the title, and focusable so that
            keyboard users can scroll it. A group, not a landmark, so that tables with the same title can share a page. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrolling region takes focus to be scrolled by keyboard; a fieldset groups form fields. */}
        <div ref={region} className="pij-table__scroll" role="group" aria-labelledby={titleId} tabIndex={0}>
          <table
            className={cx('pij-table__table', classNames.table)}
            ref={focus.tableRef}
            aria-labelledby={titleId}
            aria-describedby={multiPage ? noteId : undefined}
            aria-busy={busy || undefined}
            style={{ minInlineSize: layout.minInlineSize }}
          >
            <caption className="pij-table__caption">
              <TableToolbar
                titleId={titleId}
                messages={messages}
                actions={actions}
                preferences={showColumnPicker ? preferences : undefined}
                onPreferencesChange={changePreferences}
                classNames={classNames}
              />
              {/* A live region that is always there, so the stale banner is announced when it arrives in it. */}
              <div role="status" className="pij-table__stale-region">
                {state === 'stale' ? (
                  <StaleBanner
                    error={error}
                    updatedAt={updatedAtMs}
                    now={now}
                    i18n={i18n}
                    onRetry={onRetry}
                    className={classNames.staleBanner}
                    retryClassName={classNames.retryButton}
                  />
                ) : null}
              </div>
            </caption>
            <colgroup>
              <col />
              {visibleColumns.map((column, index) => (
                <col key={column.id} style={{ width: layout.widths[index] }} />
              ))}
            </colgroup>
            <thead className={cx('pij-table__head', classNames.head)}>
              <tr>
                <th
                  scope="col"
                  className={cx('pij-table__header', 'pij-table__header--expand', classNames.headerCell)}
                >
                  <span style={visuallyHidden}>{messages.detailsColumn}</span>
                </th>
                {headers.map((header) => {
                  const label = messages.columns[header.column.id as keyof typeof messages.columns];
                  return (
                    <SortHeader
                      key={header.id}
                      columnId={header.column.id}
                      align={visibleColumns.find(({ id }) => id === header.column.id)?.align}
                      label={label}
                      sorted={header.column.getIsSorted()}
                      onSort={
                        sortable && header.column.getCanSort()
                          ? header.column.getToggleSortingHandler()
                          : undefined
                      }
                      title={messages.sortBy({ column: label })}
                      className={classNames.headerCell}
                      buttonClassName={classNames.sortButton}
                    />
                  );
                })}
              </tr>
            </thead>
            <tbody className={cx('pij-table__body', classNames.body)} onPointerOver={showFullValue}>
              {state === 'loading'
                ? Array.from({ length: Math.max(1, skeletonRows) }, (_, index) => (
                    <tr
                      // biome-ignore lint/suspicious/noArrayIndexKey: skeleton rows have no identity.
                      key={index}
                      className={cx('pij-table__row', 'pij-table__row--skeleton', classNames.skeletonRow)}
                      data-skeleton=""
                    >
                      {Array.from({ length: colSpan }, (_, cell) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: skeleton cells have no identity.
                        <td key={cell} className={cx('pij-table__cell', classNames.cell)}>
                          <span className="pij-skeleton" aria-hidden="true" />
                        </td>
                      ))}
                    </tr>
                  ))
                : null}
              {state === 'error' || state === 'empty' ? (
                <tr className="pij-table__row pij-table__row--state">
                  <td colSpan={colSpan} className="pij-table__state-cell">
                    {error ? (
                      <ErrorPanel
                        error={error}
                        i18n={i18n}
                        onRetry={onRetry}
                        className={classNames.errorPanel}
                        retryClassName={classNames.retryButton}
                      />
                    ) : (
                      <EmptyState i18n={i18n} className={classNames.emptyState} />
                    )}
                  </td>
                </tr>
              ) : null}
              {table.getRowModel().rows.map((row) => (
                <ImportJobRow
                  key={row.id}
                  job={row.original}
                  rowId={row.id}
                  columns={visibleColumns}
                  expanded={expanded.has(row.id)}
                  onToggle={toggleExpanded}
                  detailId={`${baseId}-detail-${idSafe(row.id)}`}
                  context={cellContext}
                  classNames={classNames}
                />
              ))}
            </tbody>
          </table>
        </div>
        {multiPage ? (
          <div className="pij-table__footer">
            <p id={noteId} className={cx('pij-table__sort-note', classNames.sortNote)}>
              {messages.sortsThisPage}
            </p>
            <Pagination
              {...pagination}
              i18n={i18n}
              labelRef={focus.pageLabelRef}
              className={classNames.pagination}
            />
          </div>
        ) : null}
      </div>
    </I18nContext.Provider>
  );
});
