import type { ImportJob } from '../../src/index.js';

/** A job for the component stories: completed, 4 pieces, no failures, unless overridden. */
export function storyJob(id: string, overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    Id: id,
    ApplicationId: 'a1b2c3d4e5f6',
    JobStatus: 'COMPLETED',
    CreationDate: '2024-05-01T10:00:00.000Z',
    CompletionDate: '2024-05-01T10:07:42.000Z',
    TotalPieces: 4,
    CompletedPieces: 4,
    FailedPieces: 0,
    TotalProcessed: 12_480,
    TotalFailures: 0,
    Type: 'IMPORT',
    Definition: {
      Format: 'CSV',
      S3Url: `s3://customer-imports/2024/05/${id}.csv`,
      RoleArn: 'arn:aws:iam::123456789012:role/PinpointImport',
      SegmentName: 'Spring campaign',
      SegmentId: 'seg-8f2c',
      DefineSegment: true,
      RegisterEndpoints: true,
    },
    ...overrides,
  };
}

/** `n` failure strings like the service sends. */
export function failures(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Line ${i + 2}: endpoint ${i + 1} has an invalid ChannelType`);
}

/** Strings that would be dangerous if rendered as HTML or used as a link. */
export const HOSTILE = [
  '<img src=x onerror="alert(1)">',
  '<script>alert("xss")</script>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '‮RTL override‬ and emoji 💥',
];

/** A page of jobs in every state. */
export const STORY_JOBS: ImportJob[] = [
  storyJob('job-0001'),
  storyJob('job-0002', {
    JobStatus: 'PROCESSING',
    CompletionDate: undefined,
    CompletedPieces: 2,
    FailedPieces: 1,
    TotalPieces: 6,
    TotalProcessed: 3_120,
    TotalFailures: 12,
    Failures: failures(12),
  }),
  storyJob('job-0003', {
    JobStatus: 'FAILED',
    CompletedPieces: 1,
    FailedPieces: 3,
    TotalProcessed: 980,
    TotalFailures: 2_345,
    Failures: failures(100),
    Definition: {
      Format: 'JSON',
      S3Url: 's3://customer-imports/bad.json',
      RoleArn: 'arn:aws:iam::1:role/r',
      SegmentId: 'seg-1',
    },
  }),
  storyJob('job-0004', {
    JobStatus: 'PENDING_JOB',
    CompletionDate: undefined,
    TotalPieces: undefined,
    CompletedPieces: undefined,
    TotalProcessed: undefined,
  }),
];
