import { normalizeImportJobsResponse } from '../normalize.js';
import type { ImportJobsPage } from '../types.js';
import { replaceEqualPage } from './structuralSharing.js';

/**
 * The one way a response becomes the page an entry holds, whether a fetcher resolved with it or it came as
 * `initialData`: normalised (nothing of it is trusted), then sharing each unchanged job with the page before.
 *
 * @param response - What a fetcher resolved with, or `initialData`.
 * @param previous - The page the entry holds, if any.
 * @throws {PinpointError} `InvalidResponseError` when the response is no page of import jobs.
 */
export function readPage(response: unknown, previous: ImportJobsPage | undefined): ImportJobsPage {
  return replaceEqualPage(previous, normalizeImportJobsResponse(response));
}
