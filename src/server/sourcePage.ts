import type { ImportJobResource, ImportJobResponse } from '../core/types.js';

/**
 * A page of the source, as the handler keeps it: each job as JSON text, so no caller can change another's. One job
 * (`GetImportJob`) is a page of that job.
 */
export interface SourcePage {
  /** The jobs, each the JSON text of an object with only the members of `ImportJobResponse`. */
  jobs: string[];
  /** The source's `NextToken`, when it is a non-empty string. */
  nextToken?: string;
}

/** The most jobs a page may hold: what the library's normalizer reads (`MAX_NORMALIZED_ITEMS`). */
const MAX_JOBS = 100_000;

/** The members of `ImportJobResponse`: all that is sent of a job. */
export const JOB_MEMBERS = [
  'ApplicationId',
  'CompletedPieces',
  'CompletionDate',
  'CreationDate',
  'Definition',
  'FailedPieces',
  'Failures',
  'Id',
  'JobStatus',
  'TotalFailures',
  'TotalPieces',
  'TotalProcessed',
  'Type',
] as const satisfies readonly (keyof ImportJobResponse)[];

/** The members of `ImportJobResource`: all that is sent of a job's `Definition`. */
export const DEFINITION_MEMBERS = [
  'DefineSegment',
  'ExternalId',
  'Format',
  'RegisterEndpoints',
  'RoleArn',
  'S3Url',
  'SegmentId',
  'SegmentName',
] as const satisfies readonly (keyof ImportJobResource)[];

type Bag = Record<string, unknown>;

const isObject = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `raw` with only `members` (those not `undefined`). */
function pick(raw: Bag, members: readonly string[]): Bag {
  const picked: Bag = {};
  for (const member of members) {
    const value = raw[member];
    if (value !== undefined) picked[member] = value;
  }
  return picked;
}

/** The error a reply the handler cannot read is: named `InvalidResponseError`, as the library's fetchers name it. */
class InvalidResponseError extends Error {
  override name = 'InvalidResponseError';
}

function invalid(message: string, cause?: unknown): InvalidResponseError {
  return new InvalidResponseError(message, { cause });
}

/** A job of the source as JSON text, with only the members of `ImportJobResponse` (and of its `Definition`). */
function jobText(raw: Bag): string {
  const job = pick(raw, JOB_MEMBERS);
  if (isObject(job.Definition)) job.Definition = pick(job.Definition, DEFINITION_MEMBERS);
  return JSON.stringify(job);
}

function read(reply: unknown, single: boolean): SourcePage {
  const member = single ? 'ImportJobResponse' : 'ImportJobsResponse';
  const body = isObject(reply) ? reply[member] : undefined;
  if (!isObject(body)) throw invalid(`No ${member} object.`);
  if (single) return { jobs: [jobText(body)] };
  const { Item: item, NextToken: nextToken } = body;
  const page: SourcePage = { jobs: [] };
  if (typeof nextToken === 'string' && nextToken !== '') page.nextToken = nextToken;
  if (item === undefined || item === null) return page;
  if (!Array.isArray(item)) throw invalid('Item is no array.');
  if (item.length > MAX_JOBS) throw invalid('Item is too long.');
  for (let index = 0; index < item.length; index += 1) {
    const raw: unknown = item[index];
    // Not a job: nothing to send.
    if (isObject(raw)) page.jobs.push(jobText(raw));
  }
  return page;
}

/**
 * Reads what the source resolved with: `{ ImportJobsResponse: { Item, NextToken } }` for a list, or
 * `{ ImportJobResponse: job }` for one job (a page of that one job), untrusted. `Item` absent or null is an empty page;
 * an item that is not an object is left out; each job keeps only the members of `ImportJobResponse` (and its
 * `Definition` those of `ImportJobResource`), their values as they are: the client checks them. Anything else (no
 * `ImportJobsResponse` or `ImportJobResponse` object, an `Item` that is no array or is huge, a value that cannot be
 * JSON, a getter that throws) is an `InvalidResponseError`.
 *
 * @param reply - What the source resolved with.
 * @param single - Whether the reply is one job's (`GetImportJob`).
 * @throws {Error} Named `InvalidResponseError`.
 */
export function readSourcePage(reply: unknown, single = false): SourcePage {
  try {
    return read(reply, single);
  } catch (error) {
    if (error instanceof InvalidResponseError) throw error;
    throw invalid('The reply could not be read.', error);
  }
}
