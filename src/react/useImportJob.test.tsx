import { act, render, renderHook } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFakeImportJobsFetcher,
  type FakeImportJobsFetcher,
  job,
  one,
  page,
} from '../../test/helpers/fakeFetcher.js';
import { PinpointError } from '../core/errors.js';
import { createImportJobsStore, createManualVisibility, type ImportJobsStore } from '../core/store/index.js';
import type { ImportJobFetcher } from '../core/types.js';
import { ImportJobsProvider } from './ImportJobsProvider.js';
import { type UseApplicationImportJobsResult, useApplicationImportJobs } from './useApplicationImportJobs.js';
import { type UseImportJobResult, useImportJob } from './useImportJob.js';
import { useSegmentImportJobs } from './useSegmentImportJobs.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function newStore() {
  return createImportJobsStore({ visibility: createManualVisibility(), random: () => 0 });
}

function wrapperFor(store: ImportJobsStore, strict: boolean) {
  return ({ children }: { children: ReactNode }) => {
    const tree = <ImportJobsProvider store={store}>{children}</ImportJobsProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

function summary(result: UseImportJobResult): string {
  return [
    result.status,
    result.job === undefined ? '-' : `${result.job.Id}:${result.job.JobStatus}`,
    result.isFetching ? 'fetching' : 'idle',
    result.isPolling ? 'polling' : '',
    result.isPlaceholderData ? 'placeholder' : '',
    result.isStale ? 'stale' : '',
    result.error?.name ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Consecutive duplicates removed: renders that show the same state are not states of their own. */
function states(results: UseImportJobResult[]): string[] {
  return results.map(summary).filter((line, index, all) => index === 0 || line !== all[index - 1]);
}

/** A segment's list, then (with `detail`) a job view under it, recording every state the job view renders. */
function ListThenDetail({
  detail,
  fetcher,
  results,
}: {
  detail: boolean;
  fetcher: FakeImportJobsFetcher;
  results: UseImportJobResult[];
}) {
  const list = useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher });
  return detail ? <JobView fetcher={fetcher} results={results} /> : <p>{list.jobs.length}</p>;
}

function JobView({ fetcher, results }: { fetcher: FakeImportJobsFetcher; results: UseImportJobResult[] }) {
  results.push(useImportJob({ applicationId: 'a', jobId: 'j2', fetcher }));
  return null;
}

/** An application's list with a next-page button, recording the page index of every render. */
function PagedList({ fetcher, pages }: { fetcher: FakeImportJobsFetcher; pages: number[] }) {
  const result = useApplicationImportJobs({ applicationId: 'a', fetcher });
  pages.push(result.pageIndex);
  return (
    <button type="button" onClick={result.nextPage}>
      next
    </button>
  );
}

describe.each([false, true])('useImportJob (StrictMode: %s)', (strict) => {
  it('loads, polls while active and stops for good once terminal, with one request at a time', async () => {
    const store = newStore();
    const fetcher = createFakeImportJobsFetcher();
    const results: UseImportJobResult[] = [];
    const settled: string[] = [];
    renderHook(
      () => {
        const result = useImportJob({
          applicationId: 'a',
          jobId: 'j1',
          fetcher,
          onJobSettled: (settledJob) => settled.push(settledJob.Id),
        });
        results.push(result);
        return result;
      },
      { wrapper: wrapperFor(store, strict) },
    );
    expect(fetcher.calls).toHaveLength(1);
    expect(fetcher.calls[0]?.signal.aborted).toBe(false);
    await act(async () => {
      fetcher.calls[0]?.resolve(one(job('j1', 'PROCESSING')));
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(fetcher.calls).toHaveLength(2);
    await act(async () => {
      fetcher.calls[1]?.resolve(one(job('j1', 'COMPLETED')));
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(600_000);
    });
    expect(fetcher.calls).toHaveLength(2);
    expect(settled).toEqual(['j1']);
    expect(states(results)).toEqual([
      'loading - idle',
      'loading - fetching',
      'success j1:PROCESSING idle polling',
      'success j1:PROCESSING fetching polling',
      'success j1:COMPLETED idle',
    ]);
  });

  it('shows initialData on the first render without a request, and retries a 404 while the job is new', async () => {
    const store = newStore();
    const fetcher = createFakeImportJobsFetcher();
    const results: UseImportJobResult[] = [];
    const created = new Date(Date.now() - 1_000).toISOString();
    renderHook(
      () => {
        const result = useImportJob({
          applicationId: 'a',
          jobId: 'new',
          fetcher,
          initialData: one(job('new', 'CREATED', { CreationDate: created })),
        });
        results.push(result);
        return result;
      },
      { wrapper: wrapperFor(store, strict) },
    );
    expect(summary(results[0] as UseImportJobResult)).toBe('success new:CREATED idle');
    expect(fetcher.calls).toHaveLength(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    await act(async () => {
      fetcher.calls[0]?.reject(new PinpointError({ name: 'NotFoundException', statusCode: 404 }));
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    await act(async () => {
      fetcher.calls[1]?.resolve(one(job('new', 'INITIALIZING', { CreationDate: created })));
    });
    expect(states(results)).toEqual([
      'success new:CREATED idle',
      'success new:CREATED idle polling',
      'success new:CREATED fetching polling',
      'success new:CREATED idle polling stale NotFoundException',
      'success new:CREATED fetching polling stale NotFoundException',
      'success new:INITIALIZING idle polling',
    ]);
  });

  it('shows the job a list holds at once, as placeholder, then its own reply', async () => {
    const store = newStore();
    const fetcher = createFakeImportJobsFetcher();
    const results: UseImportJobResult[] = [];
    const tree = (detail: boolean) => {
      const page = <ListThenDetail detail={detail} fetcher={fetcher} results={results} />;
      return (
        <ImportJobsProvider store={store}>
          {strict ? <StrictMode>{page}</StrictMode> : page}
        </ImportJobsProvider>
      );
    };
    const { rerender } = render(tree(false));
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED'), job('j2', 'PROCESSING')]));
    });
    rerender(tree(true));
    expect(summary(results[0] as UseImportJobResult)).toBe('success j2:PROCESSING idle placeholder');
    await act(async () => {
      fetcher.callsOf('GetImportJob')[0]?.resolve(one(job('j2', 'COMPLETING')));
    });
    expect(states(results)).toEqual([
      'success j2:PROCESSING idle placeholder',
      'success j2:PROCESSING fetching placeholder',
      'success j2:COMPLETING idle polling',
    ]);
    expect(fetcher.callsOf('GetImportJob')).toHaveLength(1);
  });

  it('shows a fetcher without getImportJob as MethodNotAllowedException, never retried', async () => {
    const store = newStore();
    const plain = vi.fn(async () => page([]));
    const results: UseImportJobResult[] = [];
    renderHook(
      () => {
        const result = useImportJob({
          applicationId: 'a',
          jobId: 'j1',
          fetcher: plain as unknown as ImportJobFetcher,
        });
        results.push(result);
        return result;
      },
      { wrapper: wrapperFor(store, strict) },
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(600_000);
    });
    expect(plain).not.toHaveBeenCalled();
    // The request is started, then fails before anything is sent.
    expect(states(results)).toEqual([
      'loading - idle',
      'loading - fetching',
      'error - idle MethodNotAllowedException',
    ]);
  });
});

describe.each([false, true])('useApplicationImportJobs (StrictMode: %s)', (strict) => {
  it('loads and pages by token with the result of useSegmentImportJobs, every rendered state recorded', async () => {
    const store = newStore();
    const fetcher = createFakeImportJobsFetcher();
    const results: UseApplicationImportJobsResult[] = [];
    const { result } = renderHook(
      () => {
        const current = useApplicationImportJobs({ applicationId: 'a', fetcher, pageSize: 1 });
        results.push(current);
        return current;
      },
      { wrapper: wrapperFor(store, strict) },
    );
    expect(fetcher.calls.map((call) => [call.operation, call.request])).toEqual([
      ['GetImportJobs', { ApplicationId: 'a', PageSize: '1' }],
    ]);
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')], 't1'));
    });
    act(() => result.current.nextPage());
    expect(fetcher.calls[1]?.request).toEqual({ ApplicationId: 'a', PageSize: '1', Token: 't1' });
    await act(async () => {
      fetcher.calls[1]?.resolve(page([job('j2', 'FAILED')]));
    });
    const lines = results
      .map(
        (each) =>
          `${each.status} ${each.jobs.map((j) => j.Id).join(',') || '-'} p${each.pageIndex}${each.isFetching ? ' fetching' : ''}${each.isPlaceholderData ? ' placeholder' : ''}`,
      )
      .filter((line, index, all) => index === 0 || line !== all[index - 1]);
    expect(lines).toEqual([
      'loading - p0',
      'loading - p0 fetching',
      'success j1 p0',
      'success j1 p1 fetching placeholder',
      'success j2 p1',
    ]);
  });
});

describe('back navigation through the hooks', () => {
  it('a list that remounts within 5 minutes is on its page from the first render', async () => {
    const store = newStore();
    const fetcher = createFakeImportJobsFetcher();
    const pages: number[] = [];
    const first = render(
      <ImportJobsProvider store={store}>
        <PagedList fetcher={fetcher} pages={pages} />
      </ImportJobsProvider>,
    );
    await act(async () => {
      fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')], 't1'));
    });
    await act(async () => {
      first.getByRole('button').click();
    });
    first.unmount();
    pages.length = 0;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    render(
      <ImportJobsProvider store={store}>
        <PagedList fetcher={fetcher} pages={pages} />
      </ImportJobsProvider>,
    );
    expect(pages[0]).toBe(1);
    expect(new Set(pages)).toEqual(new Set([1]));
    expect(fetcher.calls.at(-1)?.request).toEqual({ ApplicationId: 'a', Token: 't1' });
  });
});
