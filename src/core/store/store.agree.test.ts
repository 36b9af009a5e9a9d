// Views agree: one job shown from a cached list at once, lists refreshed when a job view sees it settle, and
// invalidate across an application's lists and jobs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeImportJobsFetcher, job, one, page } from '../../../test/helpers/fakeFetcher.js';
import { flush, watch } from '../../../test/helpers/storeHarness.js';
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
  const store = createImportJobsStore({ visibility: createManualVisibility(true), random: () => 0 });
  const fetcher = createFakeImportJobsFetcher();
  return { store, fetcher };
}

function line(result: ImportJobObserverResult): string {
  return [
    result.status,
    result.job === undefined ? '-' : `${result.job.Id}:${result.job.JobStatus}`,
    result.isPlaceholderData ? 'placeholder' : 'own',
  ].join(' ');
}

describe('a job a cached list holds', () => {
  it.each([
    ['a segment', 'GetSegmentImportJobs'],
    ["the application's", 'GetImportJobs'],
  ] as const)(
    'is shown at once from %s list, as placeholder data, until its own reply',
    async (_name, operation) => {
      const { store, fetcher } = setup();
      if (operation === 'GetSegmentImportJobs') {
        watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
      } else {
        watch(store.createApplicationObserver({ applicationId: 'a', fetcher }));
      }
      fetcher.calls[0]?.resolve(page([job('j0', 'COMPLETED'), job('j1', 'PROCESSING', { TotalPieces: 4 })]));
      await flush();
      const observer = store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher });
      // The first render, before any subscription, already shows it.
      expect(line(observer.getSnapshot())).toBe('success j1:PROCESSING placeholder');
      const view = watch(observer);
      expect(view.current()).toMatchObject({ isFetching: true, updatedAt: undefined });
      fetcher.callsOf('GetImportJob')[0]?.resolve(one(job('j1', 'PROCESSING', { TotalPieces: 5 })));
      await flush();
      // Every state published, consecutive repeats (a change of a flag not in the line) counted once.
      const lines = view.results.map(line).filter((each, index, all) => each !== all[index - 1]);
      expect(lines).toEqual(['success j1:PROCESSING placeholder', 'success j1:PROCESSING own']);
      expect(view.current().job?.TotalPieces).toBe(5);
    },
  );

  it('is not borrowed from another application, and a failure that stops the job view drops the placeholder', async () => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'other', segmentId: 's', fetcher }));
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j2', 'PROCESSING')]));
    fetcher.calls[1]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    expect(line(store.createJobObserver({ applicationId: 'a', jobId: 'j2', fetcher }).getSnapshot())).toBe(
      'loading - own',
    );
    const view = watch(store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher }));
    fetcher
      .callsOf('GetImportJob')[0]
      ?.reject(Object.assign(new Error('gone'), { name: 'ForbiddenException', retryable: false }));
    await flush();
    expect(line(view.current())).toBe('error - own');
  });
});

describe('when a job view sees its job settle', () => {
  it('every list that shows it with a reader refetches once, in one shared request; a list without one is marked stale', async () => {
    const { store, fetcher } = setup();
    // Two segment lists and an application list that show j1 (three readers on one of them), one that shows it
    // settled already, one that does not show it, one of another application, one whose only reader is disabled.
    const shows = [
      watch(store.createObserver({ applicationId: 'a', segmentId: 's1', fetcher })),
      watch(store.createObserver({ applicationId: 'a', segmentId: 's1', fetcher })),
      watch(store.createObserver({ applicationId: 'a', segmentId: 's1', fetcher })),
    ];
    watch(store.createObserver({ applicationId: 'a', segmentId: 's1', pageSize: 5, fetcher }));
    watch(store.createApplicationObserver({ applicationId: 'a', fetcher }));
    watch(store.createObserver({ applicationId: 'a', segmentId: 's2', fetcher }));
    watch(store.createObserver({ applicationId: 'a', segmentId: 's3', fetcher }));
    watch(store.createObserver({ applicationId: 'b', segmentId: 's1', fetcher }));
    const quiet = store.createObserver({ applicationId: 'a', segmentId: 's4', fetcher });
    const quietView = watch(quiet);
    const replies = [
      page([job('j1', 'PROCESSING')]),
      page([job('j1', 'PROCESSING')]),
      page([job('j0', 'COMPLETED'), job('j1', 'PENDING_JOB')]),
      page([job('j1', 'COMPLETED')]),
      page([job('j9', 'PROCESSING')]),
      page([job('j1', 'PROCESSING')]),
      page([job('j1', 'PROCESSING')]),
    ];
    fetcher.calls.forEach((call, index) => {
      call.resolve(replies[index] as (typeof replies)[number]);
    });
    await flush();
    quiet.setOptions({ applicationId: 'a', segmentId: 's4', fetcher, enabled: false });
    const detail = watch(
      store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher, pollInterval: 1_000 }),
    );
    const before = fetcher.calls.length;
    fetcher.calls[before - 1]?.resolve(one(job('j1', 'PROCESSING')));
    await flush();
    expect(fetcher.calls).toHaveLength(before);
    await vi.advanceTimersByTimeAsync(1_000);
    fetcher.calls[before]?.resolve(one(job('j1', 'COMPLETED')));
    await flush();
    expect(detail.current().job?.JobStatus).toBe('COMPLETED');
    const refetched = fetcher.calls.slice(before + 1).map((call) => [call.operation, call.request]);
    expect(refetched).toEqual([
      ['GetSegmentImportJobs', { ApplicationId: 'a', SegmentId: 's1' }],
      ['GetSegmentImportJobs', { ApplicationId: 'a', SegmentId: 's1', PageSize: '5' }],
      ['GetImportJobs', { ApplicationId: 'a' }],
    ]);
    for (const call of fetcher.calls.slice(before + 1)) call.resolve(page([job('j1', 'COMPLETED')]));
    await flush();
    expect(shows.map((view) => view.current().jobs[0]?.JobStatus)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
    ]);
    // No more requests come of it, however long the views stay.
    await vi.advanceTimersByTimeAsync(60_000);
    const settledCount = fetcher.calls.length;
    // The list without a reader refetches as soon as it has one again: it was marked stale.
    expect(quietView.current().jobs[0]?.JobStatus).toBe('PROCESSING');
    quiet.setOptions({ applicationId: 'a', segmentId: 's4', fetcher });
    expect(fetcher.calls.slice(settledCount).map((call) => call.request)).toEqual([
      { ApplicationId: 'a', SegmentId: 's4' },
    ]);
  });

  it('joins a request of the list in flight rather than sending another', async () => {
    const { store, fetcher } = setup();
    const list = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('j1', 'PROCESSING')]));
    await flush();
    const detail = watch(store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher }));
    void list.current().refresh();
    expect(fetcher.calls.map((call) => call.operation)).toEqual([
      'GetSegmentImportJobs',
      'GetImportJob',
      'GetSegmentImportJobs',
    ]);
    fetcher.calls[1]?.resolve(one(job('j1', 'FAILED')));
    await flush();
    expect(fetcher.calls).toHaveLength(3);
    expect(detail.current().job?.JobStatus).toBe('FAILED');
  });
});

describe('invalidate', () => {
  async function everyView() {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's1', fetcher }));
    watch(store.createObserver({ applicationId: 'a', segmentId: 's2', fetcher }));
    watch(store.createApplicationObserver({ applicationId: 'a', fetcher }));
    watch(store.createJobObserver({ applicationId: 'a', jobId: 'j1', fetcher }));
    watch(store.createJobObserver({ applicationId: 'a', jobId: 'j2', fetcher }));
    watch(store.createJobObserver({ applicationId: 'a', jobId: 'done', fetcher }));
    watch(store.createObserver({ applicationId: 'b', segmentId: 's1', fetcher }));
    const s1 = { Format: 'CSV', RoleArn: 'r', S3Url: 's3://b', SegmentId: 's1' } as const;
    const s2 = { ...s1, SegmentId: 's2' };
    const replies = [
      page([job('j1', 'PROCESSING', { Definition: s1 })]),
      page([job('j2', 'PROCESSING', { Definition: s2 })]),
      page([job('j1', 'PROCESSING', { Definition: s1 }), job('j2', 'PROCESSING', { Definition: s2 })]),
      one(job('j1', 'PROCESSING', { Definition: s1 })),
      one(job('j2', 'PROCESSING', { Definition: s2 })),
      one(job('done', 'COMPLETED', { Definition: s1 })),
      page([]),
    ];
    fetcher.calls.forEach((call, index) => {
      call.resolve(replies[index] as never);
    });
    await flush();
    const sent = () =>
      fetcher.calls
        .slice(replies.length)
        .map((call) => `${call.operation} ${Object.values(call.request).join('/')}`);
    return { store, sent };
  }

  it("{ applicationId } refetches the application's lists, its segments' lists and its jobs, but no final job", async () => {
    const { store, sent } = await everyView();
    store.invalidate({ applicationId: 'a' });
    expect(sent()).toEqual([
      'GetSegmentImportJobs a/s1',
      'GetSegmentImportJobs a/s2',
      'GetImportJobs a',
      'GetImportJob a/j1',
      'GetImportJob a/j2',
    ]);
  });

  it("{ segmentId } refetches that segment's lists, the application's lists and that segment's jobs", async () => {
    const { store, sent } = await everyView();
    store.invalidate({ applicationId: 'a', segmentId: 's1' });
    expect(sent()).toEqual(['GetSegmentImportJobs a/s1', 'GetImportJobs a', 'GetImportJob a/j1']);
  });

  it('{ jobId } refetches that job and the lists that show it', async () => {
    const { store, sent } = await everyView();
    store.invalidate({ applicationId: 'a', jobId: 'j2' });
    expect(sent()).toEqual(['GetSegmentImportJobs a/s2', 'GetImportJobs a', 'GetImportJob a/j2']);
  });
});
