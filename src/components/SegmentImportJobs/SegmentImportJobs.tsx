import { forwardRef, useState } from 'react';
import { I18nContext } from '../../i18n/context.js';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { useSegmentImportJobs } from '../../react/useSegmentImportJobs.js';
import { getImportJobTableProps } from '../ImportJobTable/getImportJobTableProps.js';
import { ImportJobTable } from '../ImportJobTable/ImportJobTable.js';
import { cx } from '../shared/cx.js';
import type { SegmentImportJobsProps } from './interfaces.js';
import { PanelActions } from './PanelActions.js';

/**
 * The drop-in panel: `useSegmentImportJobs` and `ImportJobTable`, its chrome in one row with the table's title:
 * Refresh, an Auto-refresh switch, the last-updated time and the table's Preferences (`preferences`,
 * `defaultPreferences` and `onPreferencesChange` pass through to the table).
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
      preferences,
      defaultPreferences,
      onPreferencesChange,
      tableProps,
      className,
      locale,
      messages: messageOverrides,
      ...rest
    } = props;
    const i18n = useImportJobsI18n({ locale, messages: messageOverrides });
    const { messages } = i18n;
    const [autoRefresh, setAutoRefresh] = useState(defaultAutoRefresh);

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
          <p className="pij-panel__notice" role="status">
            {result.pageReset === 'expired-token' ? messages.pageResetExpiredToken : ''}
          </p>
          <ImportJobTable
            {...tableProps}
            preferences={preferences ?? tableProps?.preferences}
            defaultPreferences={defaultPreferences ?? tableProps?.defaultPreferences}
            onPreferencesChange={onPreferencesChange ?? tableProps?.onPreferencesChange}
            {...getImportJobTableProps(result)}
            actions={
              <PanelActions
                refresh={result.refresh}
                autoRefresh={autoRefresh}
                onAutoRefreshChange={setAutoRefresh}
                updatedAt={result.updatedAt}
                hasRows={result.jobs.length > 0}
                i18n={i18n}
              />
            }
          />
        </section>
      </I18nContext.Provider>
    );
  },
);
