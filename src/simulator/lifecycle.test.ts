import { describe, expect, it } from 'vitest';
import type { ImportJobResponse, ImportJobsResponse } from '../core/types.js';
import { createImportJobs, createPinpointBackend, type PinpointBackend } from './index.js';

const URL_OF_SEGMENT = 'http://pinpoint.test/v1/apps/app-1/segments/seg-1/jobs/import';

let backend: PinpointBackend;

/** The jobs the backend of the test serves now, through `backend.fetch`. */
async function fetchJobs(): Promise<ImportJobResponse[]> {
  const response = await backend.fetch(URL_OF_SEGMENT);
  expect(response.status).toBe(200);
  return ((await response.json()) as ImportJobsResponse).Item;
}

describe('live jobs', () => {
  it('run CREATED to COMPLETED, one step per request, counts growing', async () => {
    backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', live: [{ totalPieces: 3 }] }] });
    const seen: ImportJobResponse[] = [];
    for (let index = 0; index < 9; index += 1) {
      const [job] = await fetchJobs();
      if (job) seen.push(job);
    }
    expect(seen.map((job) => job.JobStatus)).toEqual([
      'CREATED',
      'PREPARING_FOR_INITIALIZATION',
      'INITIALIZING',
      'PROCESSING',
      'PROCESSING',
      'PROCESSING',
      'COMPLETING',
      'COMPLETED',
      'COMPLETED',
    ]);
    expect(seen.map((job) => job.CompletedPieces)).toEqual([0, 0, 0, 0, 1, 2, 3, 3, 3]);
    expect(seen.map((job) => job.TotalProcessed)).toEqual([0, 0, 0, 0, 2500, 5000, 7500, 7500, 7500]);
    expect(seen.every((job) => job.TotalPieces === 3 && job.FailedPieces === 0)).toBe(true);
    expect(seen.map((job) => job.CompletionDate !== undefined)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(new Set(seen.map((job) => job.Id)).size).toBe(1);
    expect(seen[0]?.Type).toBe('IMPORT');
  });

  it('run through FAILING to FAILED with at most 100 Failures of a larger TotalFailures', async () => {
    backend = createPinpointBackend({
      advance: 'manual',
      segments: [{ segmentId: 'seg-1', live: [{ outcome: 'FAILED', totalPieces: 4, failedPieces: 2 }] }],
    });
    const statuses: string[] = [];
    let last: ImportJobResponse | undefined;
    for (let index = 0; index < 10; index += 1) {
      [last] = await fetchJobs();
      statuses.push(last?.JobStatus ?? '');
      backend.advance();
    }
    expect(statuses.slice(0, 9)).toEqual([
      'CREATED',
      'PREPARING_FOR_INITIALIZATION',
      'INITIALIZING',
      'PROCESSING',
      'PROCESSING',
      'PROCESSING',
      'PROCESSING',
      'FAILING',
      'FAILED',
    ]);
    expect(last).toMatchObject({
      JobStatus: 'FAILED',
      FailedPieces: 2,
      CompletedPieces: 2,
      TotalFailures: 2345,
    });
    expect(last?.Failures).toHaveLength(100);
    expect(last?.CompletionDate).toEqual(expect.any(String));
  });

  it('wait in PENDING_JOB while two other jobs run', async () => {
    backend = createPinpointBackend({
      advance: 'manual',
      segments: [{ segmentId: 'seg-1', live: [{ totalPieces: 2 }, { totalPieces: 2 }, { totalPieces: 2 }] }],
    });
    backend.advance();
    const [third, second, first] = await fetchJobs();
    expect(first?.JobStatus).toBe('PREPARING_FOR_INITIALIZATION');
    expect(second?.JobStatus).toBe('PREPARING_FOR_INITIALIZATION');
    expect(third?.JobStatus).toBe('PENDING_JOB');
    backend.advance(4);
    expect((await fetchJobs()).map((job) => job.JobStatus)).toEqual([
      'PENDING_JOB',
      'COMPLETING',
      'COMPLETING',
    ]);
    backend.advance();
    const after = await fetchJobs();
    expect(after.map((job) => job.JobStatus)).toEqual([
      'PREPARING_FOR_INITIALIZATION',
      'COMPLETED',
      'COMPLETED',
    ]);
    backend.advance(20);
    expect((await fetchJobs()).map((job) => job.JobStatus)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
  });

  it('follow an injected clock in time mode', async () => {
    let time = 1_000_000;
    backend = createPinpointBackend({
      advance: 'time',
      tickMs: 500,
      now: () => time,
      segments: [{ segmentId: 'seg-1', live: [{}] }],
    });
    expect((await fetchJobs())[0]?.JobStatus).toBe('CREATED');
    time += 499;
    expect((await fetchJobs())[0]?.JobStatus).toBe('CREATED');
    time += 1;
    expect((await fetchJobs())[0]?.JobStatus).toBe('PREPARING_FOR_INITIALIZATION');
    time += 1000;
    expect((await fetchJobs())[0]?.JobStatus).toBe('PROCESSING');
    time += 60_000;
    const [done] = await fetchJobs();
    expect(done?.JobStatus).toBe('COMPLETED');
    expect(Date.parse(done?.CompletionDate ?? '')).toBeGreaterThan(Date.parse(done?.CreationDate ?? ''));
  });

  it('are served newest first, before static jobs, and started ones join them', async () => {
    const history = createImportJobs(3, { seed: 4 });
    backend = createPinpointBackend({
      advance: 'manual',
      segments: [{ segmentId: 'seg-1', applicationId: 'app-1', jobs: history, live: [{}] }],
    });
    const started = backend.startJob('seg-1', { job: { Id: 'job-new' } });
    expect(started).toMatchObject({ Id: 'job-new', JobStatus: 'CREATED', ApplicationId: 'app-1' });
    expect(started.Definition.SegmentId).toBe('seg-1');
    const listed = await fetchJobs();
    expect(listed.map((job) => job.Id)).toEqual([
      'job-new',
      expect.any(String),
      ...history.map((job) => job.Id),
    ]);
    backend.reset();
    expect((await fetchJobs()).map((job) => job.Id)).not.toContain('job-new');
  });

  it('are reproducible from the seed, apart from their dates', () => {
    const make = () =>
      createPinpointBackend({
        seed: 3,
        now: () => 0,
        segments: [{ segmentId: 'seg-1', live: [{}, {}] }],
      }).jobs('seg-1');
    expect(make()).toEqual(make());
  });
});
