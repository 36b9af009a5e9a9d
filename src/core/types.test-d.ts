import { expectTypeOf } from 'vitest';
import {
  type ApplicationImportJobsFetcher,
  type Format,
  type GetImportJobRequest,
  type GetImportJobResponse,
  type GetImportJobsRequest,
  type GetImportJobsResponse,
  type GetSegmentImportJobsRequest,
  type GetSegmentImportJobsResponse,
  type ImportJob,
  type ImportJobFetcher,
  type ImportJobResponse,
  type ImportJobsFetcher,
  isTerminalJobStatus,
  JOB_STATUSES,
  type JobStatus,
  type SegmentImportJobsFetcher,
} from './types.js';

expectTypeOf<JobStatus>().toEqualTypeOf<
  | 'CREATED'
  | 'PREPARING_FOR_INITIALIZATION'
  | 'INITIALIZING'
  | 'PROCESSING'
  | 'PENDING_JOB'
  | 'COMPLETING'
  | 'COMPLETED'
  | 'FAILING'
  | 'FAILED'
>();
expectTypeOf(JOB_STATUSES).toEqualTypeOf<
  readonly [
    'CREATED',
    'PREPARING_FOR_INITIALIZATION',
    'INITIALIZING',
    'PROCESSING',
    'PENDING_JOB',
    'COMPLETING',
    'COMPLETED',
    'FAILING',
    'FAILED',
  ]
>();
expectTypeOf<Format>().toEqualTypeOf<'CSV' | 'JSON'>();

// The request: both IDs required, the rest optional strings, as in the seed's request syntax.
expectTypeOf<GetSegmentImportJobsRequest>().toEqualTypeOf<{
  ApplicationId: string;
  PageSize?: string;
  SegmentId: string;
  Token?: string;
}>();

// The response: wrapped as the SDK wraps it.
expectTypeOf<GetSegmentImportJobsResponse['ImportJobsResponse']['Item']>().toEqualTypeOf<
  ImportJobResponse[]
>();
expectTypeOf<GetSegmentImportJobsResponse['ImportJobsResponse']['NextToken']>().toEqualTypeOf<
  string | null | undefined
>();
expectTypeOf<ImportJobResponse['JobStatus']>().toEqualTypeOf<JobStatus>();
expectTypeOf<ImportJobResponse['Failures']>().toEqualTypeOf<string[] | undefined>();
expectTypeOf<ImportJobResponse['Definition']['Format']>().toEqualTypeOf<Format>();
expectTypeOf<ImportJobResponse['Definition']['DefineSegment']>().toEqualTypeOf<boolean | undefined>();
expectTypeOf<ImportJobResponse>().toHaveProperty('TotalProcessed').toEqualTypeOf<number | undefined>();

// The normalised job: only Id is required; an unknown status survives as a string.
expectTypeOf<ImportJob['Id']>().toEqualTypeOf<string>();
expectTypeOf<'SOMETHING_NEW'>().toExtend<NonNullable<ImportJob['JobStatus']>>();
expectTypeOf<ImportJob['TotalPieces']>().toEqualTypeOf<number | undefined>();

// The guard narrows.
declare const status: JobStatus;
if (isTerminalJobStatus(status)) expectTypeOf(status).toEqualTypeOf<'COMPLETED' | 'FAILED'>();

// The fetcher contract.
expectTypeOf<SegmentImportJobsFetcher>().parameter(1).toEqualTypeOf<{ signal: AbortSignal }>();
expectTypeOf<SegmentImportJobsFetcher>().returns.resolves.toEqualTypeOf<GetSegmentImportJobsResponse>();

// The sibling operations: GetImportJobs pages an application, GetImportJob reads one job; both wrapped as the SDK does.
expectTypeOf<GetImportJobsRequest>().toEqualTypeOf<{
  ApplicationId: string;
  PageSize?: string;
  Token?: string;
}>();
expectTypeOf<GetImportJobsResponse>().toEqualTypeOf<GetSegmentImportJobsResponse>();
expectTypeOf<GetImportJobRequest>().toEqualTypeOf<{ ApplicationId: string; JobId: string }>();
expectTypeOf<GetImportJobResponse>().toEqualTypeOf<{ ImportJobResponse: ImportJobResponse }>();

// The fetcher methods, one type per method, and the full fetcher: the segment function carrying both methods.
expectTypeOf<ApplicationImportJobsFetcher['getImportJobs']>().parameters.toEqualTypeOf<
  [GetImportJobsRequest, { signal: AbortSignal }]
>();
expectTypeOf<
  ApplicationImportJobsFetcher['getImportJobs']
>().returns.resolves.toEqualTypeOf<GetImportJobsResponse>();
expectTypeOf<ImportJobFetcher['getImportJob']>().parameters.toEqualTypeOf<
  [GetImportJobRequest, { signal: AbortSignal }]
>();
expectTypeOf<ImportJobFetcher['getImportJob']>().returns.resolves.toEqualTypeOf<GetImportJobResponse>();
expectTypeOf<ImportJobsFetcher>().toExtend<SegmentImportJobsFetcher>();
expectTypeOf<ImportJobsFetcher>().toExtend<ApplicationImportJobsFetcher>();
expectTypeOf<ImportJobsFetcher>().toExtend<ImportJobFetcher>();
// A plain function is a segment fetcher only.
expectTypeOf<SegmentImportJobsFetcher>().not.toExtend<ImportJobFetcher>();
expectTypeOf<SegmentImportJobsFetcher>().not.toExtend<ApplicationImportJobsFetcher>();
