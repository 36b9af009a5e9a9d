import { forwardRef, useId, useState } from 'react';
import { I18nContext, type ImportJobsI18n } from '../../i18n/context.js';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { useSegmentImportJobs } from '../../react/useSegmentImportJobs.js';
import { getImportJobTableProps } from '../ImportJobTable/getImportJobTableProps.js';
import { ImportJobTable } from '../ImportJobTable/ImportJobTable.js';
import { cx } from '../shared/cx.js';
import { useNow } from '../shared/useNow.js';
import type { SegmentImportJobsProps } from './interfaces.js';

/**
 * The last-updated time; owns its clock so only it re-renders every second. Rows without a time of their own (a
 * server render's `initialData`, the previous page's rows while the next one loads) say nothing rather than
 * "Not loaded yet".
 */
function LastUpdated({
  updatedAt,
  hasRows,
  i18n,
}: {
  updatedAt: number | undefined;
  hasRows: boolean;
  i18n: ImportJobsI18n;
}) {
  const now = useNow(updatedAt !== undefined);
  if (updatedAt === undefined)
    return <span className="pij-panel__updated">{hasRows ? '' : i18n.messages.neverUpdated}</span>;
  return (
    <time
      className="pij-panel__updated"
      dateTime={new Date(updatedAt).toISOString()}
      title={i18n.format.date(updatedAt)}
      suppressHydrationWarning
    >
      {i18n.messages.lastUpdated({ updatedAt, now: Math.max(now, updatedAt) }, i18n.format)}
    </time>
  );
}

/**
 * The drop-in panel: `useSegmentImportJobs` and `ImportJobTable`, with a toolbar holding refresh, an auto-refresh
 * toggle and the last-updated time.
 *
 * @example
 * ```tsx
 * <SegmentImportJobs applicationId="app-1" segmentId="seg-1" fetcher={fetcher} pageSize={20} />
 * ```
 */
export const SegmentImportJobs = forwardRef<HTMLElement, SegmentImportJobsProps>(
  function SegmentImportJobs(props, ref) {
    const {
      applicationId,
      segmentId,
      fetcher,
      pageSize,
      pollInterval,
      pollInBackground,
      enabled,
      initialData,
      onJobSettled,
      onError,
      defaultAutoRefresh = true,
      tableProps,
      className,
      locale,
      messages: messageOverrides,
      ...rest
    } = props;
    const i18n = useImportJobsI18n({ locale, messages: messageOverrides });
    const { messages } = i18n;
    const [autoRefresh, setAutoRefresh] = useState(defaultAutoRefresh);
    const toolbarId = useId();

    const result = useSegmentImportJobs({
      applicationId,
      segmentId,
      fetcher,
      pageSize,
      pollInterval: autoRefresh ? pollInterval : false,
      pollInBackground,
      enabled,
      initialData,
      onJobSettled,
      onError,
    });

    return (
      <I18nContext.Provider value={i18n}>
        <section
          {...rest}
          ref={ref}
          // Your name wins: two panels on one page need names of their own.
          aria-label={
            rest['aria-labelledby'] === undefined
              ? (rest['aria-label'] ?? messages.panelLabel)
              : rest['aria-label']
          }
          className={cx('pij-panel', className)}
          data-status={result.status}
          data-fetching={result.isFetching || undefined}
          data-auto-refresh={autoRefresh || undefined}
        >
          {/* biome-ignore lint/a11y/useSemanticElements: a fieldset groups form fields; this groups actions. */}
          <div id={toolbarId} role="group" aria-label={messages.toolbarLabel} className="pij-panel__toolbar">
            <button
              type="button"
              className="pij-button pij-button--small"
              aria-busy={result.isFetching || undefined}
              onClick={() => void result.refresh()}
            >
              {messages.refresh}
            </button>
            <label className="pij-panel__auto">
              <input
                type="checkbox"
                role="switch"
                aria-checked={autoRefresh}
                checked={autoRefresh}
                onChange={(event) => setAutoRefresh(event.target.checked)}
              />
              {messages.autoRefresh}
            </label>
            <span className="pij-panel__status" aria-live="polite">
              {result.isFetching ? messages.refreshing : ''}
            </span>
            <LastUpdated updatedAt={result.updatedAt} hasRows={result.jobs.length > 0} i18n={i18n} />
          </div>
          <p className="pij-panel__notice" role="status">
            {result.pageReset === 'expired-token' ? messages.pageResetExpiredToken : ''}
          </p>
          <ImportJobTable {...tableProps} {...getImportJobTableProps(result)} />
        </section>
      </I18nContext.Provider>
    );
  },
);
