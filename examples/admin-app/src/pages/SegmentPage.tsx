import { DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY, SegmentImportJobs } from 'pinpoint-import-jobs';
import { application } from '../catalog';
import { SegmentHeader } from '../components/SegmentHeader';
import { useJobLinks } from '../jobLinks';
import { fetcher } from '../pinpoint';

/** On a segment's page every job is of that segment: its column would repeat the page's title. */
const tablePreferences = {
  columnVisibility: { ...DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY, Segment: false },
};

/** A segment's import jobs: the library's drop-in panel under the page's heading; a job's ID opens its page. */
export function SegmentPage({ segmentId }: { segmentId: string }) {
  const links = useJobLinks();
  return (
    <>
      <SegmentHeader segmentId={segmentId} />
      <SegmentImportJobs
        applicationId={application.id}
        segmentId={segmentId}
        fetcher={fetcher}
        // Livelier than the 5 s default while a job runs; nothing is polled once every job has finished.
        pollInterval={2000}
        defaultPreferences={tablePreferences}
        getJobHref={links.getJobHref}
        onFollowJob={links.onFollowJob}
      />
    </>
  );
}
