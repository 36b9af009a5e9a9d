import { ApplicationImportJobs } from 'pinpoint-import-jobs';
import { application } from '../catalog';
import { ImportsHeader } from '../components/ImportsHeader';
import { useJobLinks } from '../jobLinks';
import { fetcher } from '../pinpoint';

/** Every import job of the application, each naming its segment; a job's ID opens its page. */
export function ImportsPage() {
  const links = useJobLinks();
  return (
    <>
      <ImportsHeader />
      <ApplicationImportJobs
        applicationId={application.id}
        fetcher={fetcher}
        pollInterval={2000}
        getJobHref={links.getJobHref}
        onFollowJob={links.onFollowJob}
      />
    </>
  );
}
