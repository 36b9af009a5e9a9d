import { PinpointError } from '../errors.js';
import type {
  ApplicationImportJobsFetcher,
  GetImportJobRequest,
  GetImportJobsRequest,
  GetSegmentImportJobsRequest,
  ImportJobFetcher,
  SegmentImportJobsFetcher,
  SegmentImportJobsFetcherInit,
} from '../types.js';

/**
 * What an entry holds: a page of a segment's import jobs (`GetSegmentImportJobs`), a page of an application's
 * (`GetImportJobs`), or one job (`GetImportJob`).
 */
export type ImportJobsEntryKind = 'segment' | 'application' | 'job';

/** What identifies one shared entry of the store. */
export interface ImportJobsEntryKey {
  /** What the entry holds. */
  kind: ImportJobsEntryKind;
  /** The application ID. */
  applicationId: string;
  /** The segment ID, for a segment's page. */
  segmentId?: string | undefined;
  /** The job ID, for one job. */
  jobId?: string | undefined;
  /** The page size of a page, or `undefined` when none is sent. */
  pageSize?: number | undefined;
  /** The page token of a page, or `undefined` for the first page. */
  token?: string | undefined;
}

/** A fetcher, as observers of any kind offer it: the entry checks it has what its key needs. */
export type StoreFetcher = SegmentImportJobsFetcher | ApplicationImportJobsFetcher | ImportJobFetcher;

/**
 * A string that is equal for equal keys and different for different ones.
 *
 * @param key - An entry key.
 */
export function hashEntryKey(key: ImportJobsEntryKey): string {
  return JSON.stringify([
    key.kind,
    key.applicationId,
    key.segmentId ?? key.jobId ?? null,
    key.pageSize ?? null,
    key.token ?? null,
  ]);
}

/**
 * The request an entry sends for its key. `PageSize` goes only as a whole number of 1 or more: `NaN`, `Infinity`
 * or `-1` would be a 400 from the service.
 *
 * @param key - An entry key.
 */
export function requestOf(
  key: ImportJobsEntryKey,
): GetSegmentImportJobsRequest | GetImportJobsRequest | GetImportJobRequest {
  if (key.kind === 'job') return { ApplicationId: key.applicationId, JobId: key.jobId as string };
  const request: GetImportJobsRequest & { SegmentId?: string } = { ApplicationId: key.applicationId };
  if (key.kind === 'segment') request.SegmentId = key.segmentId as string;
  const { pageSize } = key;
  if (pageSize !== undefined && pageSize >= 1 && Number.isFinite(pageSize)) {
    request.PageSize = String(Math.floor(pageSize));
  }
  if (key.token !== undefined) request.Token = key.token;
  return request;
}

/**
 * Sends the request of a key with the fetcher's call for it: the fetcher itself for a segment's page, its
 * `getImportJobs` for an application's, its `getImportJob` for one job (called on the fetcher, so it may use `this`).
 * A fetcher without that method fails with `MethodNotAllowedException`, not retryable, and nothing is sent.
 *
 * @param key - An entry key.
 * @param fetcher - The fetcher an observer offered.
 * @param init - The signal.
 */
export function sendRequest(
  key: ImportJobsEntryKey,
  fetcher: StoreFetcher,
  init: SegmentImportJobsFetcherInit,
): Promise<unknown> {
  const request = requestOf(key);
  if (key.kind === 'segment') {
    return (fetcher as SegmentImportJobsFetcher)(request as GetSegmentImportJobsRequest, init);
  }
  const method = key.kind === 'job' ? 'getImportJob' : 'getImportJobs';
  const call: unknown = (fetcher as Partial<Record<typeof method, unknown>> | undefined)?.[method];
  if (typeof call !== 'function') {
    throw new PinpointError({
      name: 'MethodNotAllowedException',
      message: `The fetcher has no ${method} method.`,
      retryable: false,
    });
  }
  return call.call(fetcher, request, init);
}
