import type { ImportJobsPage } from '../types.js';
import type { ImportJobsEntryKey } from './entryKey.js';

/** Which entries `ImportJobsStore.invalidate` refetches. Each filter given narrows the match. */
export interface InvalidateFilter {
  /** The application whose lists and jobs refetch. Required. */
  applicationId: string;
  /**
   * Only what shows this segment's jobs: its own lists, the application's lists (they hold its jobs, new ones
   * included) and the jobs of that segment. Default: every segment of the application.
   */
  segmentId?: string | undefined;
  /** Only this job and the lists that show it. Default: every job. */
  jobId?: string | undefined;
}

/**
 * Whether `invalidate(filter)` reaches an entry. A segment's list matches its own segment; an application's list any
 * segment; one job the segment its `Definition` names (or any, while that is not known). With `jobId`, a job matches
 * its own ID and a list the ID of a job it shows.
 *
 * @param key - The entry's key.
 * @param data - The page the entry holds, if any.
 * @param filter - The filter.
 */
export function matchesInvalidateFilter(
  key: ImportJobsEntryKey,
  data: ImportJobsPage | undefined,
  filter: InvalidateFilter,
): boolean {
  const { segmentId, jobId } = filter;
  if (key.applicationId !== filter.applicationId) return false;
  if (segmentId !== undefined) {
    const shown = key.kind === 'job' ? data?.jobs[0]?.Definition?.SegmentId : key.segmentId;
    if (key.kind !== 'application' && shown !== undefined && shown !== segmentId) return false;
  }
  if (jobId === undefined) return true;
  return key.kind === 'job' ? key.jobId === jobId : data?.jobs.some((job) => job.Id === jobId) === true;
}
