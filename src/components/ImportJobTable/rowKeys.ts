import { assignJobKeys, stableJobContent } from '../../core/jobKeys.js';
import type { ImportJob } from '../../core/types.js';

/** Makes a job id usable inside an HTML id: anything outside `[A-Za-z0-9_-]` is escaped. */
export const idSafe = (value: string) =>
  value.replace(/[^A-Za-z0-9_-]/g, (char) => `.${char.codePointAt(0)?.toString(16) ?? ''}`);

const usableId = (job: ImportJob): string | undefined =>
  typeof job.Id === 'string' && job.Id !== '' ? job.Id : undefined;

/**
 * A unique, stable row key per job: its `Id` (normalised jobs always have a unique one); for unchecked jobs with a
 * duplicate or no usable `Id`, the normaliser's synthetic key, so two rows never share a key or an expansion and
 * a row keeps its key when jobs come and go above it.
 */
export function rowKeysOf(rows: readonly ImportJob[]): string[] {
  const ids = rows.map(usableId);
  if (new Set(ids).size === ids.length && !ids.includes(undefined)) return ids as string[];
  return assignJobKeys(ids, (index) => stableJobContent(rows[index] as ImportJob));
}

const isJobLike = (value: unknown): value is ImportJob => typeof value === 'object' && value !== null;

/** The jobs as given, minus anything that is not an object (kept by identity when nothing is dropped). */
export const rowsOf = (jobs: readonly ImportJob[]): readonly ImportJob[] =>
  !Array.isArray(jobs) ? [] : jobs.every(isJobLike) ? jobs : jobs.filter(isJobLike);
