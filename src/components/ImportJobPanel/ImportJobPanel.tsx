import { forwardRef, useId, useState } from 'react';
import { I18nContext } from '../../i18n/context.js';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { useImportJob } from '../../react/useImportJob.js';
import { ImportJobDetails } from '../ImportJobDetails/ImportJobDetails.js';
import { ErrorPanel, StaleBanner } from '../ImportJobTable/StatePanels.js';
import { PanelActions } from '../SegmentImportJobs/PanelActions.js';
import { cx } from '../shared/cx.js';
import { useNow } from '../shared/useNow.js';
import type { ImportJobPanelClassNames, ImportJobPanelProps } from './interfaces.js';

const NO_CLASSES: ImportJobPanelClassNames = {};

/**
 * The drop-in panel of one import job, for its detail page: `useImportJob` and `ImportJobDetails`, under a title
 * with Refresh, an Auto-refresh switch and the last-updated time. It polls while the job is active and stops for
 * good once it is `COMPLETED` or `FAILED` (the switch goes, as after a job not found). It shows loading, an error as the list panels do (an
 * alert with the request ID and Try again), a job not found, and a job just created that is not found yet (retried,
 * shown as loading). A failed refresh keeps the job, under the stale banner. The root's `data-status`,
 * `data-settled` (the job ended) and `data-placeholder` (the job shown is a list's, until its own reply) tell its
 * state. The fetcher must have `getImportJob`.
 *
 * @example
 * ```tsx
 * <ImportJobPanel applicationId="app-1" jobId={jobId} fetcher={fetcher} />
 * ```
 */
export const ImportJobPanel = forwardRef<HTMLElement, ImportJobPanelProps>(
  function ImportJobPanel(props, ref) {
    const {
      applicationId,
      jobId,
      fetcher,
      pollInterval,
      pollInBackground,
      enabled,
      initialData,
      onJobSettled,
      onError,
      defaultAutoRefresh = true,
      classNames = NO_CLASSES,
      className,
      locale,
      messages: messageOverrides,
      ...rest
    } = props;
    const i18n = useImportJobsI18n({ locale, messages: messageOverrides });
    const { messages } = i18n;
    const titleId = useId();
    const [autoRefresh, setAutoRefresh] = useState(defaultAutoRefresh);
    const { status, job, error, refresh, updatedAt, isFetching, isPlaceholderData } = useImportJob({
      applicationId,
      jobId,
      fetcher,
      pollInterval: autoRefresh ? pollInterval : false,
      pollInBackground,
      enabled,
      initialData,
      onJobSettled,
      onError,
    });
    // A job just created, not found yet: retried, so it is loading, not an error.
    const notYet = error?.name === 'NotFoundException' && error.retryable;
    const failed = error !== undefined && !notYet;
    const settled = job?.JobStatus === 'COMPLETED' || job?.JobStatus === 'FAILED';
    // Nothing to poll: a job that ended, or none after a failure no poll retries (not found, forbidden).
    const switchable = !settled && !(failed && !job);
    const now = useNow(failed && job !== undefined && updatedAt !== undefined);
    const retry = () => void refresh();
    return (
      <I18nContext.Provider value={i18n}>
        <section
          {...rest}
          ref={ref}
          aria-labelledby={
            rest['aria-label'] === undefined ? (rest['aria-labelledby'] ?? titleId) : undefined
          }
          className={cx('pij-panel', className)}
          data-status={status}
          data-settled={settled || undefined}
          data-placeholder={isPlaceholderData || undefined}
          data-fetching={isFetching || undefined}
          data-auto-refresh={(autoRefresh && switchable) || undefined}
        >
          <div className={cx('pij-table__toolbar', classNames.header)}>
            <span id={titleId} className={cx('pij-table__title', classNames.title)}>
              {messages.jobPanelLabel({ jobId })}
            </span>
            <PanelActions
              refresh={refresh}
              autoRefresh={autoRefresh}
              onAutoRefreshChange={switchable ? setAutoRefresh : undefined}
              updatedAt={updatedAt}
              hasRows={job !== undefined}
              i18n={i18n}
            />
          </div>
          <p className="pij-panel__notice" role="status">
            {notYet ? messages.jobNotFoundYet : status === 'loading' ? messages.jobLoading : ''}
          </p>
          {failed && job ? (
            <StaleBanner
              error={error}
              updatedAt={updatedAt}
              now={now}
              i18n={i18n}
              onRetry={retry}
              className={classNames.staleBanner}
              retryClassName={classNames.retryButton}
            />
          ) : null}
          {job ? (
            <ImportJobDetails job={job} className={classNames.details} />
          ) : failed ? (
            <ErrorPanel
              error={error}
              i18n={i18n}
              onRetry={retry}
              title={error.name === 'NotFoundException' ? messages.jobNotFoundTitle : messages.jobErrorTitle}
              message={error.name === 'NotFoundException' ? messages.jobNotFound : undefined}
              className={classNames.errorPanel}
              retryClassName={classNames.retryButton}
            />
          ) : status === 'idle' ? null : (
            <span className="pij-skeleton" aria-hidden="true" />
          )}
        </section>
      </I18nContext.Provider>
    );
  },
);
