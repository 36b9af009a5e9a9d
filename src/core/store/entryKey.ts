import type { GetSegmentImportJobsRequest } from '../types.js';

/** What identifies one shared entry of the store: one page of one segment's import jobs. */
export interface ImportJobsEntryKey {
  /** The application ID. */
  applicationId: string;
  /** The segment ID. */
  segmentId: string;
  /** The page size, or `undefined` when none is sent. */
  pageSize: number | undefined;
  /** The page token, or `undefined` for the first page. */
  token: string | undefined;
}

/**
 * A string that is equal for equal keys and different for different ones.
 *
 * @param key - An entry key.
 */
export function hashEntryKey(key: ImportJobsEntryKey): string {
  return JSON.stringify([key.applicationId, key.segmentId, key.pageSize ?? null, key.token ?? null]);
}

/**
 * The request an entry sends for its key. `PageSize` goes only as a whole number of 1 or more: `NaN`, `Infinity`
 * or `-1` would be a 400 from the service.
 *
 * @param key - An entry key.
 */
export function requestOf(key: ImportJobsEntryKey): GetSegmentImportJobsRequest {
  const request: GetSegmentImportJobsRequest = { ApplicationId: key.applicationId, SegmentId: key.segmentId };
  const { pageSize } = key;
  if (pageSize !== undefined && pageSize >= 1 && Number.isFinite(pageSize)) {
    request.PageSize = String(Math.floor(pageSize));
  }
  if (key.token !== undefined) request.Token = key.token;
  return request;
}
