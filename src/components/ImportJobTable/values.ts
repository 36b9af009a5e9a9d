import type { ImportJob } from '../../core/types.js';
import { parseDate } from '../../format/formatters.js';
import { getImportProgress } from '../ImportProgress/getImportProgress.js';
import type { ImportJobColumnId } from './columnIds.js';

/** The number of failures of a job: `TotalFailures`, else the length of `Failures`. */
export function getFailureCount(job: ImportJob): number | undefined {
  if (typeof job.TotalFailures === 'number') return job.TotalFailures;
  return Array.isArray(job.Failures) ? job.Failures.length : undefined;
}

/** The run time of a job in milliseconds, when both dates are known and in order. */
export function getJobDuration(job: ImportJob): number | undefined {
  const start = parseDate(job.CreationDate);
  const end = parseDate(job.CompletionDate);
  if (!start || !end) return undefined;
  const ms = end.getTime() - start.getTime();
  return ms >= 0 ? ms : undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const bool = (value: unknown): number | undefined =>
  typeof value === 'boolean' ? (value ? 1 : 0) : undefined;

/**
 * The segment a job's Segment cell names: the `SegmentName` of the segment it creates, else the `SegmentId` of the
 * one it updates. A job that creates none (`DefineSegment: false`) is named by its `SegmentId` first, as its
 * `SegmentName` (if any) names no segment it made.
 */
export function getJobSegment(job: ImportJob): { name: string } | { id: string } | undefined {
  const d = job.Definition;
  const name = text(d?.SegmentName);
  const id = text(d?.SegmentId);
  if (id !== undefined && (name === undefined || d?.DefineSegment === false)) return { id };
  return name === undefined ? undefined : { name };
}

/**
 * The value a column sorts by: a string, a number, or `undefined` (sorted last).
 *
 * @param id - The column.
 * @param job - The job of the row.
 */
export function getSortValue(id: ImportJobColumnId, job: ImportJob): string | number | undefined {
  const d = job.Definition;
  switch (id) {
    case 'Id':
      return text(job.Id);
    case 'JobStatus':
      return text(job.JobStatus);
    case 'Progress': {
      const progress = getImportProgress(job);
      return progress.state === 'indeterminate' ? undefined : progress.ratio;
    }
    case 'TotalProcessed':
      return job.TotalProcessed;
    case 'Failures':
      return getFailureCount(job);
    case 'Format':
      return text(d?.Format);
    case 'S3Url':
      return text(d?.S3Url);
    case 'Segment': {
      const segment = getJobSegment(job);
      return segment === undefined ? undefined : 'name' in segment ? segment.name : segment.id;
    }
    case 'CreationDate':
      return parseDate(job.CreationDate)?.getTime();
    case 'CompletionDate':
      return parseDate(job.CompletionDate)?.getTime();
    case 'Duration':
      return getJobDuration(job);
    case 'RoleArn':
      return text(d?.RoleArn);
    case 'DefineSegment':
      return bool(d?.DefineSegment);
    case 'RegisterEndpoints':
      return bool(d?.RegisterEndpoints);
    case 'ApplicationId':
      return text(job.ApplicationId);
    case 'Type':
      return text(job.Type);
    case 'ExternalId':
      return text(d?.ExternalId);
    default:
      return id satisfies never;
  }
}
