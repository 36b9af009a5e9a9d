import { act, render, renderHook } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetcher, job, page } from '../../test/helpers/fakeFetcher.js';
import { PinpointError } from '../core/errors.js';
import { createImportJobsStore, createManualVisibility, type ImportJobsStore } from '../core/store/index.js';
import type { SegmentImportJobsFetcher } from '../core/types.js';
import { ImportJobsProvider } from './ImportJobsProvider.js';
import { type UseSegmentImportJobsResult, useSegmentImportJobs } from './useSegmentImportJobs.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function newStore() {
  return createImportJobsStore({ visibility: createManualVisibility(), random: () => 0 });
}

function TestProviders({
  store,
  strict,
  children,
}: {
  store: ImportJobsStore;
  strict: boolean;
  children: ReactNode;
}) {
  const tree = <ImportJobsProvider store={store}>{children}</ImportJobsProvider>;
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}

function wrapperFor(store: ImportJobsStore, strict: boolean) {
  return ({ children }: { children: ReactNode }) => (
    <TestProviders store={store} strict={strict}>
      {children}
    </TestProviders>
  );
}

function BackendView({ fetcher, seen }: { fetcher: SegmentImportJobsFetcher; seen: string[] }) {
  const { jobs } = useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher });
  seen.push(jobs.map((j) => j.Id).join(','));
  return null;
}

function BackendApp({
  store,
  backend,
  fetchers,
  seen,
}: {
  store: ImportJobsStore;
  backend: 'one' | 'two';
  fetchers: Record<'one' | 'two', SegmentImportJobsFetcher>;
  seen: string[];
}) {
  return (
    <ImportJobsProvider store={store}>
      <BackendView key={backend} fetcher={fetchers[backend]} seen={seen} />
    </ImportJobsProvider>
  );
}

function summary(result: UseSegmentImportJobsResult): string {
  return [
    result.status,
    result.jobs.map((j) => j.Id).join(',') || '-',
    `p${result.pageIndex}`,
    result.isFetching ? 'fetching' : 'idle',
    result.isPlaceholderData ? 'placeholder' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Consecutive duplicates removed: renders that show the same state are not states of their own. */
function states(results: UseSegmentImportJobsResult[]): string[] {
  return results.map(summary).filter((line, index, all) => index === 0 || line !== all[index - 1]);
}

describe.each([false, true])('useSegmentImportJobs (StrictMode: %s)', (strict) => {
  it('goes loading → success with one request that is never aborted', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const results: UseSegmentImportJobsResult[] = [];
    renderHook(
      () => {
        const result = useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher });
        results.push(result);
        return result;
      },
      { wrapper: wrapperFor(store, strict) },
    );
    expect(fetcher.calls).toHaveLength(1);
    expect(fetcher.calls[0]?.signal.aborted).toBe(false);
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    });
    expect(fetcher.calls).toHaveLength(1);
    expect(states(results)).toEqual(['loading - p0 idle', 'loading - p0 fetching', 'success j1 p0 idle']);
  });

  it('shows initialData rows on the first render', () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const results: UseSegmentImportJobsResult[] = [];
    renderHook(
      () => {
        const result = useSegmentImportJobs({
          applicationId: 'a',
          segmentId: 's',
          fetcher,
          initialData: page([job('ssr', 'COMPLETED')]),
        });
        results.push(result);
        return result;
      },
      { wrapper: wrapperFor(store, strict) },
    );
    expect(summary(results[0] as UseSegmentImportJobsResult)).toBe('success ssr p0 idle');
    expect(fetcher.calls).toHaveLength(0);
  });

  it('shows a request in flight at once after two quick option changes (page size, then segment)', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const { result, rerender } = renderHook(
      (props: { segmentId: string; pageSize: number }) =>
        useSegmentImportJobs({ applicationId: 'a', fetcher, ...props }),
      { initialProps: { segmentId: 's1', pageSize: 3 }, wrapper: wrapperFor(store, strict) },
    );
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    });
    rerender({ segmentId: 's1', pageSize: 2 });
    await act(async () => {});
    expect(result.current).toMatchObject({ status: 'loading', isFetching: true });
    rerender({ segmentId: 's2', pageSize: 2 });
    await act(async () => {});
    expect(fetcher.calls.at(-1)?.request.SegmentId).toBe('s2');
    expect(result.current).toMatchObject({ status: 'loading', isFetching: true });
  });

  it('renders a bounded number of times with an inline initialData while another page loads', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders++;
        return useSegmentImportJobs({
          applicationId: 'a',
          segmentId: 's',
          fetcher,
          initialData: page([job('ssr', 'COMPLETED')], 't1'),
        });
      },
      { wrapper: wrapperFor(store, strict) },
    );
    await act(async () => {});
    act(() => result.current.nextPage());
    await act(async () => {});
    expect(result.current).toMatchObject({ pageIndex: 1, isFetching: true });
    expect(renders).toBeLessThan(20);
  });

  it('keeps its result, isPolling included, when initialData is an inline literal', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const { rerender, result } = renderHook(
      () =>
        useSegmentImportJobs({
          applicationId: 'a',
          segmentId: 's',
          fetcher,
          initialData: page([job('ssr', 'PROCESSING')]),
        }),
      { wrapper: wrapperFor(store, strict) },
    );
    await act(async () => {});
    const settled = result.current;
    expect(settled).toMatchObject({ status: 'success', isPolling: true });
    rerender();
    rerender();
    expect(result.current).toBe(settled);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(fetcher.calls).toHaveLength(1);
    expect(result.current.isPolling).toBe(true);
  });

  it('never refetches for inline fetchers, poll functions and callbacks, however often it renders', async () => {
    const store = newStore();
    const calls: unknown[] = [];
    const { rerender, result } = renderHook(
      () => {
        const fetcher: SegmentImportJobsFetcher = (request) => {
          calls.push(request);
          return Promise.resolve(page([job('j1', 'PROCESSING')]));
        };
        return useSegmentImportJobs({
          applicationId: 'a',
          segmentId: 's',
          fetcher,
          pollInterval: () => 10_000,
          onError: () => {},
          onJobSettled: () => {},
        });
      },
      { wrapper: wrapperFor(store, strict) },
    );
    await act(async () => {});
    for (let i = 0; i < 10; i++) rerender();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(9_999);
    });
    expect(calls).toHaveLength(1);
    expect(result.current.status).toBe('success');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(calls).toHaveLength(2);
  });

  it('pages: pageIndex changes at once, previous rows stay as placeholder', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const results: UseSegmentImportJobsResult[] = [];
    const { result } = renderHook(
      () => {
        const r = useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher, pageSize: 1 });
        results.push(r);
        return r;
      },
      { wrapper: wrapperFor(store, strict) },
    );
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    });
    act(() => result.current.nextPage());
    expect(fetcher.calls[1]?.request).toStrictEqual({
      ApplicationId: 'a',
      SegmentId: 's',
      PageSize: '1',
      Token: 't1',
    });
    await act(async () => {
      fetcher.calls[1]?.resolve(page([job('p1', 'COMPLETED')]));
    });
    expect(states(results)).toEqual([
      'loading - p0 idle',
      'loading - p0 fetching',
      'success p0 p0 idle',
      'success p0 p1 fetching placeholder',
      'success p1 p1 idle',
    ]);
  });

  it('starts again at page 0 with no old rows when the segment changes, in the same render', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const results: UseSegmentImportJobsResult[] = [];
    const { result, rerender } = renderHook(
      ({ segmentId }: { segmentId: string }) => {
        const r = useSegmentImportJobs({ applicationId: 'a', segmentId, fetcher });
        results.push(r);
        return r;
      },
      { wrapper: wrapperFor(store, strict), initialProps: { segmentId: 's1' } },
    );
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('x', 'COMPLETED')], 't1'));
    });
    act(() => result.current.nextPage());
    results.length = 0;
    rerender({ segmentId: 's2' });
    expect(summary(results[0] as UseSegmentImportJobsResult)).toBe('loading - p0 idle');
    expect(fetcher.calls.at(-1)?.request).toStrictEqual({ ApplicationId: 'a', SegmentId: 's2' });
    await act(async () => {});
    expect(fetcher.calls[1]?.signal.aborted).toBe(true);
  });

  it('aborts on unmount and leaves no timer behind', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const { unmount } = renderHook(
      () => useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher }),
      {
        wrapper: wrapperFor(store, strict),
      },
    );
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(fetcher.calls).toHaveLength(2);
    unmount();
    await act(async () => {});
    expect(fetcher.calls[1]?.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(store.size).toBe(0);
  });

  it('shares one request among hooks under one provider, and refetches them all on invalidate', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const { result } = renderHook(
      () => [
        useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher }),
        useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher: createFakeFetcher() }),
      ],
      { wrapper: wrapperFor(store, strict) },
    );
    expect(fetcher.calls).toHaveLength(1);
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    });
    expect(result.current[0]?.jobs).toBe(result.current[1]?.jobs);
    act(() => store.invalidate({ applicationId: 'a' }));
    expect(result.current[0]?.isFetching).toBe(true);
    expect(result.current[1]?.isFetching).toBe(true);
  });

  it('refresh never rejects, even when the request fails', async () => {
    const store = newStore();
    const fetcher = createFakeFetcher();
    const onError = vi.fn();
    const { result } = renderHook(
      () => useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher, onError }),
      { wrapper: wrapperFor(store, strict) },
    );
    let refreshed: Promise<void> | undefined;
    act(() => {
      refreshed = result.current.refresh();
    });
    await act(async () => {
      fetcher.calls[0]?.reject(new PinpointError({ name: 'ForbiddenException', statusCode: 403 }));
    });
    await expect(refreshed).resolves.toBeUndefined();
    expect(result.current.status).toBe('error');
    expect(result.current.error?.name).toBe('ForbiddenException');
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe('useSegmentImportJobs without a provider', () => {
  it('uses the default module-level store', async () => {
    const fetcher = createFakeFetcher();
    const { result, unmount } = renderHook(() =>
      useSegmentImportJobs({ applicationId: 'default', segmentId: 's', fetcher }),
    );
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
    });
    expect(result.current.status).toBe('success');
    unmount();
  });
});

describe('switching backends with a key', () => {
  it('refetches through the new fetcher when remounted with another key', async () => {
    const store = newStore();
    const first = createFakeFetcher();
    const second = createFakeFetcher();
    const seen: string[] = [];
    const fetchers = { one: first, two: second };
    const { rerender } = render(<BackendApp store={store} backend="one" fetchers={fetchers} seen={seen} />);
    await act(async () => {
      first.calls[0]?.resolve(page([job('from-one', 'COMPLETED')]));
    });
    rerender(<BackendApp store={store} backend="two" fetchers={fetchers} seen={seen} />);
    expect(second.calls).toHaveLength(1);
    await act(async () => {
      second.calls[0]?.resolve(page([job('from-two', 'COMPLETED')]));
    });
    expect(seen.at(-1)).toBe('from-two');
  });
});
