// Stands in for ../pages/JobPage.tsx in `vite build --mode without-library` (see vite.config.ts).
import { JobHeader } from '../components/JobHeader';

export function JobPage(_props: { jobId: string }) {
  return <JobHeader />;
}
