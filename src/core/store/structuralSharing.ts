import type { ImportJob, ImportJobsPage } from '../types.js';

/**
 * Whether two JSON-like values (plain objects, arrays, primitives) are deeply equal.
 *
 * @param a - A value.
 * @param b - Another value.
 */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isDeepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(right, key) || !isDeepEqual(left[key], right[key])) return false;
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Generic structural sharing for JSON-like values (as TanStack Query's `replaceEqualDeep`): returns `previous` when
 * `next` is deeply equal to it, else `next` with every deeply equal part (array item by index, object member by
 * key) replaced by the matching part of `previous`.
 *
 * @param previous - The value shown so far.
 * @param next - The value just received.
 */
export function replaceEqualDeep<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(previous) && Array.isArray(next)) {
    let equal = previous.length === next.length;
    const copy = next.map((item, index) => {
      const shared = replaceEqualDeep(previous[index], item);
      if (shared !== previous[index]) equal = false;
      return shared;
    });
    return (equal ? previous : copy) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let equal = keys.length === Object.keys(previous).length;
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      const shared = replaceEqualDeep(previous[key], next[key]);
      if (!Object.hasOwn(previous, key) || shared !== previous[key]) equal = false;
      copy[key] = shared;
    }
    return (equal ? previous : copy) as T;
  }
  return next;
}

/**
 * Structural sharing for a list of jobs, keyed by `Id`: each job of `next` that is deeply equal to the job of
 * `previous` with the same `Id` is replaced by that previous object, and when nothing changed at all (same jobs,
 * same order) `previous` itself is returned. Memoised rows then skip rendering when a poll brings nothing new.
 *
 * @param previous - The jobs shown so far, or `undefined`.
 * @param next - The jobs just received.
 * @returns `next` with unchanged jobs replaced by their previous objects, or `previous` when equal.
 */
export function replaceEqualJobs(previous: ImportJob[] | undefined, next: ImportJob[]): ImportJob[] {
  if (previous === undefined || previous === next) return next;
  const byId = new Map<string, ImportJob>();
  for (const job of previous) byId.set(job.Id, job);
  let unchanged = previous.length === next.length;
  const shared = next.map((job, index) => {
    const old = byId.get(job.Id);
    const kept = old !== undefined && isDeepEqual(old, job) ? old : job;
    if (kept !== previous[index]) unchanged = false;
    return kept;
  });
  return unchanged ? previous : shared;
}

/**
 * Structural sharing for a page: {@link replaceEqualJobs} on its jobs, and `previous` itself when both the jobs
 * and `nextToken` are unchanged.
 *
 * @param previous - The page shown so far, or `undefined`.
 * @param next - The page just received.
 */
export function replaceEqualPage(previous: ImportJobsPage | undefined, next: ImportJobsPage): ImportJobsPage {
  if (previous === undefined) return next;
  const jobs = replaceEqualJobs(previous.jobs, next.jobs);
  if (jobs === previous.jobs && previous.nextToken === next.nextToken) return previous;
  return next.nextToken === undefined ? { jobs } : { jobs, nextToken: next.nextToken };
}
