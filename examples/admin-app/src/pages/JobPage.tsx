import { ImportJobPanel } from 'pinpoint-import-jobs';
import { application } from '../catalog';
import { JobHeader } from '../components/JobHeader';
import { fetcher } from '../pinpoint';

/** One import job: live until it settles; an unknown ID shows the panel's not-found state. */
export function JobPage({ jobId }: { jobId: string }) {
  return (
    <>
      <JobHeader />
      <ImportJobPanel applicationId={application.id} jobId={jobId} fetcher={fetcher} pollInterval={2000} />
    </>
  );
}
