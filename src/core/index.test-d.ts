import { expectTypeOf } from 'vitest';
import {
  type CreateHttpFetcherOptions,
  createHttpFetcher,
  errorFromHttpResponse,
  errorNameForResponse,
  type ImportJob,
  type ImportJobsFetcher,
  type ImportJobsPage,
  normalizeImportJobsResponse,
  type PinpointError,
  type PinpointErrorName,
  parseRetryAfter,
  type SegmentImportJobsFetcher,
  toPinpointError,
} from './index.js';

// The public types of `pinpoint-import-jobs/core`: the HTTP fetcher, errors and the normaliser.

// createHttpFetcher: options and result.
expectTypeOf(createHttpFetcher).parameter(0).toEqualTypeOf<CreateHttpFetcherOptions>();
expectTypeOf(createHttpFetcher).returns.toEqualTypeOf<ImportJobsFetcher>();
expectTypeOf(createHttpFetcher).returns.toExtend<SegmentImportJobsFetcher>();
expectTypeOf<CreateHttpFetcherOptions['baseUrl']>().toEqualTypeOf<string>();
expectTypeOf<CreateHttpFetcherOptions['timeoutMs']>().toEqualTypeOf<number | undefined>();
expectTypeOf<CreateHttpFetcherOptions['fetch']>().toEqualTypeOf<typeof fetch | undefined>();
createHttpFetcher({ baseUrl: '/api/pinpoint' });
createHttpFetcher({ baseUrl: 'https://x', headers: { Authorization: 'a' } });
createHttpFetcher({ baseUrl: 'https://x', headers: [['Authorization', 'a']] });
createHttpFetcher({ baseUrl: 'https://x', headers: () => new Headers() });
createHttpFetcher({ baseUrl: 'https://x', headers: async () => ({ Authorization: 'a' }) });
// @ts-expect-error baseUrl is required
createHttpFetcher({});
// @ts-expect-error headers must be HeadersInit or a function returning it
createHttpFetcher({ baseUrl: 'https://x', headers: 5 });

// A fetcher: request with wire names, init with a signal, resolves to the wrapped page.
expectTypeOf<Parameters<SegmentImportJobsFetcher>[0]>()
  .toHaveProperty('ApplicationId')
  .toEqualTypeOf<string>();
expectTypeOf<Parameters<SegmentImportJobsFetcher>[1]>().toEqualTypeOf<{ signal: AbortSignal }>();

// Errors.
expectTypeOf(toPinpointError).parameter(0).toBeUnknown();
expectTypeOf(toPinpointError).returns.toEqualTypeOf<PinpointError>();
expectTypeOf<PinpointError['name']>().toEqualTypeOf<PinpointErrorName>();
expectTypeOf<PinpointError['retryable']>().toEqualTypeOf<boolean>();
expectTypeOf<PinpointError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
expectTypeOf<PinpointError['statusCode']>().toEqualTypeOf<number | undefined>();
expectTypeOf<PinpointError['requestId']>().toEqualTypeOf<string | undefined>();
expectTypeOf(errorNameForResponse).returns.toEqualTypeOf<PinpointErrorName>();
expectTypeOf(errorFromHttpResponse).returns.toEqualTypeOf<PinpointError>();
expectTypeOf(parseRetryAfter).returns.toEqualTypeOf<number | undefined>();

// The normaliser takes anything and gives a page of ImportJob.
expectTypeOf(normalizeImportJobsResponse).parameter(0).toBeUnknown();
expectTypeOf(normalizeImportJobsResponse).returns.toEqualTypeOf<ImportJobsPage>();
expectTypeOf<ImportJobsPage['jobs']>().toEqualTypeOf<ImportJob[]>();
expectTypeOf<ImportJobsPage['nextToken']>().toEqualTypeOf<string | undefined>();
expectTypeOf<ImportJob['Id']>().toEqualTypeOf<string>();
const status: ImportJob['JobStatus'] = 'SOMETHING_NEW';
expectTypeOf(status).toExtend<string | undefined>();
