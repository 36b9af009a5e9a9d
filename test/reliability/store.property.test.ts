/**
 * Model-based property test of the store: random sequences of replies (good, bad, late, out of order), faults,
 * simulated time, visibility events and user actions on one or two views, checking the invariants after every
 * step:
 *
 * - at most one request in flight per entry (per page of a view);
 * - no reply from an outdated (aborted) request is ever shown, and rows shown belong to the view's current options;
 * - the last good rows are never lost to an error;
 * - at most one timer per entry;
 * - after every view unmounts: no timer, no visibility listener, no entry and no request left.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PinpointError, type PinpointErrorName } from '../../src/core/errors.js';
import { hashEntryKey } from '../../src/core/store/entryKey.js';
import type { ImportJobsObserver } from '../../src/core/store/observer.js';
import type { ImportJobsObserverOptions, ImportJobsObserverResult } from '../../src/core/store/types.js';
import {
  type GetSegmentImportJobsRequest,
  type GetSegmentImportJobsResponse,
  JOB_STATUSES,
  type SegmentImportJobsFetcher,
} from '../../src/core/types.js';
import { responseLike } from './helpers/arbitraries.js';
import { createLiveStore } from './helpers/liveStore.js';
import { runs } from './helpers/runs.js';

/** Runs of the sequence property. */
const RUNS = runs(100);
/** Most actions in one sequence. */
const MAX_ACTIONS = 40;

interface Call {
  id: number;
  request: GetSegmentImportJobsRequest;
  keyHash: string;
  signal: AbortSignal;
  settled: boolean;
  resolve: (value: GetSegmentImportJobsResponse) => void;
  reject: (error: unknown) => void;
}

const keyOf = (request: GetSegmentImportJobsRequest) =>
  hashEntryKey({
    kind: 'segment',
    applicationId: request.ApplicationId,
    segmentId: request.SegmentId,
    pageSize: request.PageSize === undefined ? undefined : Number(request.PageSize),
    token: request.Token,
  });

type Outcome =
  | { kind: 'page'; statuses: string[]; nextToken: string | undefined }
  | { kind: 'error'; name: PinpointErrorName; status?: number; retryAfterMs?: number }
  | { kind: 'garbage' }
  | { kind: 'throw-string' };

const ERRORS: { name: PinpointErrorName; status?: number }[] = [
  { name: 'BadRequestException', status: 400 },
  { name: 'ForbiddenException', status: 403 },
  { name: 'NotFoundException', status: 404 },
  { name: 'TooManyRequestsException', status: 429 },
  { name: 'InternalServerErrorException', status: 500 },
  { name: 'ServiceUnavailableError', status: 503 },
  { name: 'NetworkError' },
  { name: 'TimeoutError' },
  { name: 'InvalidResponseError', status: 200 },
];

const outcomeArb: fc.Arbitrary<Outcome> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('page' as const),
      statuses: fc.array(fc.constantFrom(...JOB_STATUSES, 'NEW_STATUS'), { maxLength: 3 }),
      nextToken: fc.constantFrom(undefined, '', 't1', 't2', 't3'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        error: fc.constantFrom(...ERRORS),
        retryAfterMs: fc.option(fc.constantFrom(500, 5_000, 400_000), { nil: undefined }),
      })
      .map(({ error, retryAfterMs }): Outcome => {
        const outcome: Outcome = { kind: 'error', name: error.name };
        if (error.status !== undefined) outcome.status = error.status;
        if (retryAfterMs !== undefined && error.name === 'TooManyRequestsException')
          outcome.retryAfterMs = retryAfterMs;
        return outcome;
      }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'garbage' } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'throw-string' } as const) },
);

const viewIndex = fc.nat(1);
type PollOption = 'default' | 1000 | 'off' | 'function';

type Action =
  | { type: 'settle'; pick: number; outcome: Outcome }
  | { type: 'advance'; ms: number }
  | { type: 'fireNext' }
  | { type: 'next' | 'previous' | 'first' | 'refresh' | 'unmount' | 'mount' | 'newFetcher'; view: number }
  | {
      type: 'options';
      view: number;
      app: string;
      pageSize: number | undefined;
      poll: PollOption;
      enabled: boolean;
      background: boolean;
    }
  | { type: 'visibility'; event: 'hide' | 'show' | 'focus' | 'online' }
  | { type: 'invalidate' };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ type: fc.constant('settle' as const), pick: fc.nat(5), outcome: outcomeArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('advance' as const),
      ms: fc.constantFrom(1, 999, 1_000, 5_000, 31_000),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'fireNext' } as const) },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constantFrom('next', 'previous', 'first', 'refresh', 'unmount', 'mount', 'newFetcher'),
      view: viewIndex,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('options' as const),
      view: viewIndex,
      app: fc.constantFrom('app-1', 'app-2'),
      pageSize: fc.constantFrom(undefined, 2),
      poll: fc.constantFrom<PollOption>('default', 1000, 'off', 'function'),
      enabled: fc.boolean(),
      background: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('visibility' as const),
      event: fc.constantFrom('hide', 'show', 'focus', 'online'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'invalidate' } as const) },
);

function pollValue(poll: PollOption): ImportJobsObserverOptions['pollInterval'] {
  if (poll === 'default') return undefined;
  if (poll === 'off') return false;
  if (poll === 'function') return (jobs) => (jobs.length > 0 ? 2_000 : false);
  return poll;
}

/** What the sequences exercised, so the test can prove it did real work. */
const stats = { sequences: 0, actions: 0, requests: 0, aborted: 0, outdatedReplies: 0, errorsOverRows: 0 };

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runSequence(actions: Action[]): Promise<void> {
  const { store, clock, visibility } = createLiveStore(() => 0.5);
  const calls: Call[] = [];
  const forbidden = new Set<number>();
  let nextCallId = 1;
  const makeFetcher = (): SegmentImportJobsFetcher => (request, init) =>
    new Promise<GetSegmentImportJobsResponse>((resolve, reject) => {
      calls.push({
        id: nextCallId++,
        request,
        keyHash: keyOf(request),
        signal: init.signal,
        settled: false,
        resolve,
        reject,
      });
    });

  interface ViewModel {
    options: ImportJobsObserverOptions;
    observer: ImportJobsObserver;
    unsubscribe: (() => void) | undefined;
  }
  const reported: string[] = [];
  const views: ViewModel[] = [0, 1].map((index) => {
    const options: ImportJobsObserverOptions = {
      applicationId: 'app-1',
      segmentId: 'seg-1',
      fetcher: makeFetcher(),
      // A host callback that throws (view 1) must not break the store.
      onError: (error) => {
        reported.push(error.name);
        if (index === 1) throw new Error('host onError threw');
      },
      onJobSettled: () => {
        if (index === 1) throw new Error('host onJobSettled threw');
      },
    };
    return { options, observer: store.createObserver(options), unsubscribe: undefined };
  });
  const mount = (view: ViewModel) => {
    view.unsubscribe ??= view.observer.subscribe(() => {});
  };
  mount(views[0] as ViewModel);

  const snapshot = () => views.map((view) => view.observer.getSnapshot());
  const trace: string[] = [];

  const checkInvariants = (label: string, before?: ImportJobsObserverResult[], erroredKey?: string) => {
    const fail = (message: string): never => {
      throw new Error(`${message}\nafter ${label}\ntrace:\n${trace.join('\n')}`);
    };
    // At most one request in flight per entry.
    const live = new Map<string, number>();
    for (const call of calls) {
      if (call.settled || call.signal.aborted) continue;
      live.set(call.keyHash, (live.get(call.keyHash) ?? 0) + 1);
    }
    for (const [key, count] of live) if (count > 1) fail(`${count} requests in flight for ${key}`);
    // A view says it is fetching only while a request is really in flight.
    views.forEach((view, index) => {
      if (view.unsubscribe !== undefined && view.observer.getSnapshot().isFetching && live.size === 0) {
        fail(`view ${index} says isFetching with no request in flight`);
      }
    });
    // One timer per entry at most.
    if (clock.liveTimers > store.size) fail(`${clock.liveTimers} timers for ${store.size} entries`);
    views.forEach((view, index) => {
      const result = view.observer.getSnapshot();
      if (!Array.isArray(result.jobs)) fail(`view ${index}: jobs is not an array`);
      if (result.status === 'error' && result.jobs.length > 0) fail(`view ${index}: status error with rows`);
      if (result.isStale && result.error === undefined) fail(`view ${index}: stale without an error`);
      for (const job of result.jobs) {
        const callId = Number(/^c(\d+)-/.exec(job.Id)?.[1]);
        if (forbidden.has(callId)) fail(`view ${index} shows ${job.Id}, the reply of an aborted request`);
        if (!result.isPlaceholderData && view.unsubscribe !== undefined) {
          const call = calls.find((each) => each.id === callId);
          const request = call?.request;
          if (
            request === undefined ||
            request.ApplicationId !== view.options.applicationId ||
            request.PageSize !==
              (view.options.pageSize === undefined ? undefined : String(view.options.pageSize)) ||
            (result.pageIndex === 0) !== (request.Token === undefined)
          ) {
            fail(`view ${index} (page ${result.pageIndex}) shows ${job.Id} from ${call?.keyHash}`);
          }
        }
      }
      // The last good rows are never lost to an error.
      const previous = before?.[index];
      if (
        erroredKey !== undefined &&
        previous !== undefined &&
        previous.status === 'success' &&
        !previous.isPlaceholderData &&
        previous.jobs.length > 0
      ) {
        const shownFrom = calls.find(
          (each) => each.id === Number(/^c(\d+)-/.exec(previous.jobs[0]?.Id ?? '')?.[1]),
        );
        if (shownFrom?.keyHash === erroredKey) {
          const ids = (jobs: readonly { Id: string }[]) => jobs.map((job) => job.Id).join(',');
          stats.errorsOverRows++;
          if (result.status !== 'success' || ids(result.jobs) !== ids(previous.jobs)) {
            fail(
              `view ${index} lost its rows to an error: ${ids(previous.jobs)} → ${result.status} ${ids(result.jobs)}`,
            );
          }
        }
      }
    });
  };

  for (const action of actions) {
    trace.push(JSON.stringify(action));
    const before = snapshot();
    let erroredKey: string | undefined;
    switch (action.type) {
      case 'settle': {
        const pending = calls.filter((call) => !call.settled);
        const call = pending[action.pick % Math.max(1, pending.length)];
        if (call === undefined) break;
        call.settled = true;
        if (call.signal.aborted) forbidden.add(call.id);
        const { outcome } = action;
        if (outcome.kind === 'page') {
          const Item = outcome.statuses.map((JobStatus, i) => ({
            Id: `c${call.id}-${i}`,
            JobStatus,
            ApplicationId: call.request.ApplicationId,
          }));
          // Partial jobs, as real responses can be: the store normalises them.
          const body = outcome.nextToken === undefined ? { Item } : { Item, NextToken: outcome.nextToken };
          call.resolve({ ImportJobsResponse: body } as unknown as GetSegmentImportJobsResponse);
        } else {
          if (!call.signal.aborted) erroredKey = call.keyHash;
          if (outcome.kind === 'garbage') call.resolve({ ImportJobsResponse: 'garbage' } as never);
          else if (outcome.kind === 'throw-string') call.reject('a string, not an error');
          else {
            const options: ConstructorParameters<typeof PinpointError>[0] = { name: outcome.name };
            if (outcome.status !== undefined) options.statusCode = outcome.status;
            if (outcome.retryAfterMs !== undefined) options.retryAfterMs = outcome.retryAfterMs;
            call.reject(new PinpointError(options));
          }
        }
        break;
      }
      case 'advance':
        clock.advance(action.ms);
        break;
      case 'fireNext':
        clock.fireNext();
        break;
      case 'visibility':
        if (action.event === 'hide') visibility.setVisible(false);
        else if (action.event === 'show') visibility.setVisible(true);
        else visibility.emit(action.event);
        break;
      case 'invalidate':
        store.invalidate({ applicationId: 'app-1' });
        break;
      default: {
        const view = views[action.view] as ViewModel;
        const result = view.observer.getSnapshot();
        switch (action.type) {
          case 'next':
            result.nextPage();
            break;
          case 'previous':
            result.previousPage();
            break;
          case 'first':
            result.firstPage();
            break;
          case 'refresh':
            void result.refresh();
            break;
          case 'unmount':
            view.unsubscribe?.();
            view.unsubscribe = undefined;
            break;
          case 'mount':
            mount(view);
            break;
          case 'newFetcher':
            view.options = { ...view.options, fetcher: makeFetcher() };
            view.observer.setOptions(view.options);
            break;
          case 'options': {
            const options: ImportJobsObserverOptions = {
              ...view.options,
              applicationId: action.app,
              enabled: action.enabled,
              pollInBackground: action.background,
              pollInterval: pollValue(action.poll),
            };
            if (action.pageSize === undefined) delete options.pageSize;
            else options.pageSize = action.pageSize;
            view.options = options;
            view.observer.setOptions(options);
            break;
          }
        }
      }
    }
    await tick();
    await tick();
    checkInvariants(JSON.stringify(action), before, erroredKey);
  }

  stats.sequences++;
  stats.actions += actions.length;
  stats.requests += calls.length;
  stats.aborted += calls.filter((call) => call.signal.aborted).length;
  stats.outdatedReplies += forbidden.size;

  // Unmount everything: nothing may be left behind.
  for (const view of views) {
    view.unsubscribe?.();
    view.unsubscribe = undefined;
  }
  await tick();
  await tick();
  const fail = (message: string) => new Error(`${message}\ntrace:\n${trace.join('\n')}`);
  if (reported.includes('AbortError')) throw fail('onError was told of an AbortError');
  if (clock.liveTimers !== 0) throw fail(`${clock.liveTimers} timers left after unmount`);
  if (visibility.listenerCount !== 0) throw fail(`${visibility.listenerCount} listeners left after unmount`);
  if (store.size !== 0) throw fail(`${store.size} entries left after unmount`);
  const leftover = calls.filter((call) => !call.settled && !call.signal.aborted);
  if (leftover.length > 0) throw fail(`${leftover.length} requests still wanted after unmount`);
}

describe('store: random sequences of replies, faults, time and user actions keep the invariants', () => {
  it(`at most one request per entry, no outdated reply shown, rows never lost to an error, nothing left after unmount (${RUNS} sequences of 15 to ${MAX_ACTIONS} actions)`, async () => {
    // The store logs what the throwing host callbacks of view 1 threw, and nothing else.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 15, maxLength: MAX_ACTIONS }), runSequence),
      { numRuns: RUNS },
    );
    const logged = consoleError.mock.calls.map((args) =>
      args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '),
    );
    consoleError.mockRestore();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.filter((line) => !/^host (onError|onJobSettled) threw$/.test(line))).toEqual([]);
    console.info('store sequences exercised:', stats);
    // The sequences did real work: requests, aborts, outdated replies and errors over rows all happened.
    expect(stats.requests).toBeGreaterThan(RUNS);
    expect(stats.aborted).toBeGreaterThan(0);
    expect(stats.outdatedReplies).toBeGreaterThan(0);
    expect(stats.errorsOverRows).toBeGreaterThan(0);
  });
});

describe('store: any initialData', () => {
  const INITIAL_RUNS = runs(200);
  it(`any initialData (wrong shapes, hostile values) shows rows or loads, never throws (${INITIAL_RUNS} generated values)`, async () => {
    await fc.assert(
      fc.asyncProperty(responseLike, async (initialData) => {
        const { store, clock, visibility } = createLiveStore();
        const calls: AbortSignal[] = [];
        const observer = store.createObserver({
          applicationId: 'app-1',
          segmentId: 'seg-1',
          fetcher: (_request, init) => {
            calls.push(init.signal);
            return new Promise(() => {});
          },
          initialData: initialData as GetSegmentImportJobsResponse,
        });
        const before = observer.getSnapshot();
        expect(['success', 'loading']).toContain(before.status);
        const unsubscribe = observer.subscribe(() => {});
        const result = observer.getSnapshot();
        expect(Array.isArray(result.jobs)).toBe(true);
        // Usable initial data shows at once without a request; anything else loads.
        if (result.status === 'success') expect(calls).toHaveLength(0);
        else expect(calls).toHaveLength(1);
        unsubscribe();
        await tick();
        expect(clock.liveTimers).toBe(0);
        expect(visibility.listenerCount).toBe(0);
        expect(calls.every((signal) => signal.aborted)).toBe(true);
      }),
      { numRuns: INITIAL_RUNS },
    );
  });
});
