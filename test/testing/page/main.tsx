// The page the Playwright helpers are tested against (test/testing/playwright.test.ts): the panel on the simulated
// backend, in memory (createTestFetcher), and a badge. `?fault=<name>` makes the first request fail.
import { createRoot } from 'react-dom/client';
import { JobStatusBadge, SegmentImportJobs } from '../../../src/index.js';
import '../../../src/styles.css';
import { createTestFetcher } from '../../../src/testing/index.js';
import { PAGE_JOBS } from './jobs.js';

const fetcher = createTestFetcher({
  segments: [
    { applicationId: PAGE_JOBS.applicationId, segmentId: PAGE_JOBS.segmentId, jobs: PAGE_JOBS.jobs() },
  ],
});
const fault = new URLSearchParams(location.search).get('fault');
if (fault) fetcher.fail(fault as Parameters<typeof fetcher.fail>[0]);

createRoot(document.getElementById('root') as HTMLElement).render(
  <main>
    <SegmentImportJobs
      applicationId={PAGE_JOBS.applicationId}
      segmentId={PAGE_JOBS.segmentId}
      fetcher={fetcher}
      pageSize={10}
      pollInterval={false}
    />
    <p data-testid="badge">
      <JobStatusBadge status="FAILED" />
    </p>
  </main>,
);
