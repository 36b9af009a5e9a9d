import { forwardRef, useState } from 'react';
import { useApplicationImportJobs } from '../../react/useApplicationImportJobs.js';
import { ListPanel } from '../SegmentImportJobs/ListPanel.js';
import type { ApplicationImportJobsProps } from './interfaces.js';

/**
 * The drop-in panel of all an application's import jobs, across its segments (`useApplicationImportJobs` and
 * `ImportJobTable`), with the chrome, preferences, paging and kept sort of `SegmentImportJobs`. The Segment column
 * names the segment each job targets. The fetcher must have `getImportJobs`.
 *
 * @example
 * ```tsx
 * <ApplicationImportJobs applicationId="app-1" fetcher={fetcher} pageSize={20} getJobHref={(job) => `/imports/${job.Id}`} />
 * ```
 */
export const ApplicationImportJobs = forwardRef<HTMLElement, ApplicationImportJobsProps>(
  function ApplicationImportJobs(props, ref) {
    const {
      applicationId,
      fetcher,
      pageSize,
      pollInterval,
      pollInBackground,
      enabled,
      initialData,
      onJobSettled,
      onError,
      rememberPlace,
      defaultAutoRefresh = true,
      ...rest
    } = props;
    const [autoRefresh, setAutoRefresh] = useState(defaultAutoRefresh);
    const result = useApplicationImportJobs({
      applicationId,
      fetcher,
      pageSize,
      pollInterval: autoRefresh ? pollInterval : false,
      pollInBackground,
      enabled,
      initialData,
      onJobSettled,
      onError,
      rememberPlace,
    });
    return (
      <ListPanel
        {...rest}
        panelRef={ref}
        kind="application"
        result={result}
        autoRefresh={autoRefresh}
        onAutoRefreshChange={setAutoRefresh}
      />
    );
  },
);
