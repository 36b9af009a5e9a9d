// Requests over a simulated job lifecycle, counted (never timed): one per tick while a job is active, none once all
// are terminal, none while the page is hidden, and one per tick for many readers of one segment.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createImportJobsStore,
  createManualVisibility,
  DEFAULT_POLL_INTERVAL_MS,
  type GetSegmentImportJobsRequest,
  type GetSegmentImportJobsResponse,
  type JobStatus,
  type SegmentImportJobsFetcher,
} from '../../src/core/index.js';
import { createImportJobs } from '../../src/simulator/fixtures.js';

const TICK = DEFAULT_POLL_INTERVAL_MS;

/**
 * A backend whose three jobs move one step along `lifecycle` on every request it answers (the last step repeats),
 * and that records every request. Answers at once, so no time passes between a request and its reply.
 */
function createLifecycleBackend(lifecycle: readonly JobStatus[]) {
  const jobs = createImportJobs(3, { seed: 8, statuses: ['PROCESSING'] });
  const requests: GetSegmentImportJobsRequest[] = [];
  const fetcher: SegmentImportJobsFetcher = async (request): Promise<GetSegmentImportJobsResponse> => {
    const status = lifecycle[Math.min(requests.length, lifecycle.length - 1)] ?? 'COMPLETED';
    requests.push(request);
    return { ImportJobsResponse: { Item: jobs.map((job) => ({ ...job, JobStatus: status })) } };
  };
  return { fetcher, requests };
}

function setup(lifecycle: readonly JobStatus[]) {
  const visibility = createManualVisibility(true);
  const store = createImportJobsStore({ visibility, random: () => 0 });
  const backend = createLifecycleBackend(lifecycle);
  const read = () =>
    store
      .createObserver({ applicationId: 'app', segmentId: 'seg', fetcher: backend.fetcher })
      .subscribe(() => {});
  return { store, visibility, backend, read };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('requests over a job lifecycle', () => {
  it('makes exactly one request per tick while a job is active and none once all are terminal', async () => {
    const { backend, read } = setup(['CREATED', 'INITIALIZING', 'PROCESSING', 'COMPLETING', 'COMPLETED']);
    const stop = read();
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.requests).toHaveLength(1);
    for (let tick = 1; tick <= 4; tick++) {
      await vi.advanceTimersByTimeAsync(TICK - 1);
      expect(backend.requests).toHaveLength(tick);
      await vi.advanceTimersByTimeAsync(1);
      expect(backend.requests).toHaveLength(tick + 1);
    }
    // The fifth reply said COMPLETED: nothing more, however long we wait.
    await vi.advanceTimersByTimeAsync(10 * TICK);
    expect(backend.requests).toHaveLength(5);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it('makes no request while the page is hidden, and one when it shows again with old data', async () => {
    const { backend, visibility, read } = setup(['PROCESSING']);
    const stop = read();
    await vi.advanceTimersByTimeAsync(TICK);
    expect(backend.requests).toHaveLength(2);
    visibility.setVisible(false);
    await vi.advanceTimersByTimeAsync(20 * TICK);
    expect(backend.requests).toHaveLength(2);
    visibility.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(TICK);
    expect(backend.requests).toHaveLength(4);
    stop();
  });

  it('makes one request per tick for ten readers of the same segment', async () => {
    const { store, backend, read } = setup(['PROCESSING', 'PROCESSING', 'PROCESSING', 'COMPLETED']);
    const stops = Array.from({ length: 10 }, () => read());
    expect(store.size).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.requests).toHaveLength(1);
    for (let tick = 1; tick <= 3; tick++) {
      await vi.advanceTimersByTimeAsync(TICK);
      expect(backend.requests).toHaveLength(tick + 1);
    }
    await vi.advanceTimersByTimeAsync(10 * TICK);
    expect(backend.requests).toHaveLength(4);
    for (const stop of stops) stop();
  });

  it('makes one request per tick for ten readers that each pass their own fetcher', async () => {
    const { store, backend } = setup(['PROCESSING']);
    const stops = Array.from({ length: 10 }, () =>
      store
        .createObserver({
          applicationId: 'app',
          segmentId: 'seg',
          // A new identity per reader, as an inline `createHttpFetcher(...)` would give.
          fetcher: (request, init) => backend.fetcher(request, init),
        })
        .subscribe(() => {}),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5 * TICK);
    expect(backend.requests).toHaveLength(6);
    for (const stop of stops) stop();
  });

  it('makes no request and leaves no timer after the last reader leaves', async () => {
    const { backend, read } = setup(['PROCESSING']);
    const stop = read();
    await vi.advanceTimersByTimeAsync(TICK);
    expect(backend.requests).toHaveLength(2);
    stop();
    await vi.advanceTimersByTimeAsync(20 * TICK);
    expect(backend.requests).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});
