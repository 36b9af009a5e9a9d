/**
 * The drop-in panel and the hook, end to end in the DOM: any response a fetcher resolves with (or any error it
 * rejects with) renders without throwing, stays text, and leaves nothing behind on unmount; 1,000 mount/unmount
 * cycles of the hook leak no timer, listener or request.
 */
import { act, render } from '@testing-library/react';
import fc from 'fast-check';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { SegmentImportJobs } from '../../src/components/SegmentImportJobs/SegmentImportJobs.js';
import { PINPOINT_ERROR_NAMES, PinpointError } from '../../src/core/errors.js';
import type { GetSegmentImportJobsResponse, SegmentImportJobsFetcher } from '../../src/core/types.js';
import { ImportJobsProvider } from '../../src/react/ImportJobsProvider.js';
import { useSegmentImportJobs } from '../../src/react/useSegmentImportJobs.js';
import { hostileString, responseLike } from './helpers/arbitraries.js';
import { countingFetcher, createLiveStore } from './helpers/liveStore.js';
import { injectionProblems, RecordingBoundary } from './helpers/renderChecks.js';
import { runs } from './helpers/runs.js';

/** Runs of the panel property. */
const RUNS = runs(20);
const CYCLES = 1_000;

const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

type Reply =
  | { kind: 'body'; body: unknown }
  | { kind: 'error'; name: (typeof PINPOINT_ERROR_NAMES)[number]; message: string };

const replyArb: fc.Arbitrary<Reply> = fc.oneof(
  { weight: 3, arbitrary: responseLike.map((body): Reply => ({ kind: 'body', body })) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('error' as const),
      name: fc.constantFrom(...PINPOINT_ERROR_NAMES.filter((name) => name !== 'AbortError')),
      message: hostileString,
    }),
  },
);

describe('SegmentImportJobs given any reply', () => {
  it(`renders without throwing, keeps text as text, refreshes and leaves nothing behind (${RUNS} generated replies, two each)`, async () => {
    await fc.assert(
      fc.asyncProperty(replyArb, replyArb, async (first, second) => {
        const { store, clock, visibility } = createLiveStore();
        const replies = [first, second];
        const fetcher: SegmentImportJobsFetcher = () => {
          const reply = replies.shift() ?? first;
          return reply.kind === 'body'
            ? Promise.resolve(reply.body as GetSegmentImportJobsResponse)
            : Promise.reject(new PinpointError({ name: reply.name, message: reply.message }));
        };
        const caught: unknown[] = [];
        const { container, unmount } = render(
          <RecordingBoundary caught={caught}>
            <ImportJobsProvider store={store}>
              <SegmentImportJobs applicationId="app-1" segmentId="seg-1" fetcher={fetcher} />
            </ImportJobsProvider>
          </RecordingBoundary>,
        );
        await settle();
        expect(caught).toEqual([]);
        expect(injectionProblems(container)).toEqual([]);
        // A second reply, through a retry or a poll, over whatever the first one showed.
        await act(async () => {
          clock.fireNext();
        });
        await settle();
        expect(caught).toEqual([]);
        expect(injectionProblems(container)).toEqual([]);
        unmount();
        await settle();
        expect(clock.liveTimers).toBe(0);
        expect(visibility.listenerCount).toBe(0);
        expect(store.size).toBe(0);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});

function Reader({ fetcher, segmentId }: { fetcher: SegmentImportJobsFetcher; segmentId: string }) {
  const result = useSegmentImportJobs({ applicationId: 'app-1', segmentId, fetcher });
  return <output>{result.status}</output>;
}

describe(`useSegmentImportJobs: ${CYCLES} mount/unmount cycles`, () => {
  it('no timer, listener, entry or request outlives them (StrictMode, half of them with rows loaded)', async () => {
    const { store, clock, visibility } = createLiveStore();
    const body: GetSegmentImportJobsResponse = {
      ImportJobsResponse: { Item: [{ Id: 'job-1', JobStatus: 'PROCESSING' }] },
    } as unknown as GetSegmentImportJobsResponse;
    let pending: (() => void)[] = [];
    const base: SegmentImportJobsFetcher = (_request, init) =>
      new Promise((resolve, reject) => {
        const answer = () => resolve(body);
        pending.push(answer);
        init.signal.addEventListener('abort', () => reject(init.signal.reason), { once: true });
      });
    const { fetcher, counts, inFlight } = countingFetcher(base);
    for (let i = 0; i < CYCLES; i++) {
      const view = render(
        <StrictMode>
          <ImportJobsProvider store={store}>
            <Reader fetcher={fetcher} segmentId={`seg-${i % 4}`} />
          </ImportJobsProvider>
        </StrictMode>,
      );
      if (i % 2 === 0) {
        // Answer: the rows load and a poll timer is armed.
        await act(async () => {
          for (const answer of pending) answer();
          pending = [];
          await Promise.resolve();
        });
      }
      view.unmount();
      await act(async () => {
        await Promise.resolve();
      });
      pending = [];
    }
    await settle();
    expect(counts.started).toBeGreaterThanOrEqual(CYCLES);
    expect(inFlight()).toBe(0);
    expect(counts.signals.filter((signal) => !signal.aborted).length).toBeLessThanOrEqual(CYCLES / 2 + 1);
    expect(clock.liveTimers).toBe(0);
    expect(visibility.listenerCount).toBe(0);
    expect(store.size).toBe(0);
  }, 60_000);
});
