// Structural sharing keyed by job Id, through the real store: what a poll keeps and what it replaces.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createImportJobsStore,
  createManualVisibility,
  DEFAULT_POLL_INTERVAL_MS,
  type ImportJob,
  type ImportJobResponse,
  type SegmentImportJobsFetcher,
} from '../../src/core/index.js';
import { createImportJobs } from '../../src/simulator/fixtures.js';

const TICK = DEFAULT_POLL_INTERVAL_MS;

/** A backend that answers with whatever `serve` holds at the time of the request. */
function setup(first: ImportJobResponse[]) {
  const backend = { serve: first, requests: 0 };
  const fetcher: SegmentImportJobsFetcher = async () => {
    backend.requests++;
    // A fresh copy, as a real reply parsed from JSON would be: nothing is shared by accident.
    return { ImportJobsResponse: { Item: structuredClone(backend.serve) } };
  };
  const store = createImportJobsStore({ visibility: createManualVisibility(true), random: () => 0 });
  const observer = store.createObserver({ applicationId: 'app', segmentId: 'seg', fetcher });
  const stop = observer.subscribe(() => {});
  const jobs = (): ImportJob[] => observer.getSnapshot().jobs;
  return { backend, jobs, stop };
}

/** 1,000 jobs of which the first is still processing, so the page keeps polling. */
function thousandJobs(): ImportJobResponse[] {
  const jobs = createImportJobs(1_000, { seed: 3, statuses: ['COMPLETED', 'FAILED'] });
  jobs[0] = {
    ...(jobs[0] as ImportJobResponse),
    JobStatus: 'PROCESSING',
    CompletedPieces: 1,
    TotalPieces: 10,
  };
  return jobs;
}

function countKept(before: readonly ImportJob[], after: readonly ImportJob[]): number {
  const previous = new Set(before);
  return after.filter((job) => previous.has(job)).length;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('structural sharing keyed by Id', () => {
  it('keeps the same array and every job object when a poll changes nothing', async () => {
    const { backend, jobs, stop } = setup(thousandJobs());
    await vi.advanceTimersByTimeAsync(0);
    const before = jobs();
    expect(before).toHaveLength(1_000);
    await vi.advanceTimersByTimeAsync(TICK);
    expect(backend.requests).toBe(2);
    expect(jobs()).toBe(before);
    stop();
  });

  it('replaces only the job that changed when 1 of 1,000 changes', async () => {
    const served = thousandJobs();
    const { backend, jobs, stop } = setup(served);
    await vi.advanceTimersByTimeAsync(0);
    const before = jobs();
    backend.serve = served.map((job, index) => (index === 0 ? { ...job, CompletedPieces: 2 } : job));
    await vi.advanceTimersByTimeAsync(TICK);
    const after = jobs();
    expect(after).not.toBe(before);
    expect(countKept(before, after)).toBe(999);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]?.CompletedPieces).toBe(2);
    for (let index = 1; index < 1_000; index++) expect(after[index]).toBe(before[index]);
    stop();
  });

  it('keeps every old job when a new one is inserted at the top (keyed by Id, not by index)', async () => {
    const served = thousandJobs();
    const { backend, jobs, stop } = setup(served);
    await vi.advanceTimersByTimeAsync(0);
    const before = jobs();
    const newcomer = createImportJobs(1, { seed: 99, statuses: ['CREATED'] })[0] as ImportJobResponse;
    backend.serve = [newcomer, ...served];
    await vi.advanceTimersByTimeAsync(TICK);
    const after = jobs();
    expect(after).toHaveLength(1_001);
    expect(after[0]?.Id).toBe(newcomer.Id);
    expect(countKept(before, after)).toBe(1_000);
    for (let index = 0; index < 1_000; index++) expect(after[index + 1]).toBe(before[index]);
    stop();
  });

  it('keeps the remaining jobs when one drops off the page and the order changes', async () => {
    const served = thousandJobs();
    const { backend, jobs, stop } = setup(served);
    await vi.advanceTimersByTimeAsync(0);
    const before = jobs();
    backend.serve = served.slice(0, 999).reverse();
    await vi.advanceTimersByTimeAsync(TICK);
    const after = jobs();
    expect(after).toHaveLength(999);
    expect(countKept(before, after)).toBe(999);
    expect(after[0]).toBe(before[998]);
    stop();
  });

  it('gives a new object to a job whose nested Definition or Failures changed', async () => {
    const served = thousandJobs();
    const { backend, jobs, stop } = setup(served);
    await vi.advanceTimersByTimeAsync(0);
    const before = jobs();
    backend.serve = served.map((job, index) => {
      if (index === 10) return { ...job, Definition: { ...job.Definition, SegmentName: 'Renamed' } };
      if (index === 20) return { ...job, Failures: [...(job.Failures ?? []), 'one more'] };
      return job;
    });
    await vi.advanceTimersByTimeAsync(TICK);
    const after = jobs();
    expect(countKept(before, after)).toBe(998);
    expect(after[10]).not.toBe(before[10]);
    expect(after[20]).not.toBe(before[20]);
    stop();
  });
});
