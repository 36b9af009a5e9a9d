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
const forbidden = () => new PinpointError({ name: 'ForbiddenException', statusCode: 403 });

describe('errors and retries', () => {
  it('retries with exponential backoff (1 s, 2 s) and stops after 3 attempts when not polling', async () => {
    const { store, fetcher } = setup();
    const onError = vi.fn();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, onError }));
    const gaps: number[] = [];
    let last = Date.now();
    for (let attempt = 0; attempt < 3; attempt++) {
      fetcher.calls[attempt]?.reject(serverError());
      await flush();
      if (attempt < 2) {
        expect(view.current().nextRetryAt).toBeDefined();
        await vi.advanceTimersByTimeAsync((view.current().nextRetryAt ?? 0) - Date.now());
        expect(fetcher.calls).toHaveLength(attempt + 2);
        gaps.push(Date.now() - last);
        last = Date.now();
      }
    }
    expect(gaps).toEqual([1_000, 2_000]);
    expect(view.current()).toMatchObject({ status: 'error', failureCount: 3, nextRetryAt: undefined });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetcher.calls).toHaveLength(3);
    expect(onError).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(PinpointError);
  });

  it('retries without limit while polling, capped at 30 s, keeping the rows', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(5_000);
    for (let i = 1; i <= 8; i++) {
      fetcher.calls[i]?.reject(serverError());
      await flush();
      const wait = (view.current().nextRetryAt ?? 0) - Date.now();
      expect(wait).toBe(Math.min(30_000, 1_000 * 2 ** (i - 1)));
      await vi.advanceTimersByTimeAsync(wait);
      expect(fetcher.calls).toHaveLength(i + 2);
    }
    expect(view.current()).toMatchObject({ status: 'success', isStale: true, failureCount: 8 });
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['j1']);
  });

  it('uses the injected random source for jitter', async () => {
    const { fetcher } = setup();
    const { createImportJobsStore, createManualVisibility } = await import('../index.js');
    const store = createImportJobsStore({ visibility: createManualVisibility(), random: () => 0.5 });
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(serverError());
    await flush();
    expect((view.current().nextRetryAt ?? 0) - Date.now()).toBe(1_500);
  });

  it('lets retryAfterMs raise the floor', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(new PinpointError({ name: 'TooManyRequestsException', retryAfterMs: 7_000 }));
    await flush();
    expect((view.current().nextRetryAt ?? 0) - Date.now()).toBe(7_000);
    await vi.advanceTimersByTimeAsync(6_999);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('pauses retries while hidden, and goes on with pollInBackground', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(serverError());
    await flush();
    visibility.setVisible(false);
    expect(view.current().nextRetryAt).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetcher.calls).toHaveLength(1);
    const other = watch(
      store.createObserver({ applicationId: 'a', segmentId: 'bg', fetcher, pollInBackground: true }),
    );
    fetcher.calls[1]?.reject(serverError());
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetcher.calls).toHaveLength(3);
    expect(fetcher.calls[2]?.request.SegmentId).toBe('bg');
    other.unsubscribe();
  });

  it('stops polling on a non-retryable error until refresh', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(5_000);
    fetcher.calls[1]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    await flush();
    expect(view.current()).toMatchObject({
      status: 'success',
      isStale: true,
      isPolling: false,
      nextRetryAt: undefined,
    });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetcher.calls).toHaveLength(2);
    void view.current().refresh();
    expect(fetcher.calls).toHaveLength(3);
    fetcher.calls[2]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    expect(view.current()).toMatchObject({ isPolling: true, isStale: false, error: undefined });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetcher.calls).toHaveLength(4);
  });

  it('resumes stopped polling on invalidate and on a change of a numeric pollInterval, not of a function', async () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', segmentId: 's', fetcher, pollInterval: () => 1_000 };
    const observer = store.createObserver(options);
    watch(observer);
    fetcher.calls[0]?.reject(new PinpointError({ name: 'BadRequestException', statusCode: 400 }));
    await flush();
    observer.setOptions({ ...options, pollInterval: () => 2_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(1);
    store.invalidate({ applicationId: 'a', segmentId: 's' });
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.reject(new PinpointError({ name: 'BadRequestException', statusCode: 400 }));
    await flush();
    observer.setOptions({ ...options, pollInterval: 3_000 });
    expect(fetcher.calls).toHaveLength(3);
    fetcher.calls[2]?.reject(new PinpointError({ name: 'BadRequestException', statusCode: 400 }));
    await flush();
    observer.setOptions({ ...options, pollInterval: 3_000 });
    expect(fetcher.calls).toHaveLength(3);
    observer.setOptions({ ...options, pollInterval: 4_000 });
    expect(fetcher.calls).toHaveLength(4);
  });

  it('retries once on focus after a 403, throttled', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(forbidden());
    await flush();
    expect(view.current().status).toBe('error');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(1);
    visibility.emit('focus');
    visibility.emit('visible');
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.reject(forbidden());
    await flush();
    visibility.emit('focus');
    expect(fetcher.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10_000);
    visibility.emit('focus');
    expect(fetcher.calls).toHaveLength(3);
    fetcher.calls[2]?.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    expect(view.current()).toMatchObject({ status: 'success', error: undefined });
  });

  it('does not retry a 404 on focus', async () => {
    const { store, fetcher, visibility } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    await flush();
    visibility.emit('focus');
    expect(fetcher.calls).toHaveLength(1);
  });
  it('sends no request on focus, visibility or online before a failed request is due for retry', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(serverError());
    await flush();
    expect((view.current().nextRetryAt ?? 0) - Date.now()).toBe(1_000);
    await vi.advanceTimersByTimeAsync(100);
    visibility.emit('focus');
    await vi.advanceTimersByTimeAsync(100);
    visibility.emit('visible');
    visibility.emit('online');
    await flush();
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(800);
    expect(fetcher.calls).toHaveLength(2);
  });

  it('holds to Retry-After through focus events, also after a page hidden meanwhile shows again', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    await vi.advanceTimersByTimeAsync(5_000);
    fetcher.calls[1]?.reject(
      new PinpointError({ name: 'TooManyRequestsException', statusCode: 429, retryAfterMs: 60_000 }),
    );
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    visibility.emit('focus');
    visibility.setVisible(false);
    await vi.advanceTimersByTimeAsync(20_000);
    visibility.setVisible(true);
    await flush();
    expect(fetcher.calls).toHaveLength(2);
    expect(view.current()).toMatchObject({ isStale: true, nextRetryAt: Date.now() + 39_000 });
    await vi.advanceTimersByTimeAsync(39_000);
    expect(fetcher.calls).toHaveLength(3);
  });

  it('retries at once when the browser comes back online after a NetworkError, once the 1 s floor has passed', async () => {
    const { store, fetcher, visibility } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(serverError());
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[1]?.reject(new PinpointError({ name: 'NetworkError' }));
    await flush();
    visibility.emit('online');
    expect(fetcher.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    visibility.emit('online');
    // The backoff alone would wait 2 s; the connection being back is worth trying now.
    expect(fetcher.calls).toHaveLength(3);
  });

  it('retries at the 1 s floor, not at the backoff, when the browser came back online before the floor', async () => {
    const { store, fetcher, visibility } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(serverError());
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[1]?.reject(new PinpointError({ name: 'NetworkError' }));
    await flush();
    expect((view.current().nextRetryAt ?? 0) - Date.now()).toBe(2_000);
    await vi.advanceTimersByTimeAsync(200);
    visibility.emit('online');
    await flush();
    expect(fetcher.calls).toHaveLength(2);
    expect((view.current().nextRetryAt ?? 0) - Date.now()).toBe(800);
    await vi.advanceTimersByTimeAsync(799);
    expect(fetcher.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(3);
  });

  it('keeps the backoff when the browser comes online after a failure other than a NetworkError', async () => {
    const { store, fetcher, visibility } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(serverError());
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[1]?.reject(serverError());
    await flush();
    await vi.advanceTimersByTimeAsync(200);
    visibility.emit('online');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetcher.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(800);
    expect(fetcher.calls).toHaveLength(3);
  });
});
