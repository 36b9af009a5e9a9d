import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetcher, job, page } from '../../../test/helpers/fakeFetcher.js';
import { flush, setup, watch } from '../../../test/helpers/storeHarness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sharing and lifetime', () => {
  it('shares one request and one timer among readers of one entry, whatever fetcher each passed', async () => {
    const { store, fetcher } = setup();
    const other = createFakeFetcher();
    const one = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    const two = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher: other }));
    expect(fetcher.calls.length + other.calls.length).toBe(1);
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    expect(one.current().jobs).toBe(two.current().jobs);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    // The latest fetcher offered is used for the next request.
    expect(fetcher.calls).toHaveLength(1);
    expect(other.calls).toHaveLength(1);
    expect(store.size).toBe(1);
  });

  it('polls at the smallest interval among enabled readers', async () => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval: 10_000 }));
    const fast = store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval: 2_000 });
    const fastView = watch(fast);
    watch(
      store.createObserver({
        applicationId: 'a',
        segmentId: 's',
        fetcher,
        pollInterval: 500,
        enabled: false,
      }),
    );
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    fastView.unsubscribe();
    await flush();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetcher.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(3);
  });

  it('keeps a page position per reader', async () => {
    const { store, fetcher } = setup();
    const one = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    const two = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    one.current().nextPage();
    expect(one.current().pageIndex).toBe(1);
    expect(two.current().pageIndex).toBe(0);
    expect(two.current().jobs.map((j) => j.Id)).toEqual(['p0']);
  });

  it('invalidate refetches every view of the application, or of one segment', async () => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's1', fetcher }));
    watch(store.createObserver({ applicationId: 'a', segmentId: 's2', fetcher }));
    watch(store.createObserver({ applicationId: 'b', segmentId: 's1', fetcher }));
    for (const call of fetcher.calls) call.resolve(page([job('j', 'COMPLETED')]));
    await flush();
    store.invalidate({ applicationId: 'a', segmentId: 's2' });
    expect(fetcher.calls.slice(3).map((c) => `${c.request.ApplicationId}/${c.request.SegmentId}`)).toEqual([
      'a/s2',
    ]);
    store.invalidate({ applicationId: 'a' });
    expect(fetcher.calls.slice(4).map((c) => `${c.request.ApplicationId}/${c.request.SegmentId}`)).toEqual([
      'a/s1',
      'a/s2',
    ]);
    expect(fetcher.calls[3]?.signal.aborted).toBe(true);
  });

  it('releases an entry after its last reader leaves: request aborted, timer cleared, listener gone', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(visibility.listenerCount).toBe(1);
    view.unsubscribe();
    await flush();
    expect(fetcher.calls[1]?.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(visibility.listenerCount).toBe(0);
    expect(store.size).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('also releases on the next timer tick, for callers that only move fake time', () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    view.unsubscribe();
    expect(fetcher.calls[0]?.signal.aborted).toBe(false);
    vi.advanceTimersByTime(0);
    expect(fetcher.calls[0]?.signal.aborted).toBe(true);
    expect(store.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('neither aborts nor resends on an unsubscribe–subscribe in one tick (StrictMode)', async () => {
    const { store, fetcher } = setup();
    const observer = store.createObserver({ applicationId: 'a', segmentId: 's', fetcher });
    const first = observer.subscribe(() => {});
    first();
    const second = watch(observer);
    await flush();
    expect(fetcher.calls).toHaveLength(1);
    expect(fetcher.calls[0]?.signal.aborted).toBe(false);
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    expect(second.current().status).toBe('success');
  });

  it('refetches when a released-but-not-yet-gone entry is adopted with another fetcher (a remount with a key)', async () => {
    const { store, fetcher } = setup();
    const next = createFakeFetcher();
    const old = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('old', 'COMPLETED')]));
    await flush();
    old.unsubscribe();
    const fresh = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher: next }));
    expect(next.calls).toHaveLength(1);
    next.calls[0]?.resolve(page([job('new', 'COMPLETED')]));
    await flush();
    expect(fresh.current().jobs.map((j) => j.Id)).toEqual(['new']);
  });

  it('does not refetch fresh shared data when another reader mounts later with the same fetcher', async () => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    const later = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    expect(fetcher.calls).toHaveLength(1);
    expect(later.current().status).toBe('success');
  });
});
