import type { ImportJob } from 'pinpoint-import-jobs';
import type { MouseEvent } from 'react';
import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { paths } from './routes';

/** A job's link: its page. Stable (module scope), as the table's memoised rows want it. */
const getJobHref = (job: ImportJob) => paths.job(job.Id);

/**
 * `getJobHref` and `onFollowJob` for a list panel: the job ID is a real link (middle-click and Ctrl-click open a
 * tab), and a plain click navigates through the router, without a page load.
 */
export function useJobLinks() {
  const [, navigate] = useLocation();
  return useMemo(
    () => ({
      getJobHref,
      onFollowJob: (job: ImportJob, event: MouseEvent<HTMLAnchorElement>) => {
        event.preventDefault();
        navigate(getJobHref(job));
      },
    }),
    [navigate],
  );
}
