// Back navigation keeps its place: a list that comes back within 5 minutes is on the page it was, with its rows as
// placeholder data, and with what its panel kept (its sort).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeImportJobsFetcher, job, page } from '../../../test/helpers/fakeFetcher.js';
import { flush, watch } from '../../../test/helpers/storeHarness.js';
import { PLACE_KEPT_MS } from './constants.js';
import { createImportJobsStore } from './store.js';
import type { ImportJobsObserverResult } from './types.js';
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

function line(result: ImportJobsObserverResult): string {
  return [
    result.status,
    `p${result.pageIndex}`,
    result.jobs.map((each) => each.Id).join(',') || '-',
    result.isPlaceholderData ? 'placeholder' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A list on its third page (tokens t1, t2), then left. */
async function leftOnPageThree() {
  const { store, fetcher } = setup();
  const options = { applicationId: 'a', segmentId: 's', pageSize: 2, fetcher };
  const view = watch(store.createObserver(options));
  fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED'), job('j2', 'COMPLETED')], 't1'));
  await flush();
  view.current().nextPage();
  fetcher.calls[1]?.resolve(page([job('j3', 'COMPLETED'), job('j4', 'COMPLETED')], 't2'));
  await flush();
  view.current().nextPage();
  fetcher.calls[2]?.resolve(page([job('j5', 'COMPLETED')]));
  await flush();
  expect(line(view.current())).toBe('success p2 j5');
  view.unsubscribe();
  await flush();
  expect(store.size).toBe(0);
  return { store, fetcher, options };
}

describe('back navigation', () => {
  it('comes back within 5 minutes on the page it had, its rows shown at once, then refetched', async () => {
    const { store, fetcher, options } = await leftOnPageThree();
    await vi.advanceTimersByTimeAsync(PLACE_KEPT_MS - 1);
    const observer = store.createObserver(options);
    // The first render already: before any subscription.
    expect(line(observer.getSnapshot())).toBe('success p2 j5 placeholder');
    expect(observer.getSnapshot()).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const view = watch(observer);
    expect(fetcher.calls[3]?.request).toEqual({
      ApplicationId: 'a',
      SegmentId: 's',
      PageSize: '2',
      Token: 't2',
    });
    fetcher.calls[3]?.resolve(page([job('j5', 'COMPLETED'), job('j6', 'COMPLETED')]));
    await flush();
    expect(line(view.current())).toBe('success p2 j5,j6');
    view.current().previousPage();
    expect(fetcher.calls[4]?.request).toEqual({
      ApplicationId: 'a',
      SegmentId: 's',
      PageSize: '2',
      Token: 't1',
    });
  });

  it('starts on the first page 5 minutes after, with other IDs or page size, or with rememberPlace: false', async () => {
    const { store, options } = await leftOnPageThree();
    expect(line(store.createObserver({ ...options, segmentId: 'other' }).getSnapshot())).toBe('loading p0 -');
    expect(line(store.createObserver({ ...options, pageSize: 3 }).getSnapshot())).toBe('loading p0 -');
    expect(line(store.createApplicationObserver({ ...options }).getSnapshot())).toBe('loading p0 -');
    expect(line(store.createObserver({ ...options, rememberPlace: false }).getSnapshot())).toBe(
      'loading p0 -',
    );
    // Another store knows nothing of it.
    expect(line(setup().store.createObserver(options).getSnapshot())).toBe('loading p0 -');
    await vi.advanceTimersByTimeAsync(PLACE_KEPT_MS);
    expect(line(store.createObserver(options).getSnapshot())).toBe('loading p0 -');
  });

  it('counts the 5 minutes from when the last reader left, not the first', async () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', fetcher };
    const first = watch(store.createApplicationObserver(options));
    const second = watch(store.createApplicationObserver(options));
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')], 't1'));
    await flush();
    first.current().nextPage();
    fetcher.calls[1]?.resolve(page([job('j2', 'COMPLETED')]));
    await flush();
    first.unsubscribe();
    await vi.advanceTimersByTimeAsync(PLACE_KEPT_MS * 2);
    // Still read by the second reader: kept. It leaves on page 1.
    second.current().nextPage();
    await flush();
    fetcher.calls.at(-1)?.resolve(page([job('j2', 'COMPLETED')]));
    await flush();
    second.unsubscribe();
    await vi.advanceTimersByTimeAsync(PLACE_KEPT_MS - 1);
    expect(line(store.createApplicationObserver(options).getSnapshot())).toBe('success p1 j2 placeholder');
  });

  it('keeps no placeholder rows: a list left while its page was loading comes back on that page, loading', async () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', segmentId: 's', fetcher };
    const view = watch(store.createObserver(options));
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')], 't1'));
    await flush();
    view.current().nextPage();
    expect(line(view.current())).toBe('success p1 j1 placeholder');
    view.unsubscribe();
    await flush();
    expect(line(store.createObserver(options).getSnapshot())).toBe('loading p1 -');
  });

  it('lets a job view borrow a job from a list left lately, as placeholder data', async () => {
    const { store, fetcher } = await leftOnPageThree();
    expect(store.createJobObserver({ applicationId: 'a', jobId: 'j5', fetcher }).getSnapshot()).toMatchObject(
      {
        status: 'success',
        job: { Id: 'j5' },
        isPlaceholderData: true,
      },
    );
    expect(store.createJobObserver({ applicationId: 'b', jobId: 'j5', fetcher }).getSnapshot().status).toBe(
      'loading',
    );
  });
});

describe('kept values (a panel keeps its sort)', () => {
  it('keeps a value by name for the list, for 5 minutes after its last reader left', async () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', segmentId: 's', fetcher };
    const observer = store.createObserver(options);
    expect(observer.getSnapshot().kept.get('sorting')).toBeUndefined();
    const view = watch(observer);
    const sorting = [{ id: 'created', desc: true }];
    view.current().kept.set('sorting', sorting);
    expect(view.current().kept.get('sorting')).toBe(sorting);
    view.unsubscribe();
    await vi.advanceTimersByTimeAsync(PLACE_KEPT_MS - 1);
    const again = store.createObserver(options);
    expect(again.getSnapshot().kept.get('sorting')).toBe(sorting);
    expect(
      store
        .createObserver({ ...options, segmentId: 'other' })
        .getSnapshot()
        .kept.get('sorting'),
    ).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(again.getSnapshot().kept.get('sorting')).toBeUndefined();
  });

  it('never lets a kept value expire while a reader is mounted', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createApplicationObserver({ applicationId: 'a', fetcher }));
    view.current().kept.set('sorting', 'status');
    await vi.advanceTimersByTimeAsync(PLACE_KEPT_MS * 3);
    expect(view.current().kept.get('sorting')).toBe('status');
  });

  it('keeps at most 50 places: the oldest left go first', async () => {
    const { store, fetcher } = setup();
    for (let index = 0; index < 51; index++) {
      const view = watch(store.createObserver({ applicationId: 'a', segmentId: `s${index}`, fetcher }));
      view.current().kept.set('sorting', index);
      view.unsubscribe();
      await vi.advanceTimersByTimeAsync(1);
    }
    const kept = (index: number) =>
      store
        .createObserver({ applicationId: 'a', segmentId: `s${index}`, fetcher })
        .getSnapshot()
        .kept.get('sorting');
    expect(kept(0)).toBeUndefined();
    expect(kept(1)).toBe(1);
    expect(kept(50)).toBe(50);
  });
});
