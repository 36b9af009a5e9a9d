import { FORMATS, type ImportJob, type ImportJobsPage } from '../../../src/core/types.js';

const STRING_FIELDS = ['ApplicationId', 'CompletionDate', 'CreationDate', 'JobStatus', 'Type'] as const;
const COUNT_FIELDS = [
  'CompletedPieces',
  'FailedPieces',
  'TotalFailures',
  'TotalPieces',
  'TotalProcessed',
] as const;
const JOB_KEYS = new Set<string>(['Id', 'Definition', 'Failures', ...STRING_FIELDS, ...COUNT_FIELDS]);
const DEFINITION_STRINGS = ['ExternalId', 'RoleArn', 'S3Url', 'SegmentId', 'SegmentName'] as const;
const DEFINITION_BOOLEANS = ['DefineSegment', 'RegisterEndpoints'] as const;
const DEFINITION_KEYS = new Set<string>(['Format', ...DEFINITION_STRINGS, ...DEFINITION_BOOLEANS]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  );
}

/**
 * Every way `page` falls short of a well-formed normalised page (empty when it is well formed): plain fresh
 * objects only, a unique non-empty string `Id` per job, strings where strings belong, finite non-negative counts,
 * `Failures` of strings only, a `Definition` of known, well-typed members, a non-empty string `nextToken` or none.
 */
export function wellFormedProblems(page: ImportJobsPage): string[] {
  const problems: string[] = [];
  if (!isPlainObject(page)) return ['the page is not a plain object'];
  for (const key of Object.keys(page)) {
    if (key !== 'jobs' && key !== 'nextToken') problems.push(`unexpected page key ${key}`);
  }
  if ('nextToken' in page && (typeof page.nextToken !== 'string' || page.nextToken === '')) {
    problems.push(`nextToken ${String(page.nextToken)} is not a non-empty string`);
  }
  if (!Array.isArray(page.jobs)) return [...problems, 'jobs is not an array'];
  const ids = new Set<string>();
  page.jobs.forEach((job: ImportJob, index) => {
    const at = `jobs[${index}]`;
    if (!isPlainObject(job)) {
      problems.push(`${at} is not a plain object`);
      return;
    }
    for (const key of Object.keys(job))
      if (!JOB_KEYS.has(key)) problems.push(`${at} has unexpected key ${key}`);
    if (typeof job.Id !== 'string' || job.Id === '') problems.push(`${at}.Id is not a non-empty string`);
    else if (ids.has(job.Id)) problems.push(`${at}.Id ${job.Id} is a duplicate`);
    else ids.add(job.Id);
    for (const key of STRING_FIELDS) {
      if (key in job && typeof job[key] !== 'string') problems.push(`${at}.${key} is not a string`);
    }
    for (const key of COUNT_FIELDS) {
      if (!(key in job)) continue;
      const value = job[key];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        problems.push(`${at}.${key} = ${String(value)} is not a finite non-negative number`);
      }
    }
    if ('Failures' in job) {
      if (!Array.isArray(job.Failures)) problems.push(`${at}.Failures is not an array`);
      else if (!job.Failures.every((f) => typeof f === 'string'))
        problems.push(`${at}.Failures holds a non-string`);
    }
    if ('Definition' in job) {
      const d = job.Definition;
      if (!isPlainObject(d)) {
        problems.push(`${at}.Definition is not a plain object`);
      } else {
        for (const key of Object.keys(d)) {
          if (!DEFINITION_KEYS.has(key)) problems.push(`${at}.Definition has unexpected key ${key}`);
        }
        if ('Format' in d && !(FORMATS as readonly unknown[]).includes(d.Format)) {
          problems.push(`${at}.Definition.Format ${String(d.Format)} is not CSV or JSON`);
        }
        for (const key of DEFINITION_STRINGS) {
          if (key in d && typeof d[key] !== 'string')
            problems.push(`${at}.Definition.${key} is not a string`);
        }
        for (const key of DEFINITION_BOOLEANS) {
          if (key in d && typeof d[key] !== 'boolean')
            problems.push(`${at}.Definition.${key} is not a boolean`);
        }
      }
    }
  });
  return problems;
}
