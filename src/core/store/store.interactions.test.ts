import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { job, page } from '../../../test/helpers/fakeFetcher.js';
import { flush, setup, watch } from '../../../test/helpers/storeHarness.js';
import { PinpointError } from '../errors.js';

// Rules that hold when readers, navigation, events and restarts meet.

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const serverError = () => new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 });
const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

describe('store interactions', () => {
  it('invalidate after a failure tells its readers once: fetching, no retry due, no failures', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(serverError());
    await flush();
    expect(view.current()).toMatchObject({ failureCount: 1, isFetching: false });
    expect(view.current().nextRetryAt).toBeDefined();
    view.results.length = 0;
    store.invalidate({ applicationId: 'a' });
    expect(fetcher.calls).toHaveLength(2);
    expect(view.results).toHaveLength(1);
    expect(view.results[0]).toMatchObject({ isFetching: true, failureCount: 0, nextRetryAt: undefined });
  });

  it('a refresh joined to a request that invalidate restarts waits for the new one, whatever the fetcher does on abort', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    let settled = false;
    void view
      .current()
      .refresh()
      .then(() => {
        settled = true;
      });
    store.invalidate({ applicationId: 'a' });
    // A fetcher that honours its signal rejects the aborted request at once.
    fetcher.calls[0]?.reject(abortError());
    await flush();
    store.invalidate({ applicationId: 'a' });
    fetcher.calls[1]?.reject(abortError());
    await flush();
    expect(settled).toBe(false);
    fetcher.calls[2]?.resolve(page([job('new', 'COMPLETED')]));
    await flush();
    expect(settled).toBe(true);
    expect(view.current()).toMatchObject({ status: 'success', isFetching: false });
  });

  it('uses initialData once: a first page left and come back to is fetched, not shown from initialData again', async () => {
    const { store, fetcher } = setup();
    const initialData = page([job('server', 'COMPLETED')], 't1');
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, initialData }));
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['server']);
    expect(fetcher.calls).toHaveLength(0);
    view.current().nextPage();
    fetcher.calls[0]?.resolve(page([job('p1', 'COMPLETED')]));
    await vi.advanceTimersByTimeAsync(120_000);
    view.current().firstPage();
    expect(fetcher.calls).toHaveLength(2);
    expect(fetcher.calls[1]?.request.Token).toBeUndefined();
    expect(view.current()).toMatchObject({ isPlaceholderData: true, isFetching: true });
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['p1']);
  });

  it('keeps the previous page as placeholder while the new page fails, marked stale, and goes back on previousPage', async () => {
    const { store, fetcher } = setup();
    const onError = vi.fn();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, onError }));
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    view.current().nextPage();
    fetcher.calls[1]?.reject(serverError());
    await flush();
    expect(view.current()).toMatchObject({
      status: 'success',
      pageIndex: 1,
      isPlaceholderData: true,
      isStale: true,
      hasNextPage: false,
      hasPreviousPage: true,
    });
    expect(view.current().error?.name).toBe('InternalServerErrorException');
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['p0']);
    expect(onError).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[2]?.resolve(page([job('p1', 'COMPLETED')]));
    await flush();
    expect(view.current()).toMatchObject({ isPlaceholderData: false, isStale: false, error: undefined });
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['p1']);
  });

  it('ends the placeholder when the new page fails for good, so no rows stand under the wrong page', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    view.current().nextPage();
    fetcher.calls[1]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    await flush();
    expect(view.current()).toMatchObject({
      status: 'error',
      jobs: [],
      isPlaceholderData: false,
      pageIndex: 1,
    });
    // Going back works: page 0, released when the view left it, loads again.
    view.current().previousPage();
    expect(view.current()).toMatchObject({ status: 'loading', pageIndex: 0, isFetching: true });
    fetcher.calls[2]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['p0']);
  });

  it('a reader that comes while a failed request waits for its Retry-After waits too', async () => {
    const { store, fetcher } = setup();
    const first = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(
      new PinpointError({ name: 'TooManyRequestsException', statusCode: 429, retryAfterMs: 60_000 }),
    );
    await flush();
    await vi.advanceTimersByTimeAsync(2_000);
    const second = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    expect(fetcher.calls).toHaveLength(1);
    expect(second.current()).toMatchObject({ status: 'error', nextRetryAt: first.current().nextRetryAt });
    await vi.advanceTimersByTimeAsync(57_999);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('retries at once when back online after a NetworkError, however fresh the rows', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    void view.current().refresh();
    fetcher.calls[1]?.reject(new PinpointError({ name: 'NetworkError' }));
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[2]?.reject(new PinpointError({ name: 'NetworkError' }));
    await flush();
    // The second failure waits 2 s; the rows are seconds old, far from stale.
    expect((view.current().nextRetryAt ?? 0) - Date.now()).toBe(2_000);
    await vi.advanceTimersByTimeAsync(1_200);
    visibility.emit('focus');
    expect(fetcher.calls).toHaveLength(3);
    visibility.emit('online');
    expect(fetcher.calls).toHaveLength(4);
  });

  it('aborts the request when the last reader that wanted data leaves and only disabled readers stay', async () => {
    const { store, fetcher } = setup();
    const disabled = watch(
      store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, enabled: false }),
    );
    const enabled = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    expect(fetcher.calls).toHaveLength(1);
    expect(disabled.current().isFetching).toBe(true);
    enabled.unsubscribe();
    expect(fetcher.calls[0]?.signal.aborted).toBe(true);
    expect(disabled.current()).toMatchObject({ isFetching: false, status: 'idle' });
  });
});
