import type { ImportJob } from '../../core/types.js';
import { parseDate } from '../../format/formatters.js';

/** A string with something in it, else `undefined`. */
export const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

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

/**
 * The segment a job's Segment cell names: the `SegmentName` of the segment it creates, else the `SegmentId` of the
 * one it updates. A job that creates none (`DefineSegment: false`) is named by its `SegmentId` first, as its
 * `SegmentName` (if any) names no segment it made.
 */
export function getJobSegment(job: ImportJob): { name: string } | { id: string } | undefined {
  const d = job.Definition;
  const name = nonEmpty(d?.SegmentName);
  const id = nonEmpty(d?.SegmentId);
  if (id !== undefined && (name === undefined || d?.DefineSegment === false)) return { id };
  return name === undefined ? undefined : { name };
}
