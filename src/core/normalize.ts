import { PinpointError } from './errors.js';
import { assignJobKeys, stableJobContent } from './jobKeys.js';
import type { ImportJob, ImportJobResource, ImportJobsPage } from './types.js';
import { isJsonObject, nonEmptyString, type UnknownRecord } from './untrusted.js';

export { SYNTHETIC_ID_PREFIX } from './jobKeys.js';

/**
 * The most items a page may hold. A longer `Item` (a runaway proxy, a sparse array with a huge `length`) is an
 * `InvalidResponseError` rather than a frozen tab; a longer `Failures` is dropped.
 */
export const MAX_NORMALIZED_ITEMS = 100_000;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

// A loop over a table of members would make the two readers below one, but it reads and writes by key, which
// measured 5 to 15 times slower per job than reading each member by name.

function readDefinition(raw: unknown): Partial<ImportJobResource> | undefined {
  if (!isJsonObject(raw)) return undefined;
  const definition: Partial<ImportJobResource> = {};
  const format = raw.Format;
  if (format === 'CSV' || format === 'JSON') definition.Format = format;
  const roleArn = raw.RoleArn;
  if (typeof roleArn === 'string') definition.RoleArn = roleArn;
  const s3Url = raw.S3Url;
  if (typeof s3Url === 'string') definition.S3Url = s3Url;
  const defineSegment = raw.DefineSegment;
  if (typeof defineSegment === 'boolean') definition.DefineSegment = defineSegment;
  const registerEndpoints = raw.RegisterEndpoints;
  if (typeof registerEndpoints === 'boolean') definition.RegisterEndpoints = registerEndpoints;
  const segmentId = raw.SegmentId;
  if (typeof segmentId === 'string') definition.SegmentId = segmentId;
  const segmentName = raw.SegmentName;
  if (typeof segmentName === 'string') definition.SegmentName = segmentName;
  const externalId = raw.ExternalId;
  if (typeof externalId === 'string') definition.ExternalId = externalId;
  return definition;
}

function readFailures(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || raw.length > MAX_NORMALIZED_ITEMS) return undefined;
  const failures: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const entry: unknown = raw[i];
    if (typeof entry === 'string') failures.push(entry);
  }
  return failures;
}

/** Reads one object item (may throw on a hostile one). `Id` is filled in later. */
function readJob(raw: UnknownRecord): ImportJob {
  const job: ImportJob = { Id: '' };
  const applicationId = raw.ApplicationId;
  if (typeof applicationId === 'string') job.ApplicationId = applicationId;
  const creationDate = raw.CreationDate;
  if (typeof creationDate === 'string') job.CreationDate = creationDate;
  const completionDate = raw.CompletionDate;
  if (typeof completionDate === 'string') job.CompletionDate = completionDate;
  const jobStatus = raw.JobStatus;
  if (typeof jobStatus === 'string') job.JobStatus = jobStatus;
  const type = raw.Type;
  if (typeof type === 'string') job.Type = type;
  const totalPieces = raw.TotalPieces;
  if (isCount(totalPieces)) job.TotalPieces = totalPieces;
  const completedPieces = raw.CompletedPieces;
  if (isCount(completedPieces)) job.CompletedPieces = completedPieces;
  const failedPieces = raw.FailedPieces;
  if (isCount(failedPieces)) job.FailedPieces = failedPieces;
  const totalProcessed = raw.TotalProcessed;
  if (isCount(totalProcessed)) job.TotalProcessed = totalProcessed;
  const totalFailures = raw.TotalFailures;
  if (isCount(totalFailures)) job.TotalFailures = totalFailures;
  const failures = readFailures(raw.Failures);
  if (failures !== undefined) job.Failures = failures;
  const definition = readDefinition(raw.Definition);
  if (definition !== undefined) job.Definition = definition;
  return job;
}

/** The errors this module threw, told apart by identity: `instanceof` on a hostile proxy could throw. */
const thrownByUs = new WeakSet<PinpointError>();

function invalid(message: string, cause?: unknown): PinpointError {
  const error = new PinpointError({ name: 'InvalidResponseError', message, cause });
  thrownByUs.add(error);
  return error;
}

function normalize(body: unknown): ImportJobsPage {
  if (!isJsonObject(body)) throw invalid('The response is not an object.');
  const page = body.ImportJobsResponse;
  if (!isJsonObject(page)) throw invalid('The response holds no ImportJobsResponse object.');
  const item = page.Item;
  const nextToken = nonEmptyString(page.NextToken);
  if (item === undefined || item === null)
    return nextToken === undefined ? { jobs: [] } : { jobs: [], nextToken };
  if (!Array.isArray(item)) throw invalid('ImportJobsResponse.Item is not an array.');
  const length = item.length;
  if (length > MAX_NORMALIZED_ITEMS)
    throw invalid(`ImportJobsResponse.Item holds more than ${MAX_NORMALIZED_ITEMS}.`);

  // Read every item, noting its usable Id; then give every job a unique key (see assignJobKeys).
  const jobs: ImportJob[] = [];
  const ids: (string | undefined)[] = [];
  for (let i = 0; i < length; i++) {
    let job: ImportJob;
    let id: unknown;
    try {
      const raw: unknown = item[i];
      if (!isJsonObject(raw)) continue;
      job = readJob(raw);
      id = raw.Id;
    } catch {
      // An item whose reading throws (a getter, a revoked proxy) is dropped like any other unreadable item.
      continue;
    }
    jobs.push(job);
    ids.push(nonEmptyString(id));
  }
  const keys = assignJobKeys(ids, (index) => stableJobContent(jobs[index] as ImportJob));
  for (let i = 0; i < jobs.length; i++) (jobs[i] as ImportJob).Id = keys[i] as string;
  return nextToken === undefined ? { jobs } : { jobs, nextToken };
}

function normalizeJob(body: unknown, jobId: string | undefined): ImportJob {
  if (!isJsonObject(body)) throw invalid('The response is not an object.');
  const raw = body.ImportJobResponse;
  if (!isJsonObject(raw)) throw invalid('The response holds no ImportJobResponse object.');
  const job = readJob(raw);
  job.Id =
    nonEmptyString(raw.Id) ?? jobId ?? (assignJobKeys([undefined], () => stableJobContent(job))[0] as string);
  return job;
}

/** Runs a reader; anything it throws that is not our own `InvalidResponseError` becomes one. */
function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (typeof error === 'object' && error !== null && thrownByUs.has(error as PinpointError)) throw error;
    throw invalid('The response could not be read.', error);
  }
}

/**
 * Turns any value a fetcher resolved with into a well-formed page, or throws a `PinpointError` named
 * `InvalidResponseError`, and never anything else, whatever the input (getters that throw, proxies, cycles).
 *
 * - The body must be an object holding an `ImportJobsResponse` object, else `InvalidResponseError`: bad input never
 *   replaces good data with an empty list. `Item` absent or null is an empty page; `Item` of another type is
 *   `InvalidResponseError`, and so is an `Item` longer than {@link MAX_NORMALIZED_ITEMS}.
 * - `NextToken` counts only as a non-empty string; anything else means there is no next page.
 * - An item that is not an object (or whose reading throws) is dropped. Each field of the wrong type is dropped:
 *   strings must be strings, counts non-negative finite numbers, `Failures` keeps only its strings, `Definition`
 *   members are checked one by one (`Format` must be `CSV` or `JSON`). `JobStatus` is kept when it is a string, so an
 *   unknown status survives. Dates are kept as the strings they are.
 * - Every job gets a unique `Id`. The first job with a given non-empty string `Id` keeps it. A later duplicate gets
 *   `<Id>$pij-2`, `<Id>$pij-3`, … in order of appearance. A job without a usable `Id` gets `$pij-<hash>`, the hash
 *   made of the fields that never change during a job's life (`ApplicationId`, `CreationDate`, `Type` and the
 *   `Definition`), with `-2`, `-3`, … for look-alikes: the same job keeps its key from poll to poll even when other
 *   jobs come and go or its status changes. A synthetic key never takes a real `Id` of the same page.
 *
 * The result is made of fresh plain objects; nothing of the input is shared.
 *
 * @param body - What the fetcher resolved with: `{ ImportJobsResponse: { Item, NextToken } }`, untrusted.
 * @throws {PinpointError} `InvalidResponseError` when the body is not a page of import jobs.
 */
export function normalizeImportJobsResponse(body: unknown): ImportJobsPage {
  return guarded(() => normalize(body));
}

/**
 * Turns any value a `getImportJob` fetcher resolved with into a well-formed job, or throws a `PinpointError` named
 * `InvalidResponseError`, and never anything else, whatever the input. The rules of
 * {@link normalizeImportJobsResponse} hold for the job's fields; the body must be an object holding an
 * `ImportJobResponse` object. A job without a usable `Id` takes `jobId`, the ID it was asked for (else a synthetic
 * `$pij-…` key). The result is a fresh plain object.
 *
 * @param body - What the fetcher resolved with: `{ ImportJobResponse: { Id, JobStatus, … } }`, untrusted.
 * @param jobId - The ID the job was asked for. Default: none.
 * @throws {PinpointError} `InvalidResponseError` when the body is not one import job.
 */
export function normalizeImportJobResponse(body: unknown, jobId?: string): ImportJob {
  return guarded(() => normalizeJob(body, jobId));
}
