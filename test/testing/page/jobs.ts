import { createImportJob, createImportJobs } from '../../../src/testing/index.js';

const applicationId = 'app-1';
const segmentId = 'seg-1';

/** The jobs of the test page: a failed job with 15 of 230 failures on top, then 22 plausible ones. */
export const PAGE_JOBS = {
  applicationId,
  segmentId,
  jobs: () => [
    createImportJob({
      Id: 'job-failed',
      JobStatus: 'FAILED',
      ApplicationId: applicationId,
      CreationDate: '2030-01-01T00:00:00.000Z',
      TotalPieces: 10,
      CompletedPieces: 7,
      FailedPieces: 3,
      TotalFailures: 230,
      Failures: Array.from(
        { length: 15 },
        (_, index) => `Line ${index + 1}: ${index % 2 ? 'bad email' : 'bad phone'}`,
      ),
      Definition: { SegmentId: segmentId },
    }),
    ...createImportJobs(22, { applicationId, segmentId, seed: 7 }),
  ],
};
