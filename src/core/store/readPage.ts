import { normalizeImportJobResponse, normalizeImportJobsResponse } from '../normalize.js';
import type { ImportJobsPage } from '../types.js';
import type { ImportJobsEntryKey } from './entryKey.js';
import { replaceEqualPage } from './structuralSharing.js';

/**
 * The one way a response becomes the page an entry holds, whether a fetcher resolved with it or it came as
 * `initialData`: normalised (nothing of it is trusted), then sharing each unchanged job with the page before. One job
 * (`GetImportJob`) becomes a page of that one job, without a next page.
 *
 * @param response - What a fetcher resolved with, or `initialData`.
 * @param previous - The page the entry holds, if any.
 * @param key - The entry's key: what the response answers.
 * @throws {PinpointError} `InvalidResponseError` when the response is no page of import jobs, or no job.
 */
export function readPage(
  response: unknown,
  previous: ImportJobsPage | undefined,
  key: ImportJobsEntryKey,
): ImportJobsPage {
  return replaceEqualPage(
    previous,
    key.kind === 'job'
      ? { jobs: [normalizeImportJobResponse(response, key.jobId)] }
      : normalizeImportJobsResponse(response),
  );
}
