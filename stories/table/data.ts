import {
  type ImportJob,
  type ImportJobResponse,
  normalizeImportJobsResponse,
  PinpointError,
  type PinpointErrorName,
} from '../../src/index.js';
import {
  createFailureMessages,
  createImportJob,
  createImportJobs,
  createPinpointBackend,
  type ImportJobOverrides,
  PINPOINT_EXCEPTION_STATUS,
  type PinpointExceptionName,
} from '../../src/msw/index.js';

/** The application and segment every story shows. */
export const APPLICATION_ID = '7a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const SEGMENT_ID = 'newsletter-subscribers';

/** Normalises wire jobs the way the hook does, so static stories show exactly what a live table would. */
export function toImportJobs(items: readonly ImportJobResponse[]): ImportJob[] {
  return normalizeImportJobsResponse({ ImportJobsResponse: { Item: items } }).jobs;
}

/** A page of 12 jobs in a seeded mix, the newest first: one of them FAILED with 100 of 2,345 failures shown. */
export const wireJobs: ImportJobResponse[] = [
  createImportJob(
    {
      Id: 'job-processing',
      JobStatus: 'PROCESSING',
      TotalPieces: 8,
      CompletedPieces: 3,
      TotalProcessed: 7_500,
    },
    { seed: 101 },
  ),
  createImportJob({ Id: 'job-failed', JobStatus: 'FAILED', TotalFailures: 2_345 }, { seed: 102 }),
  ...createImportJobs(10, {
    seed: 103,
    applicationId: APPLICATION_ID,
    segmentId: SEGMENT_ID,
    statuses: [
      'COMPLETED',
      'COMPLETED',
      'FAILED',
      'COMPLETED',
      'PENDING_JOB',
      'COMPLETED',
      'COMPLETED',
      'CREATED',
      'COMPLETED',
      'COMPLETED',
    ],
  }),
];

/** {@link wireJobs}, normalised. */
export const jobs: ImportJob[] = toImportJobs(wireJobs);

/** 500 normalised jobs, for the large-table story. */
export const manyJobs: ImportJob[] = toImportJobs(
  createImportJobs(500, { seed: 500, applicationId: APPLICATION_ID, segmentId: SEGMENT_ID }),
);

/** The error a fetcher rejects with for each of the seven exceptions, as `createHttpFetcher` names it. */
export function exceptionError(name: PinpointExceptionName & PinpointErrorName): PinpointError {
  return new PinpointError({
    name,
    statusCode: PINPOINT_EXCEPTION_STATUS[name],
    requestId: '3f0c1e2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    message: name,
    ...(name === 'TooManyRequestsException' ? { retryAfterMs: 1000 } : {}),
  });
}

/** Strings that would be dangerous if rendered as HTML or used as a link. */
export const HOSTILE: readonly string[] = [
  '<img src=x onerror="alert(1)">',
  '<script>alert("xss")</script>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '\u202eRTL override\u202c and emoji 💥',
];

/** One job for a component story: a seeded, complete job with the fields given, normalised as the hook shows it. */
export function storyJob(overrides: ImportJobOverrides = {}, seed = 1): ImportJob {
  return toImportJobs([createImportJob(overrides, { seed })])[0] as ImportJob;
}

/** `count` failure messages as the service words them, each with its own line number. */
export function failures(count: number): string[] {
  return createFailureMessages(7, count);
}

// The job family's stories: an application of two segments, and jobs for one job's page.

/** Where the stories of the family send their requests (MSW answers). */
export const FAMILY_BASE_URL = '/pinpoint-family';

/** Two segments' finished jobs: the application list mixes them, newest first. */
export const newsletterJobs = createImportJobs(4, {
  seed: 31,
  applicationId: APPLICATION_ID,
  segmentId: 'newsletter-subscribers',
  statuses: ['COMPLETED', 'FAILED', 'COMPLETED', 'COMPLETED'],
});
export const trialJobs = createImportJobs(3, {
  seed: 32,
  applicationId: APPLICATION_ID,
  segmentId: 'trial-users',
  statuses: ['COMPLETED', 'COMPLETED', 'FAILED'],
});

/** A finished job that failed, with the first 100 of 2,345 failures. */
export const failedJob = createImportJob(
  {
    Id: 'job-failed-2345',
    ApplicationId: APPLICATION_ID,
    JobStatus: 'FAILED',
    TotalPieces: 4,
    CompletedPieces: 3,
    FailedPieces: 1,
    TotalFailures: 2345,
    Definition: {
      Format: 'CSV',
      S3Url: 's3://acme-imports/2025/06/newsletter-subscribers.csv',
      RoleArn: 'arn:aws:iam::123456789012:role/PinpointSegmentImport',
      SegmentId: 'newsletter-subscribers',
      SegmentName: 'Newsletter subscribers',
      DefineSegment: false,
      RegisterEndpoints: true,
    },
  },
  { seed: 40 },
);

/** A finished job, completed. */
export const completedJob = createImportJob(
  { Id: 'job-completed', ApplicationId: APPLICATION_ID, JobStatus: 'COMPLETED' },
  { seed: 41 },
);

/** A job at work: 3 of 10 pieces done. */
export const processingJob = createImportJob(
  {
    Id: 'job-processing',
    ApplicationId: APPLICATION_ID,
    JobStatus: 'PROCESSING',
    TotalPieces: 10,
    CompletedPieces: 3,
    FailedPieces: 0,
    TotalFailures: 0,
    Failures: [],
  },
  { seed: 42 },
);

/**
 * A backend of two segments whose jobs advance one status per request: a live job that completes (`job-live-ok`)
 * and one that fails (`job-live-failed`), beside finished ones.
 */
export function familyBackend() {
  return createPinpointBackend({
    baseUrl: FAMILY_BASE_URL,
    advance: 'request',
    segments: [
      {
        applicationId: APPLICATION_ID,
        segmentId: 'newsletter-subscribers',
        jobs: [...newsletterJobs, failedJob, completedJob],
        live: [{ outcome: 'COMPLETED', totalPieces: 3, job: { Id: 'job-live-ok' } }],
      },
      {
        applicationId: APPLICATION_ID,
        segmentId: 'trial-users',
        jobs: trialJobs,
        live: [
          {
            outcome: 'FAILED',
            totalPieces: 4,
            failedPieces: 2,
            totalFailures: 120,
            job: { Id: 'job-live-failed', Definition: { Format: 'CSV' } },
          },
        ],
      },
    ],
  });
}
