/**
 * 1,000 mount/unmount cycles of a view against a real server: no timer, visibility listener, entry or request may
 * outlive them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../../src/core/http/createHttpFetcher.js';
import {
  type PinpointTestServer,
  startPinpointTestServer,
  wireJob,
} from '../node/servers/pinpointTestServer.js';
import { countingFetcher, createLiveStore, microtasks, until } from './helpers/liveStore.js';

const CYCLES = 1_000;

// 2 s a test on a quiet machine, 19 s with both cores busy: the timeout catches a hang, not slowness.
describe(`${CYCLES} mount/unmount cycles`, { timeout: 60_000 }, () => {
  let server: PinpointTestServer;

  beforeEach(async () => {
    server = await startPinpointTestServer({ jobs: [wireJob('job-1'), wireJob('job-2')] });
  });

  afterEach(async () => {
    await server.close();
  });

  it('unmounting while the request is in flight, every time: each request aborted, nothing left', async () => {
    const { store, clock, visibility } = createLiveStore();
    const { fetcher, counts, inFlight } = countingFetcher(createHttpFetcher({ baseUrl: server.url }));
    const errors: unknown[] = [];
    for (let i = 0; i < CYCLES; i++) {
      const observer = store.createObserver({
        applicationId: 'app-1',
        segmentId: 'seg-1',
        fetcher,
        onError: (error) => errors.push(error),
      });
      const unsubscribe = observer.subscribe(() => {});
      unsubscribe();
      // The store releases the entry a microtask after its last reader leaves.
      await microtasks();
    }
    expect(counts.started).toBe(CYCLES);
    expect(counts.signals.every((signal) => signal.aborted)).toBe(true);
    await until(() => inFlight() === 0, 'every aborted request to settle');
    expect(store.size).toBe(0);
    expect(clock.liveTimers).toBe(0);
    expect(visibility.listenerCount).toBe(0);
    // An abort is never shown to the user.
    expect(errors).toEqual([]);
  });

  it('unmounting after the rows loaded and polling started, every time: nothing left', async () => {
    const { store, clock, visibility } = createLiveStore();
    const { fetcher, counts, inFlight } = countingFetcher(createHttpFetcher({ baseUrl: server.url }));
    for (let i = 0; i < CYCLES; i++) {
      const observer = store.createObserver({ applicationId: 'app-1', segmentId: `seg-${i % 3}`, fetcher });
      const unsubscribe = observer.subscribe(() => {});
      if (i % 100 === 0) {
        // Now and then, wait for the rows: a poll timer is armed, and must go with the view.
        await until(() => observer.getSnapshot().status === 'success', 'rows');
        expect(observer.getSnapshot().isPolling).toBe(true);
        expect(clock.liveTimers).toBe(1);
      }
      unsubscribe();
      await microtasks();
      expect(clock.liveTimers).toBe(0);
    }
    await until(() => inFlight() === 0, 'every request to settle');
    expect(counts.started).toBe(CYCLES);
    expect(store.size).toBe(0);
    expect(clock.liveTimers).toBe(0);
    expect(visibility.listenerCount).toBe(0);
  });

  it('StrictMode-style synchronous unmount and remount neither aborts nor resends', async () => {
    const { store, clock, visibility } = createLiveStore();
    const { fetcher, counts } = countingFetcher(createHttpFetcher({ baseUrl: server.url }));
    const observer = store.createObserver({ applicationId: 'app-1', segmentId: 'seg-1', fetcher });
    for (let i = 0; i < CYCLES; i++) {
      const unsubscribe = observer.subscribe(() => {});
      unsubscribe();
    }
    const unsubscribe = observer.subscribe(() => {});
    await microtasks();
    expect(counts.started).toBe(1);
    expect(counts.signals[0]?.aborted).toBe(false);
    unsubscribe();
    await microtasks();
    expect(store.size).toBe(0);
    expect(clock.liveTimers).toBe(0);
    expect(visibility.listenerCount).toBe(0);
  });
});
