// One import job (GetImportJob) and an application's jobs (GetImportJobs) on the store, with fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeImportJobsFetcher, job, one, page } from '../../../test/helpers/fakeFetcher.js';
import { flush, watch } from '../../../test/helpers/storeHarness.js';
import { PinpointError } from '../errors.js';
import type { ImportJob, ImportJobFetcher } from '../types.js';
import { createImportJobsStore } from './store.js';
import type { ImportJobObserverResult } from './types.js';
import { createManualVisibility } from './visibility.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const visibility = createManualVisibility(true);
  const store = createImportJobsStore({ visibility, random: () => 0 });
  const fetcher = createFakeImportJobsFetcher();
  return { store, visibility, fetcher };
}

/** The status, job ID and job status, and flags of a result, in one line. */
function line(result: ImportJobObserverResult): string {
  return [
    result.status,
    result.job === undefined ? '-' : `${result.job.Id}:${result.job.JobStatus}`,
    result.isFetching ? 'fetching' : 'idle',
    result.isPlaceholderData ? 'placeholder' : '',
    result.error?.name ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

describe('one job', () => {
  it('gives exactly the members of a one-job result', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher }));
    fetcher.calls[0]?.resolve(one(job('j1', 'PROCESSING')));
    await flush();
    expect(Object.keys(view.current()).sort()).toEqual(
      [
        'status',
        'job',
        'error',
        'isFetching',
        'isPolling',
        'isStale',
        'isPlaceholderData',
        'updatedAt',
        'failureCount',
        'nextRetryAt',
        'refresh',
      ].sort(),
    );
    expect(view.current()).toMatchObject({
      status: 'success',
      job: { Id: 'j1', JobStatus: 'PROCESSING' },
      isPolling: true,
      isStale: false,
      isPlaceholderData: false,
      updatedAt: Date.now(),
    });
    // The same object until something changes.
    expect(view.current()).toBe(view.current());
  });

  it('sends GetImportJob with the IDs only, and normalises the reply (every field untrusted)', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createJobObserver({ applicationId: 'a b', jobId: 'j/1', fetcher }));
    expect(fetcher.calls.map((call) => [call.operation, call.request])).toEqual([
      ['GetImportJob', { ApplicationId: 'a b', JobId: 'j/1' }],
    ]);
    fetcher.calls[0]?.resolve({
      ImportJobResponse: { Id: 'j/1', JobStatus: 'NEW_STATUS', TotalPieces: '3' },
    } as never);
    await flush();
    expect(view.current().job).toEqual({ Id: 'j/1', JobStatus: 'NEW_STATUS' });
  });

  it('polls every 5 s while active with one request per tick for 10 readers, and stops for good once terminal', async () => {
    const { store, fetcher, visibility } = setup();
    const settled: string[] = [];
    const views = Array.from({ length: 10 }, () =>
      watch(
        store.createJobObserver({
          applicationId: 'a',
          jobId: 'j1',
          fetcher,
          onJobSettled: (settledJob) => settled.push(`${settledJob.Id}:${settledJob.JobStatus}`),
        }),
      ),
    );
    expect(fetcher.calls).toHaveLength(1);
    fetcher.calls[0]?.resolve(one(job('j1', 'PROCESSING')));
    await flush();
    for (let tick = 1; tick <= 3; tick++) {
      await vi.advanceTimersByTimeAsync(5_000);
      expect(fetcher.calls).toHaveLength(1 + tick);
      fetcher.calls[tick]?.resolve(one(job('j1', tick < 3 ? 'PROCESSING' : 'COMPLETED')));
      await flush();
    }
    expect(views.map((view) => line(view.current()))).toEqual(Array(10).fill('success j1:COMPLETED idle'));
    expect(views.every((view) => !view.current().isPolling)).toBe(true);
    expect(settled).toEqual(Array(10).fill('j1:COMPLETED'));
    // Nothing fetches a terminal job again: time, focus, visibility, the network coming back, a new reader.
    await vi.advanceTimersByTimeAsync(3_600_000);
    visibility.setVisible(false);
    visibility.setVisible(true);
    visibility.emit('focus');
    visibility.emit('online');
    const late = watch(store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(4);
    expect(late.current().job?.JobStatus).toBe('COMPLETED');
    expect(vi.getTimerCount()).toBe(0);
    // A poll function cannot revive it either, and invalidate leaves it as it is; refresh() alone fetches it.
    const polling = watch(
      store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher, pollInterval: () => 1_000 }),
    );
    store.invalidate({ applicationId: 'a' });
    store.invalidate({ applicationId: 'a', jobId: 'j1' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(4);
    void polling.current().refresh();
    expect(fetcher.calls).toHaveLength(5);
  });

  it('never fetches a job whose initialData is terminal', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(
      store.createJobObserver({
        applicationId: 'a',
        jobId: 'j1',
        fetcher,
        initialData: one(job('j1', 'FAILED', { Failures: ['line 2: bad'] })),
      }),
    );
    expect(line(view.current())).toBe('success j1:FAILED idle');
    visibility.emit('focus');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(fetcher.calls).toHaveLength(0);
  });

  it('shows a 404 as NotFoundException and never retries it', async () => {
    const { store, fetcher } = setup();
    const errors: string[] = [];
    const view = watch(
      store.createJobObserver({
        applicationId: 'a',
        jobId: 'nope',
        fetcher,
        onError: (error) => errors.push(error.name),
      }),
    );
    fetcher.calls[0]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    await flush();
    expect(line(view.current())).toBe('error - idle NotFoundException');
    expect(view.current()).toMatchObject({ isPolling: false, nextRetryAt: undefined, failureCount: 1 });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(fetcher.calls).toHaveLength(1);
    expect(errors).toEqual(['NotFoundException']);
  });

  it('retries a 404 with backoff while initialData says the job was created less than 30 s ago, then shows it', async () => {
    const { store, fetcher } = setup();
    const created = new Date(Date.now() - 5_000).toISOString();
    const started = Date.now();
    const view = watch(
      store.createJobObserver({
        applicationId: 'a',
        jobId: 'new',
        fetcher,
        initialData: one(job('new', 'CREATED', { CreationDate: created })),
      }),
    );
    expect(line(view.current())).toBe('success new:CREATED idle');
    // Counted as loaded at mount: the first request is the first poll.
    expect(fetcher.calls).toHaveLength(0);
    const sentAt: number[] = [];
    const notFound = () => new PinpointError({ name: 'NotFoundException', statusCode: 404 });
    for (let attempt = 0; attempt < 5; attempt++) {
      await vi.advanceTimersByTimeAsync(
        attempt === 0 ? 5_000 : (view.current().nextRetryAt ?? 0) - Date.now(),
      );
      expect(fetcher.calls).toHaveLength(attempt + 1);
      sentAt.push(Date.now() - started);
      fetcher.calls[attempt]?.reject(notFound());
      await flush();
      expect(view.current()).toMatchObject({ status: 'success', error: { name: 'NotFoundException' } });
    }
    // A poll at 5 s, then the backoff: 1 s, 2 s, 4 s, 8 s.
    expect(sentAt).toEqual([5_000, 6_000, 8_000, 12_000, 20_000]);
    expect(view.current().nextRetryAt).toBe(started + 36_000);
    await vi.advanceTimersByTimeAsync(16_000);
    fetcher.calls[5]?.resolve(one(job('new', 'PROCESSING', { CreationDate: created })));
    await flush();
    expect(line(view.current())).toBe('success new:PROCESSING idle');
    expect(view.current()).toMatchObject({ failureCount: 0, isStale: false, isPolling: true });
  });

  it('stops retrying a 404 once the job is 30 s old, and never graces one without a recent creation date', async () => {
    const { store, fetcher } = setup();
    const started = Date.now();
    const view = watch(
      store.createJobObserver({
        applicationId: 'a',
        jobId: 'new',
        fetcher,
        pollInterval: 1_000,
        initialData: one(job('new', 'CREATED', { CreationDate: new Date(started - 27_000).toISOString() })),
      }),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[0]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    await flush();
    expect(view.current().error?.retryable).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[1]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    await flush();
    await vi.advanceTimersByTimeAsync(2_000);
    // Sent at 31 s after creation: the grace is over.
    fetcher.calls[2]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    await flush();
    expect(view.current()).toMatchObject({
      error: { name: 'NotFoundException', retryable: false },
      isPolling: false,
    });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(fetcher.calls).toHaveLength(3);

    for (const CreationDate of [
      '2020-01-01T00:00:00.000Z',
      'not a date',
      new Date(started + 3_600_000).toISOString(),
    ]) {
      const other = setup();
      const stale = watch(
        other.store.createJobObserver({
          applicationId: 'a',
          jobId: 'old',
          fetcher: other.fetcher,
          pollInterval: 1_000,
          initialData: one(job('old', 'PROCESSING', { CreationDate })),
        }),
      );
      await vi.advanceTimersByTimeAsync(1_000);
      other.fetcher.calls[0]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
      await flush();
      expect(stale.current().error?.retryable).toBe(false);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(other.fetcher.calls).toHaveLength(1);
    }
  });

  it('retries a 500 and honours Retry-After, as a list does', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher }));
    fetcher.calls[0]?.reject(
      new PinpointError({ name: 'TooManyRequestsException', statusCode: 429, retryAfterMs: 7_000 }),
    );
    await flush();
    expect(view.current()).toMatchObject({
      status: 'error',
      failureCount: 1,
      nextRetryAt: Date.now() + 7_000,
    });
    await vi.advanceTimersByTimeAsync(6_999);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.reject(new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 }));
    await flush();
    await vi.advanceTimersByTimeAsync(2_000);
    fetcher.calls[2]?.resolve(one(job('j1', 'PROCESSING')));
    await flush();
    expect(line(view.current())).toBe('success j1:PROCESSING idle');
  });

  it('gives a poll function the job, not a page of it', async () => {
    const { store, fetcher } = setup();
    const seen: (ImportJob | undefined)[] = [];
    watch(
      store.createJobObserver({
        applicationId: 'a',
        jobId: 'j1',
        fetcher,
        pollInterval: (polled) => {
          seen.push(polled);
          return 2_000;
        },
      }),
    );
    fetcher.calls[0]?.resolve(one(job('j1', 'PROCESSING')));
    await flush();
    expect(seen.at(-1)).toMatchObject({ Id: 'j1', JobStatus: 'PROCESSING' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('fails a fetcher without getImportJob with MethodNotAllowedException, not retried, shown in the result', async () => {
    const { store } = setup();
    const plain = vi.fn(async () => page([]));
    const errors: PinpointError[] = [];
    const view = watch(
      store.createJobObserver({
        applicationId: 'a',
        jobId: 'j1',
        fetcher: plain as unknown as ImportJobFetcher,
        onError: (error) => errors.push(error),
      }),
    );
    await flush();
    expect(plain).not.toHaveBeenCalled();
    expect(view.current()).toMatchObject({
      status: 'error',
      error: { name: 'MethodNotAllowedException', retryable: false, statusCode: undefined },
      isPolling: false,
    });
    expect(view.current().error?.message).toContain('getImportJob');
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(view.current().failureCount).toBe(1);
  });
});

describe("an application's jobs", () => {
  it('sends GetImportJobs with the page size as a string, pages by NextToken, and shares one request', async () => {
    const { store, fetcher } = setup();
    const one = watch(store.createApplicationObserver({ applicationId: 'a', pageSize: 2, fetcher }));
    const two = watch(store.createApplicationObserver({ applicationId: 'a', pageSize: 2, fetcher }));
    expect(fetcher.calls.map((call) => [call.operation, call.request])).toEqual([
      ['GetImportJobs', { ApplicationId: 'a', PageSize: '2' }],
    ]);
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED'), job('j2', 'FAILED')], 't1'));
    await flush();
    expect(one.current().jobs).toBe(two.current().jobs);
    expect(one.current()).toMatchObject({ status: 'success', hasNextPage: true, pageIndex: 0 });
    one.current().nextPage();
    expect(one.current()).toMatchObject({ pageIndex: 1, isPlaceholderData: true });
    expect(fetcher.calls[1]?.request).toEqual({ ApplicationId: 'a', PageSize: '2', Token: 't1' });
    fetcher.calls[1]?.resolve(page([job('j3', 'COMPLETED')]));
    await flush();
    expect(one.current().jobs.map((j) => j.Id)).toEqual(['j3']);
    expect(one.current()).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(two.current().pageIndex).toBe(0);
  });

  it('never shares an entry with a segment of the same ID', async () => {
    const { store, fetcher } = setup();
    watch(store.createApplicationObserver({ applicationId: 'a', fetcher }));
    watch(store.createObserver({ applicationId: 'a', segmentId: 'a', fetcher }));
    watch(store.createJobObserver({ applicationId: 'a', jobId: 'a', fetcher }));
    expect(fetcher.calls.map((call) => call.operation)).toEqual([
      'GetImportJobs',
      'GetSegmentImportJobs',
      'GetImportJob',
    ]);
    expect(store.size).toBe(3);
  });

  it('fails a fetcher without getImportJobs with MethodNotAllowedException, not retried', async () => {
    const { store } = setup();
    const plain = vi.fn(async () => page([]));
    const view = watch(
      store.createApplicationObserver({
        applicationId: 'a',
        fetcher: plain as unknown as ImportJobFetcher as never,
      }),
    );
    await flush();
    expect(plain).not.toHaveBeenCalled();
    expect(view.current()).toMatchObject({
      status: 'error',
      error: { name: 'MethodNotAllowedException', retryable: false },
      isPolling: false,
    });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(view.current().failureCount).toBe(1);
  });
});
