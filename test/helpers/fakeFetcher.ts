import type {
  GetImportJobRequest,
  GetImportJobResponse,
  GetImportJobsRequest,
  GetImportJobsResponse,
  GetSegmentImportJobsRequest,
  GetSegmentImportJobsResponse,
  ImportJobResponse,
  ImportJobsFetcher,
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

/** The operation of a {@link FakeImportJobsFetcher} call. */
export type FakeOperation = 'GetSegmentImportJobs' | 'GetImportJobs' | 'GetImportJob';

/** One call a {@link FakeImportJobsFetcher} received, of any operation, settled by the test. */
export interface FakeFamilyCall {
  operation: FakeOperation;
  request: GetSegmentImportJobsRequest | GetImportJobsRequest | GetImportJobRequest;
  signal: AbortSignal;
  resolve: (response: GetSegmentImportJobsResponse | GetImportJobResponse) => void;
  reject: (error: unknown) => void;
}

/** A full fetcher (the function and both methods) whose every call, of any operation, waits for the test. */
export interface FakeImportJobsFetcher extends ImportJobsFetcher {
  calls: FakeFamilyCall[];
  /** The calls of one operation. */
  callsOf(operation: FakeOperation): FakeFamilyCall[];
}

/** Creates a {@link FakeImportJobsFetcher}. */
export function createFakeImportJobsFetcher(): FakeImportJobsFetcher {
  const calls: FakeFamilyCall[] = [];
  const call =
    <T>(operation: FakeOperation) =>
    (request: FakeFamilyCall['request'], init: { signal: AbortSignal }) =>
      new Promise<T>((resolve, reject) => {
        calls.push({
          operation,
          request,
          signal: init.signal,
          resolve: resolve as FakeFamilyCall['resolve'],
          reject,
        });
      });
  return Object.assign(call<GetSegmentImportJobsResponse>('GetSegmentImportJobs'), {
    getImportJobs: call<GetImportJobsResponse>('GetImportJobs'),
    getImportJob: call<GetImportJobResponse>('GetImportJob'),
    calls,
    callsOf: (operation: FakeOperation) => calls.filter((each) => each.operation === operation),
  });
}

/** The reply of `GetImportJob` holding this job. */
export function one(item: ImportJobResponse): GetImportJobResponse {
  return { ImportJobResponse: item };
}
