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

describe('PageSize', () => {
  it.each([
    [20, '20'],
    [2.7, '2'],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [0, undefined],
    [-1, undefined],
  ])('pageSize %s is sent as %j', async (pageSize, sent) => {
    const { store, fetcher } = setup();
    watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pageSize }));
    expect(fetcher.calls[0]?.request.PageSize).toBe(sent);
    expect('PageSize' in (fetcher.calls[0]?.request ?? {})).toBe(sent !== undefined);
  });
});

describe('paging by token stack', () => {
  it('pushes NextToken on nextPage, keeps placeholder rows, pops on previousPage', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', pageSize: 2, fetcher }));
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    expect(view.current()).toMatchObject({ hasNextPage: true, hasPreviousPage: false, pageIndex: 0 });
    const firstRows = view.current().jobs;
    view.current().nextPage();
    expect(view.current()).toMatchObject({
      pageIndex: 1,
      status: 'success',
      isPlaceholderData: true,
      hasNextPage: false,
      hasPreviousPage: true,
      isFetching: true,
    });
    expect(view.current().jobs).toBe(firstRows);
    expect(fetcher.calls[1]?.request).toStrictEqual({
      ApplicationId: 'a',
      SegmentId: 's',
      PageSize: '2',
      Token: 't1',
    });
    view.current().nextPage();
    expect(fetcher.calls).toHaveLength(2);
    fetcher.calls[1]?.resolve(page([job('p1', 'COMPLETED')], 't2'));
    await flush();
    expect(view.current()).toMatchObject({ pageIndex: 1, isPlaceholderData: false, hasNextPage: true });
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['p1']);
    view.current().nextPage();
    expect(fetcher.calls[2]?.request.Token).toBe('t2');
    fetcher.calls[2]?.resolve(page([job('p2', 'COMPLETED')]));
    await flush();
    expect(view.current()).toMatchObject({ pageIndex: 2, hasNextPage: false });
    view.current().nextPage();
    expect(view.current().pageIndex).toBe(2);
    view.current().previousPage();
    // Page 1 was released when its last reader left: refetched with its token, page 2's rows shown meanwhile.
    expect(view.current()).toMatchObject({ pageIndex: 1, isPlaceholderData: true, hasPreviousPage: true });
    expect(view.current().jobs.map((j) => j.Id)).toEqual(['p2']);
    expect(fetcher.calls[3]?.request.Token).toBe('t1');
    view.current().firstPage();
    expect(view.current()).toMatchObject({ pageIndex: 0, hasPreviousPage: false });
    expect(fetcher.calls[4]?.request).toStrictEqual({ ApplicationId: 'a', SegmentId: 's', PageSize: '2' });
  });

  it('refreshes page k with its own token and takes its new next token', async () => {
    const { store, fetcher } = setup();
    const view = watch(
      store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, pollInterval: 1_000 }),
    );
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    view.current().nextPage();
    fetcher.calls[1]?.resolve(page([job('p1', 'PROCESSING')], 't2'));
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetcher.calls[2]?.request.Token).toBe('t1');
    fetcher.calls[2]?.resolve(page([job('p1', 'PROCESSING')], 't2b'));
    await flush();
    view.current().nextPage();
    expect(fetcher.calls.at(-1)?.request.Token).toBe('t2b');
  });

  it('ends paging on a token already in the stack instead of looping', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    view.current().nextPage();
    fetcher.calls[1]?.resolve(page([job('p1', 'COMPLETED')], 't1'));
    await flush();
    expect(view.current().hasNextPage).toBe(false);
    view.current().nextPage();
    expect(fetcher.calls).toHaveLength(2);
  });

  it('ends paging on an empty token', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve({ ImportJobsResponse: { Item: [job('p0', 'COMPLETED')], NextToken: '' } });
    await flush();
    expect(view.current().hasNextPage).toBe(false);
  });

  it('goes back to page 0 once on a 400 to a request with a token, saying why until the next navigation', async () => {
    const { store, fetcher } = setup();
    const onError = vi.fn();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher, onError }));
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    view.current().nextPage();
    fetcher.calls[1]?.resolve(page([job('p1', 'COMPLETED')], 't2'));
    await flush();
    view.current().nextPage();
    fetcher.calls[2]?.reject(new PinpointError({ name: 'BadRequestException', statusCode: 400 }));
    await flush();
    expect(view.current()).toMatchObject({
      pageIndex: 0,
      pageReset: 'expired-token',
      hasPreviousPage: false,
    });
    expect(view.current().error).toBeUndefined();
    expect(onError).not.toHaveBeenCalled();
    expect(fetcher.calls).toHaveLength(4);
    expect(fetcher.calls[3]?.request).toStrictEqual({ ApplicationId: 'a', SegmentId: 's' });
    fetcher.calls[3]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher.calls).toHaveLength(4);
    expect(view.current().pageReset).toBe('expired-token');
    view.current().nextPage();
    expect(view.current().pageReset).toBeUndefined();
  });

  it('refetches page 0 after an expired token when page 0 was released', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    view.current().nextPage();
    await flush();
    fetcher.calls[1]?.reject(new PinpointError({ name: 'BadRequestException', statusCode: 400 }));
    await flush();
    expect(view.current()).toMatchObject({
      pageIndex: 0,
      pageReset: 'expired-token',
      isPlaceholderData: true,
    });
    expect(fetcher.calls[2]?.request).toStrictEqual({ ApplicationId: 'a', SegmentId: 's' });
    fetcher.calls[2]?.resolve(page([job('p0', 'COMPLETED')], 't9'));
    await flush();
    expect(view.current()).toMatchObject({
      pageIndex: 0,
      pageReset: 'expired-token',
      isPlaceholderData: false,
    });
    view.current().firstPage();
    expect(view.current().pageReset).toBeUndefined();
  });

  it('treats a 400 on page 0 as a plain error', async () => {
    const { store, fetcher } = setup();
    const view = watch(store.createObserver({ applicationId: 'a', segmentId: 's', fetcher }));
    fetcher.calls[0]?.reject(new PinpointError({ name: 'BadRequestException', statusCode: 400 }));
    await flush();
    expect(view.current()).toMatchObject({ status: 'error', pageReset: undefined });
  });

  it('starts again at page 0 when the application, segment or page size changes, aborting the old request', async () => {
    const { store, fetcher } = setup();
    const options = { applicationId: 'a', segmentId: 's', fetcher };
    const observer = store.createObserver(options);
    const view = watch(observer);
    fetcher.calls[0]?.resolve(page([job('p0', 'COMPLETED')], 't1'));
    await flush();
    view.current().nextPage();
    observer.setOptions({ ...options, segmentId: 's2' });
    expect(view.current()).toMatchObject({
      pageIndex: 0,
      status: 'loading',
      jobs: [],
      isPlaceholderData: false,
    });
    expect(fetcher.calls[2]?.request).toStrictEqual({ ApplicationId: 'a', SegmentId: 's2' });
    await flush();
    expect(fetcher.calls[1]?.signal.aborted).toBe(true);
    observer.setOptions({ ...options, segmentId: 's2', pageSize: 5 });
    expect(fetcher.calls[3]?.request).toStrictEqual({ ApplicationId: 'a', SegmentId: 's2', PageSize: '5' });
    await flush();
    expect(fetcher.calls[2]?.signal.aborted).toBe(true);
  });
});
