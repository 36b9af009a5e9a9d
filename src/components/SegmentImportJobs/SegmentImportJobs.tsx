import { forwardRef, useState } from 'react';
import { useSegmentImportJobs } from '../../react/useSegmentImportJobs.js';
import type { SegmentImportJobsProps } from './interfaces.js';
import { ListPanel } from './ListPanel.js';

/**
 * The drop-in panel: `useSegmentImportJobs` and `ImportJobTable`, its chrome in one row with the table's title:
 * Refresh, an Auto-refresh switch, the last-updated time and the table's Preferences (`preferences`,
 * `defaultPreferences` and `onPreferencesChange` pass through to the table). The sort is kept with the list's place.
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
      rememberPlace,
      defaultAutoRefresh = true,
      ...rest
    } = props;
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
      rememberPlace,
    });
    return (
      <ListPanel
        {...rest}
        panelRef={ref}
        kind="segment"
        result={result}
        autoRefresh={autoRefresh}
        onAutoRefreshChange={setAutoRefresh}
      />
    );
  },
);
