import { type ColumnSort, type Updater, useTable } from '@tanstack/react-table';
import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ImportJob } from '../../core/types.js';
import { I18nContext } from '../../i18n/context.js';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { cx } from '../shared/cx.js';
import { useControllableState } from '../shared/useControllableState.js';
import { useCopyToClipboard } from '../shared/useCopyToClipboard.js';
import { useNow } from '../shared/useNow.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';
import { ColumnPicker } from './ColumnPicker.js';
import { DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY, type ImportJobColumnId } from './columnIds.js';
import { type CellContext, IMPORT_JOB_COLUMNS } from './columns.js';
import { ImportJobRow } from './ImportJobRow.js';
import type { ImportJobTableClassNames, ImportJobTableProps, ImportJobTableSort } from './interfaces.js';
import { Pagination } from './Pagination.js';
import { idSafe, rowKeysOf, rowsOf } from './rowKeys.js';
import { SortHeader } from './SortHeader.js';
import { EmptyState, ErrorPanel, StaleBanner } from './StatePanels.js';
import { createImportJobColumns, importJobTableFeatures } from './sorting.js';
import { getImportJobTableState } from './tableState.js';
import { useFocusHandOff } from './useFocusHandOff.js';

const NO_CLASSES: ImportJobTableClassNames = {};
const NO_SORTING: readonly ImportJobTableSort[] = [];

const resolve = <T,>(updater: Updater<T>, previous: T): T =>
  typeof updater === 'function' ? (updater as (old: T) => T)(previous) : updater;

/**
 * A table of import jobs on TanStack Table v9: a real `<table>` with a caption, sortable headers (`aria-sort`,
 * sorting the rows shown), a column picker, expandable rows with the full `Definition` and the failures, and the
 * loading, error, empty and stale states. Rows are memoised by job identity.
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
    columnVisibility: columnVisibilityProp,
    defaultColumnVisibility = DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY,
    onColumnVisibilityChange,
    showColumnPicker = true,
    sorting: sortingProp,
    defaultSorting = NO_SORTING,
    onSortingChange,
    defaultExpandedJobIds,
    skeletonRows = 3,
    classNames = NO_CLASSES,
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
  const noteId = `${baseId}-sort-note`;

  const [columnVisibility, setColumnVisibility] = useControllableState(
    columnVisibilityProp,
    defaultColumnVisibility,
    onColumnVisibilityChange,
  );
  // Each next sort order is a fresh array: the host may keep it as its own.
  const [sorting, setSorting] = useControllableState<readonly ImportJobTableSort[]>(
    sortingProp,
    defaultSorting,
    onSortingChange as ((next: readonly ImportJobTableSort[]) => void) | undefined,
  );
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(defaultExpandedJobIds));

  // A cancelled request is never shown to users: it is not a failure.
  const error = errorProp?.name === 'AbortError' ? undefined : errorProp;
  const columns = useMemo(() => createImportJobColumns(messages, i18n.locale), [messages, i18n.locale]);
  const rows = useMemo(() => rowsOf(jobs), [jobs]);
  const rowKeys = useMemo(() => rowKeysOf(rows), [rows]);
  const tableState = useMemo(() => ({ sorting: sorting as ColumnSort[] }), [sorting]);
  // Column visibility is the table's own state, not TanStack's: the rows render only these columns, in order.
  const visibleColumns = useMemo(
    () => IMPORT_JOB_COLUMNS.filter(({ id }) => columnVisibility[id] !== false),
    [columnVisibility],
  );
  const setColumnVisible = (id: ImportJobColumnId, visible: boolean) =>
    setColumnVisibility((previous) => ({ ...previous, [id]: visible }));

  const table = useTable({
    features: importJobTableFeatures,
    columns,
    data: rows as ImportJob[],
    getRowId: (_job, index) => rowKeys[index] ?? `${index}`,
    state: tableState,
    sortDescFirst: false,
    onSortingChange: (updater) =>
      setSorting((previous) => resolve(updater, previous as ColumnSort[]) as ImportJobTableSort[]),
  });

  const onToggle = useCallback((jobId: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(jobId)) next.add(jobId);
      return next;
    });
  }, []);

  const state = getImportJobTableState({ jobs: rows, loading, idle, error, stale });
  // A retry behind the error panel does not announce "Loading" over the error, nor make the table busy.
  const busy = loading && state !== 'error';

  // A job gone from the rows takes its expansion with it: if it comes back (another page, a later poll), it comes
  // back closed. Keys never seen as rows (defaultExpandedJobIds before the first load) are kept.
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

  const focus = useFocusHandOff();
  const multiPage =
    pagination !== undefined &&
    (pagination.hasNextPage || pagination.hasPreviousPage || pagination.pageIndex > 0);
  const updatedAtMs =
    updatedAt instanceof Date ? updatedAt.getTime() : typeof updatedAt === 'number' ? updatedAt : undefined;
  const now = useNow(state === 'stale' && updatedAtMs !== undefined);
  const [copyStatus, copy] = useCopyToClipboard();
  const cellContext = useMemo<CellContext>(() => ({ i18n, copy: (text) => void copy(text) }), [i18n, copy]);
  const colSpan = visibleColumns.length + 1;
  const headers = (table.getHeaderGroups()[0]?.headers ?? []).filter(
    (header) => columnVisibility[header.column.id as ImportJobColumnId] !== false,
  );

  return (
    <I18nContext.Provider value={i18n}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: focus events only follow where focus is; nothing reacts to the user here. */}
      <div
        {...rest}
        ref={ref}
        className={cx('pij-table', className)}
        data-state={state}
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
        {showColumnPicker || multiPage ? (
          <div className={cx('pij-table__toolbar', classNames.toolbar)}>
            {showColumnPicker ? (
              <ColumnPicker
                className={classNames.columnPicker}
                messages={messages}
                columns={IMPORT_JOB_COLUMNS.filter(({ id }) => id !== 'Id').map(({ id }) => ({
                  id,
                  visible: columnVisibility[id] !== false,
                }))}
                onToggle={setColumnVisible}
              />
            ) : null}
            {multiPage ? (
              <p id={noteId} className={cx('pij-table__sort-note', classNames.sortNote)}>
                {messages.sortsThisPage}
              </p>
            ) : null}
          </div>
        ) : null}
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
        {/* Always there, so assistive tech hears "Loading…" arrive: a live region born with its text often is not. */}
        <span role="status" style={visuallyHidden}>
          {busy ? messages.loading : ''}
        </span>
        <span role="status" className="pij-table__copy-status" data-copy-status={copyStatus}>
          {copyStatus === 'copied' ? messages.copied : copyStatus === 'failed' ? messages.copyFailed : ''}
        </span>
        <div className="pij-table__scroll">
          <table
            className={cx('pij-table__table', classNames.table)}
            ref={focus.tableRef}
            aria-busy={busy || undefined}
            aria-describedby={multiPage ? noteId : undefined}
          >
            <caption className={cx('pij-table__caption', classNames.caption)}>
              {messages.tableCaption}
            </caption>
            <thead className={cx('pij-table__head', classNames.head)}>
              <tr>
                <th
                  scope="col"
                  className={cx('pij-table__header', 'pij-table__header--expand', classNames.headerCell)}
                >
                  <span style={visuallyHidden}>{messages.detailsColumn}</span>
                </th>
                {headers.map((header) => {
                  const label = messages.columns[header.column.id as ImportJobColumnId];
                  return (
                    <SortHeader
                      key={header.id}
                      columnId={header.column.id}
                      label={label}
                      sorted={header.column.getIsSorted()}
                      onSort={
                        header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined
                      }
                      title={messages.sortBy({ column: label })}
                      className={classNames.headerCell}
                      buttonClassName={classNames.sortButton}
                    />
                  );
                })}
              </tr>
            </thead>
            <tbody className={cx('pij-table__body', classNames.body)}>
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
              {state === 'error' && error ? (
                <tr className="pij-table__row pij-table__row--state">
                  <td colSpan={colSpan} className="pij-table__state-cell">
                    <ErrorPanel
                      error={error}
                      i18n={i18n}
                      onRetry={onRetry}
                      className={classNames.errorPanel}
                      retryClassName={classNames.retryButton}
                    />
                  </td>
                </tr>
              ) : null}
              {state === 'empty' ? (
                <tr className="pij-table__row pij-table__row--state">
                  <td colSpan={colSpan} className="pij-table__state-cell">
                    <EmptyState i18n={i18n} className={classNames.emptyState} />
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
                  onToggle={onToggle}
                  detailId={`${baseId}-detail-${idSafe(row.id)}`}
                  context={cellContext}
                  classNames={classNames}
                />
              ))}
            </tbody>
          </table>
        </div>
        {pagination ? (
          <Pagination
            pagination={pagination}
            i18n={i18n}
            labelRef={focus.pageLabelRef}
            className={classNames.pagination}
          />
        ) : null}
      </div>
    </I18nContext.Provider>
  );
});
