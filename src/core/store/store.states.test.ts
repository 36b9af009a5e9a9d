import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { job, page } from '../../../test/helpers/fakeFetcher.js';
import { flush, setup, watch } from '../../../test/helpers/storeHarness.js';
import { PinpointError } from '../errors.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const serverError = () => new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 });

describe('states and requests', () => {
  it('sends exactly ApplicationId and SegmentId (no absent keys) with a live signal', () => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'app 1', segmentId: 'seg/1', fetcher }));
    expect(fetcher.calls).toHaveLength(1);
    expect(fetcher.calls[0]?.request).toStrictEqual({ ApplicationId: 'app 1', SegmentId: 'seg/1' });
    expect(fetcher.calls[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(fetcher.calls[0]?.signal.aborted).toBe(false);
  });

  it('sends pageSize as the string PageSize', () => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', pageSize: 25, fetcher }));
    expect(fetcher.calls[0]?.request).toStrictEqual({ ApplicationId: 'a', SegmentId: 's', PageSize: '25' });
  });

  it('goes loading → success, with isFetching and updatedAt', async () => {
    const { store, fetcher } = setup();
    const observer = store.createObserver({ applicationId: 'a', segmentId: 's', fetcher });
    expect(observer.getSnapshot()).toMatchObject({ status: 'loading', jobs: [], isFetching: false });
    const view = watch(observer);
    expect(view.current()).toMatchObject({
      status: 'loading',
      jobs: [],
      isFetching: true,
      updatedAt: undefined,
    });
    const before = Date.now();
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    expect(view.current()).toMatchObject({
      status: 'success',
      isFetching: false,
      error: undefined,
      isStale: false,
      isPlaceholderData: false,
      failureCount: 0,
      pageIndex: 0,
      hasNextPage: false,
      hasPreviousPage: false,
    });
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['j1']);
    expect(view.current().updatedAt).toBe(before);
    expect(view.results.map((r) => r.status)).toEqual(['loading', 'success']);
  });

  it('shows error on the first failure while retries go on behind it', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(serverError());
    await flush();
    expect(view.current()).toMatchObject({ status: 'error', jobs: [], failureCount: 1, isFetching: false });
    expect(view.current().error?.name).toBe('InternalServerErrorException');
    expect(view.current().nextRetryAt).toBe(Date.now() + 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetcher.calls).toHaveLength(2);
    expect(view.current()).toMatchObject({ status: 'error', isFetching: true, failureCount: 1 });
    fetcher.calls[1]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    expect(view.current()).toMatchObject({ status: 'success', error: undefined, failureCount: 0 });
  });

  it('keeps the last good rows when a refresh fails: success, error set, isStale', async () => {
    const { store, fetcher } = setup();
    const observer = store.createObserver({ applicationId: 'a', segmentId: 's', fetcher });
    const view = watch(observer);
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    const rows = view.current().jobs;
    await vi.advanceTimersByTimeAsync(5_000);
    fetcher.calls[1]?.reject(serverError());
    await flush();
    expect(view.current()).toMatchObject({ status: 'success', isStale: true, failureCount: 1 });
    expect(view.current().error?.statusCode).toBe(500);
    expect(view.current().jobs).toBe(rows);
  });

  it('is idle and sends nothing when disabled, and loads once enabled', async () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', segmentId: 's', fetcher, enabled: false };
    const observer = store.createObserver(options);
    const view = watch(observer);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(0);
    expect(view.current()).toMatchObject({ status: 'idle', jobs: [], isFetching: false, isPolling: false });
    observer.setOptions({ ...options, enabled: true });
    expect(fetcher.calls).toHaveLength(1);
    expect(view.current()).toMatchObject({ status: 'loading', isFetching: true });
  });

  it('aborts the request in flight when disabled', () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', segmentId: 's', fetcher };
    const observer = store.createObserver(options);
    const view = watch(observer);
    observer.setOptions({ ...options, enabled: false });
    expect(fetcher.calls[0]?.signal.aborted).toBe(true);
    expect(view.current()).toMatchObject({ status: 'idle', isFetching: false });
  });

  it('never shows or counts the abort of a request it aborted itself', async () => {
    const { store, fetcher } = setup();
    const onError = vi.fn();
    const observer = store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, onError });
    const view = watch(observer);
    observer.setOptions({ applicationId: 'a', segmentId: 'other', fetcher, onError });
    await flush();
    expect(fetcher.calls[0]?.signal.aborted).toBe(true);
    fetcher.calls[0]?.reject(new DOMException('aborted', 'AbortError'));
    await flush();
    expect(view.current()).toMatchObject({ status: 'loading', error: undefined, failureCount: 0 });
    expect(onError).not.toHaveBeenCalled();
  });

  it('takes an AbortError it did not cause (a host fetch with its own controller) for a failure, and retries', async () => {
    const { store, fetcher } = setup();
    const onError = vi.fn();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, onError }));
    fetcher.calls[0]?.reject(new DOMException('aborted', 'AbortError'));
    await flush();
    expect(view.current()).toMatchObject({ status: 'error', failureCount: 1, isFetching: false });
    expect(view.current().error).toMatchObject({ name: 'UnknownError', retryable: true });
    expect(onError).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('turns a throwing fetcher and an invalid body into errors, never into rejections', async () => {
    const { store } = setup();
    const throwing = () => {
      throw new Error('sync boom');
    };
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher: throwing }));
    await flush();
    expect(view.current().status).toBe('error');
    expect(view.current().error).toBeInstanceOf(Error);
    const invalid = watch(
      store.createObserver({
        applicationId: 'a',
        segmentId: 'other',
        fetcher: () => Promise.resolve({} as never),
      }),
    );
    await flush();
    expect(invalid.current().error?.name).toBe('InvalidResponseError');
  });

  it('refresh joins the request in flight and never rejects', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    const joined = view.current().refresh();
    expect(fetcher.calls).toHaveLength(1);
    fetcher.calls[0]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    await expect(joined).resolves.toBeUndefined();
    const again = view.current().refresh();
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.resolve(page([]));
    await expect(again).resolves.toBeUndefined();
    expect(view.current().status).toBe('success');
  });

  it('a refresh that joined a request restarted by invalidate waits for the new request', async () => {
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
    expect(fetcher.calls[0]?.signal.aborted).toBe(true);
    await flush();
    expect(settled).toBe(false);
    fetcher.calls[1]?.resolve(page([job('new', 'COMPLETED')]));
    await flush();
    expect(settled).toBe(true);
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['new']);
  });

  it('drops the reply of an outdated request', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    store.invalidate({ applicationId: 'a' });
    expect(fetcher.calls).toHaveLength(2);
    expect(fetcher.calls[0]?.signal.aborted).toBe(true);
    fetcher.calls[0]?.resolve(page([job('old', 'COMPLETED')]));
    await flush();
    expect(view.current().status).toBe('loading');
    fetcher.calls[1]?.resolve(page([job('new', 'COMPLETED')]));
    await flush();
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['new']);
  });

  it('shows initialData at once, before any subscription, and seeds the entry', async () => {
    const { store, fetcher } = setup();
    const observer = store.createObserver({
      applicationId: 'a',
      segmentId: 's',
      fetcher,
      initialData: page([job('ssr', 'COMPLETED')], 'next'),
    });
    expect(observer.getSnapshot()).toMatchObject({ status: 'success', hasNextPage: true });
    expect(observer.getSnapshot().jobs.map((j) => j.Id)).toEqual(['ssr']);
    const view = watch(observer);
    expect(fetcher.calls).toHaveLength(0);
    expect(view.current().updatedAt).toBe(Date.now());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(0);
  });
});
