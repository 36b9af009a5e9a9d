// The simplest thing that could work: a plain React <table> showing the same eleven default columns as
// ImportJobTable, formatted with Intl, with no table library, no memoisation, no states and no accessibility extras.
import type { ImportJob } from '../src/core/types.js';

const numberFormat = new Intl.NumberFormat('en-US');
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(value: string | undefined): string {
  if (value === undefined) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

function formatDuration(job: ImportJob): string {
  if (job.CreationDate === undefined || job.CompletionDate === undefined) return '—';
  const seconds = Math.round((Date.parse(job.CompletionDate) - Date.parse(job.CreationDate)) / 1000);
  if (!(seconds >= 0)) return '—';
  return `${Math.floor(seconds / 3600)}h ${Math.floor(seconds / 60) % 60}m ${seconds % 60}s`;
}

/** Counts the rows the baseline renders, as the bench's render counter. */
export const baselineRenders = { count: 0 };

function BaselineRow({ job }: { job: ImportJob }) {
  baselineRenders.count++;
  const d = job.Definition;
  const total = job.TotalPieces ?? 0;
  return (
    <tr>
      <td>{job.Id}</td>
      <td>{job.JobStatus ?? '—'}</td>
      <td>
        {total > 0 ? <progress max={total} value={job.CompletedPieces ?? 0} /> : <progress />}
        {total > 0 ? `${job.CompletedPieces ?? 0} of ${total}` : null}
      </td>
      <td>{job.TotalProcessed === undefined ? '—' : numberFormat.format(job.TotalProcessed)}</td>
      <td>{numberFormat.format(job.TotalFailures ?? job.Failures?.length ?? 0)}</td>
      <td>{d?.Format ?? '—'}</td>
      <td>{d?.S3Url ?? '—'}</td>
      <td>{d?.SegmentName ?? d?.SegmentId ?? '—'}</td>
      <td>{formatDate(job.CreationDate)}</td>
      <td>{formatDate(job.CompletionDate)}</td>
      <td>{formatDuration(job)}</td>
    </tr>
  );
}

/** A plain table of jobs: the baseline ImportJobTable is measured against. */
export function BaselineTable({ jobs }: { jobs: readonly ImportJob[] }) {
  return (
    <table>
      <caption>Import jobs</caption>
      <thead>
        <tr>
          <th scope="col">Job ID</th>
          <th scope="col">Status</th>
          <th scope="col">Progress</th>
          <th scope="col">Endpoints processed</th>
          <th scope="col">Failures</th>
          <th scope="col">Format</th>
          <th scope="col">Source</th>
          <th scope="col">Segment</th>
          <th scope="col">Created</th>
          <th scope="col">Completed</th>
          <th scope="col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <BaselineRow key={job.Id} job={job} />
        ))}
      </tbody>
    </table>
  );
}
