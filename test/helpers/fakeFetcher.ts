import type {
  GetSegmentImportJobsRequest,
  GetSegmentImportJobsResponse,
  ImportJobResponse,
  SegmentImportJobsFetcher,
} from '../../src/core/types.js';

/** One call a {@link FakeFetcher} received, settled by the test. */
export interface FakeCall {
  request: GetSegmentImportJobsRequest;
  signal: AbortSignal;
  resolve: (response: GetSegmentImportJobsResponse) => void;
  reject: (error: unknown) => void;
}

/** A fetcher whose every call waits for the test to settle it. */
export interface FakeFetcher extends SegmentImportJobsFetcher {
  calls: FakeCall[];
}

/** Creates a {@link FakeFetcher}. */
export function createFakeFetcher(): FakeFetcher {
  const calls: FakeCall[] = [];
  const fetcher = ((request: GetSegmentImportJobsRequest, init: { signal: AbortSignal }) =>
    new Promise<GetSegmentImportJobsResponse>((resolve, reject) => {
      calls.push({ request, signal: init.signal, resolve, reject });
    })) as FakeFetcher;
  fetcher.calls = calls;
  return fetcher;
}

/** A wire job with the given id and status. */
export function job(
  Id: string,
  JobStatus: string,
  extra: Partial<ImportJobResponse> = {},
): ImportJobResponse {
  return {
    Id,
    JobStatus: JobStatus as ImportJobResponse['JobStatus'],
    ApplicationId: 'app',
    CreationDate: '2024-01-01T00:00:00.000Z',
    Type: 'IMPORT',
    Definition: { Format: 'CSV', RoleArn: 'arn:aws:iam::1:role/r', S3Url: 's3://b/k' },
    ...extra,
  };
}

/** A response holding these jobs and this next token. */
export function page(items: ImportJobResponse[], NextToken?: string): GetSegmentImportJobsResponse {
  return { ImportJobsResponse: NextToken === undefined ? { Item: items } : { Item: items, NextToken } };
}
