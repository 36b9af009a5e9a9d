import { createImportJob, createImportJobs, createPinpointBackend } from '../../src/msw/index.js';
import { APPLICATION_ID } from '../table/data.js';

export { APPLICATION_ID };

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
