/**
 * Wire types of Amazon Pinpoint's import job operations: `GetSegmentImportJobs`
 * (`GET /v1/apps/{application-id}/segments/{segment-id}/jobs/import`), `GetImportJobs`
 * (`GET /v1/apps/{application-id}/jobs/import`) and `GetImportJob` (`GET /v1/apps/{application-id}/jobs/import/{job-id}`).
 *
 * Every member keeps the name it has on the wire. These types describe what the service *promises*; what a
 * response really holds is untrusted until it has been through `normalizeImportJobsResponse`, which yields
 * {@link ImportJob}.
 *
 * @packageDocumentation
 */

/**
 * Every status an import job can report, in the order of the service model.
 *
 * A job moves from `CREATED` through `PREPARING_FOR_INITIALIZATION`, `INITIALIZING` and `PROCESSING`
 * (waiting in `PENDING_JOB` while the account runs its maximum of concurrent imports) to `COMPLETING` and
 * `COMPLETED`, or through `FAILING` to `FAILED`.
 */
export const JOB_STATUSES = [
  'CREATED',
  'PREPARING_FOR_INITIALIZATION',
  'INITIALIZING',
  'PROCESSING',
  'PENDING_JOB',
  'COMPLETING',
  'COMPLETED',
  'FAILING',
  'FAILED',
] as const;

/**
 * The status of an import job. `FAILED` means Amazon Pinpoint could not process one or more pieces of the job.
 * `COMPLETED` and `FAILED` are terminal: see {@link isTerminalJobStatus}.
 */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The statuses after which a job never changes again. */
export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = ['COMPLETED', 'FAILED'];

/**
 * Whether `status` is terminal (`COMPLETED` or `FAILED`): such a job will not change again, so it needs no polling.
 * Any other value, including a status this library does not know, counts as still active.
 *
 * @param status - A job status, possibly one the service added after this library was written.
 * @returns `true` for `COMPLETED` and `FAILED` only.
 */
export function isTerminalJobStatus(status: unknown): status is 'COMPLETED' | 'FAILED' {
  return status === 'COMPLETED' || status === 'FAILED';
}

/**
 * Whether `value` is one of the nine statuses of {@link JOB_STATUSES}.
 *
 * @param value - Any value, typically a `JobStatus` read from a response.
 */
export function isKnownJobStatus(value: unknown): value is JobStatus {
  return typeof value === 'string' && (JOB_STATUSES as readonly string[]).includes(value);
}

/** Every file format an import job reads, in the order of the service model. */
export const FORMATS = ['CSV', 'JSON'] as const;

/**
 * The format of the files an import job reads: `CSV` (comma-separated values) or `JSON` (newline-delimited
 * JSON). When the S3 location mixes formats, only the files of this format are imported.
 */
export type Format = (typeof FORMATS)[number];

/**
 * The settings of an import job: where it reads endpoint definitions from and what it does with them
 * (`ImportJobResource` in the service model).
 */
export interface ImportJobResource {
  /** Whether the job creates a segment holding the imported endpoints. */
  DefineSegment?: boolean;
  /**
   * Deprecated: the AWS account ID once set as an external ID in the IAM trust policy of `RoleArn`.
   * Amazon Pinpoint no longer needs it, and external IDs are not recommended for roles it assumes.
   *
   * @deprecated Kept only because old jobs still report it.
   */
  ExternalId?: string;
  /** The format of the files that hold the endpoint definitions. */
  Format: Format;
  /** Whether the job registers the imported endpoints with Amazon Pinpoint. */
  RegisterEndpoints?: boolean;
  /** The ARN of the IAM role that lets Amazon Pinpoint read the S3 location. */
  RoleArn: string;
  /**
   * The S3 location of the endpoint definitions, as `s3://bucket-name/folder-name/file-name`: a single object,
   * or a prefix whose files (subfolders included) are all imported.
   */
  S3Url: string;
  /** The segment the job adds endpoints to or updates, when it updates an existing segment. */
  SegmentId?: string;
  /** The name of the segment the job creates, when `DefineSegment` is true. */
  SegmentName?: string;
}

/**
 * The status and settings of one import job (`ImportJobResponse` in the service model), as the service promises
 * it. Counts are as of the time of the request.
 */
export interface ImportJobResponse {
  /** The ID of the application (the Project ID in the Pinpoint console) the job belongs to. */
  ApplicationId: string;
  /** How many pieces the job has processed successfully so far. */
  CompletedPieces?: number;
  /** When the job completed, as an ISO 8601 date. */
  CompletionDate?: string;
  /** When the job was created, as an ISO 8601 date. */
  CreationDate: string;
  /** The settings the job runs with. */
  Definition: ImportJobResource;
  /** How many pieces the job failed to process so far. */
  FailedPieces?: number;
  /** One entry for each of the first 100 endpoint definitions that failed, if any: never more than 100. */
  Failures?: string[];
  /** The unique ID of the import job. */
  Id: string;
  /** The status of the job. */
  JobStatus: JobStatus;
  /** How many endpoint definitions failed in all (often a syntax error); can be far more than `Failures` holds. */
  TotalFailures?: number;
  /** How many pieces the job must process in all; each holds a roughly equal share of the definitions. */
  TotalPieces?: number;
  /** How many endpoint definitions the job has processed. */
  TotalProcessed?: number;
  /** The job type: `IMPORT` for import jobs. */
  Type: string;
}

/** One page of import jobs (`ImportJobsResponse` in the service model): the bare body of a 200 response. */
export interface ImportJobsResponse {
  /** The import jobs of the segment on this page, one entry per job. */
  Item: ImportJobResponse[];
  /** The token of the next page; absent or null on the last page. */
  NextToken?: string | null;
}

/** The input of `GetSegmentImportJobs`, as in the request syntax of the reference. Absent keys are omitted. */
export interface GetSegmentImportJobsRequest {
  /** The ID of the application: the Project ID shown in the Pinpoint console. Required. */
  ApplicationId: string;
  /** The maximum number of jobs on a page. A string, as on the wire (`page-size`). */
  PageSize?: string;
  /** The ID of the segment. Required. */
  SegmentId: string;
  /** The `NextToken` of the previous page, to fetch the page after it (`token` on the wire). */
  Token?: string;
}

/**
 * The output of `GetSegmentImportJobs`, as the AWS SDK returns it: the body wrapped in `ImportJobsResponse`.
 * This is what every {@link SegmentImportJobsFetcher} resolves to.
 */
export interface GetSegmentImportJobsResponse {
  /** The page of import jobs. */
  ImportJobsResponse: ImportJobsResponse;
}

/** The second argument of every fetcher call: the {@link SegmentImportJobsFetcher} and each of its methods. */
export interface SegmentImportJobsFetcherInit {
  /** Aborted when the library no longer needs the reply (unmount, page change, newer request). */
  signal: AbortSignal;
}

/**
 * Fetches one page of a segment's import jobs: the seam between the library and the network.
 *
 * Resolve with the response (wrapped in `ImportJobsResponse`, as the SDK does); reject with anything on failure,
 * ideally a `PinpointError`. The library treats the result as untrusted and normalises it. Honour `init.signal`.
 */
export type SegmentImportJobsFetcher = (
  request: GetSegmentImportJobsRequest,
  init: SegmentImportJobsFetcherInit,
) => Promise<GetSegmentImportJobsResponse>;

/** The input of `GetImportJobs`: every import job of an application. Absent keys are omitted. */
export interface GetImportJobsRequest {
  /** The ID of the application: the Project ID shown in the Pinpoint console. Required. */
  ApplicationId: string;
  /** The maximum number of jobs on a page. A string, as on the wire (`page-size`). */
  PageSize?: string;
  /** The `NextToken` of the previous page, to fetch the page after it (`token` on the wire). */
  Token?: string;
}

/** The output of `GetImportJobs`, as the AWS SDK returns it: the same page as a segment's, wrapped. */
export interface GetImportJobsResponse {
  /** The page of import jobs, of all the application's segments. */
  ImportJobsResponse: ImportJobsResponse;
}

/** The input of `GetImportJob`: one import job. */
export interface GetImportJobRequest {
  /** The ID of the application: the Project ID shown in the Pinpoint console. Required. */
  ApplicationId: string;
  /** The ID of the import job. Required. */
  JobId: string;
}

/** The output of `GetImportJob`, as the AWS SDK returns it: the body, one job, wrapped in `ImportJobResponse`. */
export interface GetImportJobResponse {
  /** The import job. */
  ImportJobResponse: ImportJobResponse;
}

/**
 * A fetcher that reads an application's import jobs (`GetImportJobs`): what `useApplicationImportJobs` needs. Resolve
 * with the wrapped page, reject with anything on failure (ideally a `PinpointError`), honour `init.signal`.
 */
export interface ApplicationImportJobsFetcher {
  /** Fetches one page of the import jobs of an application, newest first. */
  getImportJobs: (
    request: GetImportJobsRequest,
    init: SegmentImportJobsFetcherInit,
  ) => Promise<GetImportJobsResponse>;
}

/**
 * A fetcher that reads one import job (`GetImportJob`): what `useImportJob` needs. Resolve with the wrapped job,
 * reject with anything on failure (a `PinpointError` named `NotFoundException` for an unknown job), honour
 * `init.signal`.
 */
export interface ImportJobFetcher {
  /** Fetches one import job. */
  getImportJob: (
    request: GetImportJobRequest,
    init: SegmentImportJobsFetcherInit,
  ) => Promise<GetImportJobResponse>;
}

/**
 * The full fetcher, as `createHttpFetcher` and `createSdkFetcher` make it: the {@link SegmentImportJobsFetcher}
 * function that it always was, carrying the methods of the other operations. Pass the same one to every hook. The
 * store calls each method on the fetcher (`fetcher.getImportJob(...)`), so methods of your own may use `this`.
 */
export type ImportJobsFetcher = SegmentImportJobsFetcher & ApplicationImportJobsFetcher & ImportJobFetcher;

/**
 * An import job after normalisation: every wire field is optional except `Id`, and every present field has the
 * type the model promises. `JobStatus` keeps a status this library does not know as the string it is.
 */
export interface ImportJob {
  /** The job's `Id`, or a stable synthetic key (`$pij-…`) when the response had no usable or a duplicate `Id`. */
  Id: string;
  /** See {@link ImportJobResponse.ApplicationId}. */
  ApplicationId?: string | undefined;
  /** See {@link ImportJobResponse.CompletedPieces}. A non-negative finite number. */
  CompletedPieces?: number | undefined;
  /** See {@link ImportJobResponse.CompletionDate}. */
  CompletionDate?: string | undefined;
  /** See {@link ImportJobResponse.CreationDate}. */
  CreationDate?: string | undefined;
  /** See {@link ImportJobResponse.Definition}; each member optional, each present one well typed. */
  Definition?: Partial<ImportJobResource> | undefined;
  /** See {@link ImportJobResponse.FailedPieces}. A non-negative finite number. */
  FailedPieces?: number | undefined;
  /** See {@link ImportJobResponse.Failures}. Strings only. */
  Failures?: string[] | undefined;
  /** See {@link ImportJobResponse.JobStatus}. An unknown status survives as its string. */
  JobStatus?: JobStatus | (string & {}) | undefined;
  /** See {@link ImportJobResponse.TotalFailures}. A non-negative finite number. */
  TotalFailures?: number | undefined;
  /** See {@link ImportJobResponse.TotalPieces}. A non-negative finite number. */
  TotalPieces?: number | undefined;
  /** See {@link ImportJobResponse.TotalProcessed}. A non-negative finite number. */
  TotalProcessed?: number | undefined;
  /** See {@link ImportJobResponse.Type}. */
  Type?: string | undefined;
}

/** A page of import jobs after normalisation. */
export interface ImportJobsPage {
  /** The jobs of the page, in the order the service sent them. */
  jobs: ImportJob[];
  /** The token of the next page; absent on the last page (an empty or null token counts as absent). */
  nextToken?: string;
}
