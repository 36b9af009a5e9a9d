import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOB_STATUSES, type JobStatus } from '../core/types.js';
import { createImportJob, createImportJobs, FIXTURE_EPOCH } from './fixtures.js';
import { mulberry32 } from './random.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

afterEach(() => {
  vi.useRealTimers();
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('createImportJob', () => {
  it('fills every field of the service model plausibly', () => {
    const job = createImportJob();
    expect(job).toEqual({
      ApplicationId: expect.stringMatching(/^[0-9a-f]{32}$/),
      CompletedPieces: expect.any(Number),
      CompletionDate: expect.stringMatching(ISO),
      CreationDate: expect.stringMatching(ISO),
      Definition: {
        DefineSegment: expect.any(Boolean),
        ExternalId: expect.stringMatching(/^\d{12}$/),
        Format: expect.stringMatching(/^(CSV|JSON)$/),
        RegisterEndpoints: true,
        RoleArn: expect.stringMatching(/^arn:aws:iam::\d{12}:role\/.+$/),
        S3Url: expect.stringMatching(/^s3:\/\/[a-z0-9.-]+\/.+\.(csv|json)$/),
        SegmentId: expect.stringMatching(/^[0-9a-f]{32}$/),
        SegmentName: expect.any(String),
      },
      FailedPieces: 0,
      Failures: [],
      Id: expect.stringMatching(/^[0-9a-f]{32}$/),
      JobStatus: 'COMPLETED',
      TotalFailures: 0,
      TotalPieces: expect.any(Number),
      TotalProcessed: expect.any(Number),
      Type: 'IMPORT',
    });
    expect(job.CompletedPieces).toBe(job.TotalPieces);
    expect(Date.parse(job.CompletionDate ?? '')).toBeGreaterThan(Date.parse(job.CreationDate));
    expect(Date.parse(job.CreationDate)).toBeLessThan(FIXTURE_EPOCH);
  });

  it('is reproducible from its seed and does not read the clock', () => {
    const first = createImportJob({}, { seed: 7 });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    expect(createImportJob({}, { seed: 7 })).toEqual(first);
    expect(createImportJob({}, { seed: 8 })).not.toEqual(first);
  });

  it('keeps overrides and merges Definition member by member', () => {
    const job = createImportJob({ Id: 'job-1', Definition: { Format: 'JSON', SegmentName: 'VIP' } });
    expect(job.Id).toBe('job-1');
    expect(job.Definition.Format).toBe('JSON');
    expect(job.Definition.SegmentName).toBe('VIP');
    expect(job.Definition.RoleArn).toMatch(/^arn:aws:iam::/);
  });

  it('gives a FAILED job failed pieces, at most 100 Failures and a larger TotalFailures', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const job = createImportJob({ JobStatus: 'FAILED' }, { seed });
      expect(job.FailedPieces).toBeGreaterThan(0);
      expect(job.Failures?.length).toBeLessThanOrEqual(100);
      expect(job.Failures?.length).toBe(Math.min(100, job.TotalFailures ?? 0));
      expect(job.TotalFailures).toBeGreaterThan(100);
      expect((job.CompletedPieces ?? 0) + (job.FailedPieces ?? 0)).toBe(job.TotalPieces);
      expect(job.CompletionDate).toMatch(ISO);
      for (const failure of job.Failures ?? []) expect(failure).toMatch(/^Line \d+: /);
    }
  });

  it('sizes Failures from an overridden TotalFailures, at most 100 of them, unless Failures is given too', () => {
    expect(createImportJob({ JobStatus: 'FAILED', TotalFailures: 3 }).Failures).toHaveLength(3);
    expect(createImportJob({ JobStatus: 'FAILED', TotalFailures: 2_345 }).Failures).toHaveLength(100);
    expect(createImportJob({ JobStatus: 'FAILED', TotalFailures: 0 }).Failures).toEqual([]);
    expect(createImportJob({ JobStatus: 'FAILED', TotalFailures: 3, Failures: ['x'] }).Failures).toEqual([
      'x',
    ]);
  });

  it('lets an overridden Format decide the file extension of S3Url', () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      expect(createImportJob({ Definition: { Format: 'CSV' } }, { seed }).Definition.S3Url).toMatch(/\.csv$/);
      expect(createImportJob({ Definition: { Format: 'JSON' } }, { seed }).Definition.S3Url).toMatch(
        /\.json$/,
      );
    }
  });

  it('keeps an unknown status as it is, with counts of a job that processed nothing', () => {
    const job = createImportJob({ JobStatus: 'ARCHIVED' });
    expect(job.JobStatus).toBe('ARCHIVED');
    expect(job).toMatchObject({ CompletedPieces: 0, FailedPieces: 0, TotalProcessed: 0, Failures: [] });
    expect(job.CompletionDate).toBeUndefined();
    expect(createImportJobs(2, { statuses: ['ARCHIVED', 'FAILED'] }).map((j) => j.JobStatus)).toEqual([
      'ARCHIVED',
      'FAILED',
    ]);
  });

  it.each(JOB_STATUSES)('keeps counts consistent with %s', (status: JobStatus) => {
    const job = createImportJob({ JobStatus: status }, { seed: 3 });
    const processed = (job.CompletedPieces ?? 0) + (job.FailedPieces ?? 0);
    expect(processed).toBeLessThanOrEqual(job.TotalPieces ?? 0);
    expect(job.CompletionDate !== undefined).toBe(status === 'COMPLETED' || status === 'FAILED');
    if (['CREATED', 'PREPARING_FOR_INITIALIZATION', 'INITIALIZING', 'PENDING_JOB'].includes(status)) {
      expect(job.TotalProcessed).toBe(0);
    }
    if (status === 'PROCESSING') expect(processed).toBeLessThan(job.TotalPieces ?? 0);
  });
});

describe('createImportJobs', () => {
  it('is reproducible from its seed', () => {
    expect(createImportJobs(25, { seed: 5 })).toEqual(createImportJobs(25, { seed: 5 }));
    expect(createImportJobs(25, { seed: 5 })).not.toEqual(createImportJobs(25, { seed: 6 }));
  });

  it('gives unique IDs, newest first, one application and segment', () => {
    const jobs = createImportJobs(500, { seed: 9, applicationId: 'app-1', segmentId: 'seg-1' });
    expect(jobs).toHaveLength(500);
    expect(new Set(jobs.map((job) => job.Id)).size).toBe(500);
    for (let index = 1; index < jobs.length; index += 1) {
      expect(Date.parse(jobs[index]?.CreationDate ?? '')).toBeLessThan(
        Date.parse(jobs[index - 1]?.CreationDate ?? ''),
      );
    }
    expect(new Set(jobs.map((job) => job.ApplicationId))).toEqual(new Set(['app-1']));
    expect(new Set(jobs.map((job) => job.Definition.SegmentId))).toEqual(new Set(['seg-1']));
  });

  it('uses the given statuses in turn', () => {
    const jobs = createImportJobs(11, { seed: 1, statuses: JOB_STATUSES });
    expect(jobs.map((job) => job.JobStatus)).toEqual([
      ...JOB_STATUSES,
      'CREATED',
      'PREPARING_FOR_INITIALIZATION',
    ]);
  });

  it('mixes mostly COMPLETED with some FAILED by default', () => {
    const jobs = createImportJobs(200, { seed: 2 });
    const completed = jobs.filter((job) => job.JobStatus === 'COMPLETED').length;
    const failed = jobs.filter((job) => job.JobStatus === 'FAILED').length;
    expect(completed).toBeGreaterThan(100);
    expect(failed).toBeGreaterThan(10);
  });
});
