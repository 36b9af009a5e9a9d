import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createImportJobsStore } from '../store.js';
import { createManualVisibility } from '../visibility.js';
import { createFakeFetcher, job, page } from './fakeFetcher.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('smoke', () => {
  it('loads, polls while active', async () => {
    const store = createImportJobsStore({ visibility: createManualVisibility(), random: () => 0 });
    const fetcher = createFakeFetcher();
    const observer = store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pageSize: 10 });
    const statuses: string[] = [];
    const unsubscribe = observer.subscribe(() => statuses.push(observer.getSnapshot().status));
    expect(fetcher.calls).toHaveLength(1);
    expect(fetcher.calls[0]?.request).toEqual({ ApplicationId: 'a', SegmentId: 's', PageSize: '10' });
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await vi.advanceTimersByTimeAsync(0);
    expect(observer.getSnapshot().status).toBe('success');
    expect(observer.getSnapshot().isPolling).toBe(true);
    await vi.advanceTimersByTimeAsync(4999);
    expect(fetcher.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher.calls).toHaveLength(2);
    unsubscribe();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetcher.calls[1]?.signal.aborted).toBe(true);
    expect(store.size).toBe(0);
  });
});
