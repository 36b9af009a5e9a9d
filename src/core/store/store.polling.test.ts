import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { job, page } from '../../../test/helpers/fakeFetcher.js';
import { flush, setup, watch } from '../../../test/helpers/storeHarness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('polling', () => {
  it('polls every 5,000 ms after each request settles while a job is active, then stops', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    expect(view.current().isPolling).toBe(true);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(2);
    expect(fetcher.calls[1]?.request).toStrictEqual({ ApplicationId: 'a', SegmentId: 's' });
    // A slow server never gets a second request while one is in flight.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    expect(view.current().isPolling).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts an unknown status as active', async () => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'SOMETHING_NEW')]));
    await flush();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('honours any positive number as the active interval', async () => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval: 50 }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(50);
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(50);
    expect(fetcher.calls).toHaveLength(3);
  });

  it.each([false, 0, -5, Number.NaN] as const)('does not poll with pollInterval %s', async (pollInterval) => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(1);
    expect(view.current().isPolling).toBe(false);
  });

  it('lets a function take full control, called with settled data only, the latest one used', async () => {
    const { store, fetcher } = setup();
    const first = vi.fn(() => 1_000);
    const options = { applicationId: 'a', segmentId: 's', fetcher, pollInterval: first };
    const observer = store.createObserver(options);
    watch(observer);
    expect(first).not.toHaveBeenCalled();
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')], 'n'));
    await flush();
    expect(first).toHaveBeenCalledWith(
      [expect.objectContaining({ Id: 'j1' })],
      expect.objectContaining({ error: undefined, failureCount: 0, pageIndex: 0, updatedAt: Date.now() }),
    );
    const second = vi.fn(() => 3_000);
    observer.setOptions({ ...options, pollInterval: second });
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(2);
    const calls = second.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(second.mock.calls.length).toBe(calls);
  });

  it('never refetches because of a new function or fetcher identity', async () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', segmentId: 's', fetcher, pollInterval: () => 10_000 };
    const observer = store.createObserver(options);
    watch(observer);
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    for (let i = 0; i < 20; i++) {
      observer.setOptions({
        ...options,
        pollInterval: () => 10_000,
        onError: () => {},
        onJobSettled: () => {},
      });
    }
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('starts stopped polling again when the computed interval changes', async () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', segmentId: 's', fetcher, pollInterval: false as const };
    const observer = store.createObserver(options);
    const view = watch(observer);
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetcher.calls).toHaveLength(1);
    observer.setOptions({ ...options, pollInterval: 20_000 });
    expect(view.current().isPolling).toBe(true);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('pauses while hidden, never leaving isFetching true, and refetches stale data on visible', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    visibility.setVisible(false);
    expect(view.current()).toMatchObject({ isPolling: false, isFetching: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(1);
    visibility.setVisible(true);
    expect(fetcher.calls).toHaveLength(2);
    expect(view.current().isFetching).toBe(true);
  });

  it('aborts the poll in flight when the page hides, so isFetching is not left true while paused; refetches on show', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    const rows = view.current().jobs;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(view.current()).toMatchObject({ isPolling: true, isFetching: true });
    visibility.setVisible(false);
    expect(fetcher.calls[1]?.signal.aborted).toBe(true);
    expect(view.current()).toMatchObject({ isPolling: false, isFetching: false, error: undefined });
    expect(view.current().jobs).toBe(rows);
    // A late reply of the aborted request changes nothing.
    fetcher.calls[1]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    expect(view.current().jobs).toBe(rows);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(2);
    visibility.setVisible(true);
    expect(fetcher.calls).toHaveLength(3);
    expect(view.current().isFetching).toBe(true);
  });

  it('keeps a refresh in flight when the page hides, also one that joined a poll: its promise waits for the data', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(
      store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval: false }),
    );
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    let settled = false;
    void view
      .current()
      .refresh()
      .then(() => {
        settled = true;
      });
    visibility.setVisible(false);
    expect(fetcher.calls[1]?.signal.aborted).toBe(false);
    await flush();
    expect(settled).toBe(false);
    fetcher.calls[1]?.resolve(page([job('j2', 'COMPLETED')]));
    await flush();
    expect(settled).toBe(true);
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['j2']);

    // A refresh that joined a poll in flight makes it the user's request too.
    const polling = watch(store.createObserver({ applicationId: 'a', segmentId: 'p', fetcher }));
    visibility.setVisible(true);
    fetcher.calls[2]?.resolve(page([job('p1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetcher.calls).toHaveLength(4);
    void polling.current().refresh();
    visibility.setVisible(false);
    expect(fetcher.calls[3]?.signal.aborted).toBe(false);
  });

  it('keeps the request in flight when the page hides with pollInBackground', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(
      store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInBackground: true }),
    );
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(5_000);
    visibility.setVisible(false);
    expect(fetcher.calls[1]?.signal.aborted).toBe(false);
    expect(view.current()).toMatchObject({ isPolling: true, isFetching: true });
    fetcher.calls[1]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    expect(view.current().jobs[0]?.JobStatus).toBe('COMPLETED');
  });

  it('resumes polling without a request when visible again before the data is stale', async () => {
    const { store, fetcher, visibility } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    visibility.setVisible(false);
    await vi.advanceTimersByTimeAsync(2_000);
    visibility.setVisible(true);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('keeps polling while hidden with pollInBackground', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(
      store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInBackground: true }),
    );
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    visibility.setVisible(false);
    expect(view.current().isPolling).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('refetches on focus or online when older than the active interval, a focus and a visible event once', async () => {
    const { store, fetcher, visibility } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval: false }));
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    await vi.advanceTimersByTimeAsync(29_000);
    visibility.emit('focus');
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    visibility.emit('visible');
    visibility.emit('focus');
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    await vi.advanceTimersByTimeAsync(30_000);
    visibility.emit('online');
    expect(fetcher.calls).toHaveLength(3);
  });

  it('uses the active interval as the age limit on focus when jobs are active', async () => {
    const { store, fetcher, visibility } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval: 60_000 }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(40_000);
    visibility.emit('focus');
    expect(fetcher.calls).toHaveLength(1);
  });

  it('reuses unchanged job objects and the jobs array across polls, publishing nothing new', async () => {
    const { store, fetcher } = setup();
    const view = watch(
      store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval: 1_000 }),
    );
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING'), job('j2', 'PROCESSING')]));
    await flush();
    const first = view.current().jobs;
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[1]?.resolve(page([job('j1', 'PROCESSING'), job('j2', 'PROCESSING')]));
    await flush();
    expect(view.current().jobs).toBe(first);
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[2]?.resolve(
      page([job('j1', 'PROCESSING'), job('j2', 'PROCESSING', { CompletedPieces: 2, TotalPieces: 4 })]),
    );
    await flush();
    expect(view.current().jobs).not.toBe(first);
    expect(view.current().jobs[0]).toBe(first[0]);
    expect(view.current().jobs[1]).not.toBe(first[1]);
  });

  it('calls onJobSettled once per job seen active that becomes COMPLETED or FAILED', async () => {
    const { store, fetcher } = setup();
    const onJobSettled = vi.fn();
    watch(
      store.createObserver({
        applicationId: 'a',
        segmentId: 's',
        fetcher,
        onJobSettled,
        pollInterval: 1_000,
      }),
    );
    fetcher.calls[0]?.resolve(page([job('a', 'PROCESSING'), job('b', 'PENDING_JOB'), job('c', 'COMPLETED')]));
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[1]?.resolve(page([job('a', 'COMPLETED'), job('b', 'PROCESSING'), job('c', 'COMPLETED')]));
    await flush();
    expect(onJobSettled.mock.calls.map(([settled]) => settled.Id)).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[2]?.resolve(page([job('a', 'COMPLETED'), job('b', 'FAILED'), job('c', 'COMPLETED')]));
    await flush();
    expect(onJobSettled.mock.calls.map(([settled]) => `${settled.Id}:${settled.JobStatus}`)).toEqual([
      'a:COMPLETED',
      'b:FAILED',
    ]);
  });
});
