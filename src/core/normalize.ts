import { PinpointError } from './errors.js';
import type { ImportJob, ImportJobsPage } from './types.js';

/**
 * Turns any value a fetcher resolved with into a well-formed page, or throws an `InvalidResponseError`.
 * STUB: the fetchers issue replaces this with the full rules.
 *
 * @param body - What the fetcher resolved with: `{ ImportJobsResponse: { Item, NextToken } }`, untrusted.
 */
export function normalizeImportJobsResponse(body: unknown): ImportJobsPage {
  const page = (body as { ImportJobsResponse?: { Item?: unknown; NextToken?: unknown } } | null)
    ?.ImportJobsResponse;
  if (typeof page !== 'object' || page === null) {
    throw new PinpointError({
      name: 'InvalidResponseError',
      message: 'The response holds no ImportJobsResponse.',
    });
  }
  const jobs = Array.isArray(page.Item) ? (page.Item as ImportJob[]) : [];
  return typeof page.NextToken === 'string' && page.NextToken !== ''
    ? { jobs, nextToken: page.NextToken }
    : { jobs };
}
