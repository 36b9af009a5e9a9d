import { type ForwardedRef, type HTMLAttributes, useMemo } from 'react';
import type { ImportJobsObserverResult } from '../../core/store/index.js';
import { I18nContext } from '../../i18n/context.js';
import { type ImportJobsI18nProps, useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { useKeptState } from '../../react/useKeptState.js';
import { getImportJobTableProps } from '../ImportJobTable/getImportJobTableProps.js';
import { ImportJobTable } from '../ImportJobTable/ImportJobTable.js';
import type { ImportJobTableSort } from '../ImportJobTable/interfaces.js';
import { cx } from '../shared/cx.js';
import type { ImportJobsPanelProps } from './interfaces.js';
import { PanelActions } from './PanelActions.js';

const NO_SORTING: readonly ImportJobTableSort[] = [];

/** Props of the internal {@link ListPanel}: a list's result, and the panel's props but the hook's options. */
export interface ListPanelProps
  extends ImportJobsPanelProps,
    Omit<HTMLAttributes<HTMLElement>, 'children' | 'onError'>,
    ImportJobsI18nProps {
  /** The list's result. */
  result: ImportJobsObserverResult;
  /** Whether auto-refresh is on. */
  autoRefresh: boolean;
  /** Turns auto-refresh on or off. */
  onAutoRefreshChange: (on: boolean) => void;
  /** Whose jobs: a segment's, or an application's (its own name and empty state). */
  kind: 'segment' | 'application';
  /** The root `<section>`. */
  panelRef: ForwardedRef<HTMLElement>;
}

/**
 * The body of a list panel (`SegmentImportJobs`, `ApplicationImportJobs`): the table and its chrome in one row with
 * its title, the sort kept with the list's place (back navigation), the expired-token notice. Internal.
 */
export function ListPanel({
  result,
  autoRefresh,
  onAutoRefreshChange,
  kind,
  panelRef,
  preferences,
  defaultPreferences,
  onPreferencesChange,
  tableProps,
  getJobHref,
  onFollowJob,
  className,
  locale,
  messages: messageOverrides,
  ...rest
}: ListPanelProps) {
  const base = useImportJobsI18n({ locale, messages: messageOverrides });
  const i18n = useMemo(
    () =>
      kind === 'segment'
        ? base
        : {
            ...base,
            messages: { ...base.messages, emptyDescription: base.messages.applicationEmptyDescription },
          },
    [base, kind],
  );
  const { messages } = i18n;
  const [sorting, keepSorting] = useKeptState(
    result.kept,
    'sorting',
    tableProps?.defaultSorting ?? NO_SORTING,
  );
  return (
    <I18nContext.Provider value={i18n}>
      <section
        {...rest}
        ref={panelRef}
        // Your name wins: two panels on one page need names of their own.
        aria-label={
          rest['aria-labelledby'] === undefined
            ? (rest['aria-label'] ??
              (kind === 'segment' ? messages.panelLabel : messages.applicationPanelLabel))
            : rest['aria-label']
        }
        className={cx('pij-panel', className)}
        data-status={result.status}
        data-fetching={result.isFetching || undefined}
        data-auto-refresh={autoRefresh || undefined}
      >
        <p className="pij-panel__notice" role="status">
          {result.pageReset === 'expired-token' ? messages.pageResetExpiredToken : ''}
        </p>
        <ImportJobTable
          getJobHref={getJobHref}
          onFollowJob={onFollowJob}
          {...tableProps}
          preferences={preferences ?? tableProps?.preferences}
          defaultPreferences={defaultPreferences ?? tableProps?.defaultPreferences}
          onPreferencesChange={onPreferencesChange ?? tableProps?.onPreferencesChange}
          sorting={tableProps?.sorting ?? sorting}
          onSortingChange={(next) => {
            keepSorting(next);
            tableProps?.onSortingChange?.(next);
          }}
          {...getImportJobTableProps(result)}
          actions={
            <PanelActions
              refresh={result.refresh}
              autoRefresh={autoRefresh}
              onAutoRefreshChange={onAutoRefreshChange}
              updatedAt={result.updatedAt}
              hasRows={result.jobs.length > 0}
              i18n={i18n}
            />
          }
        />
      </section>
    </I18nContext.Provider>
  );
}
