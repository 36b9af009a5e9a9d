/**
 * Property test of `useSegmentImportJobs` as React renders it: random option changes and out-of-order replies, with
 * every render recorded. No render may show rows of another segment as the current page, or the reply of an
 * aborted request, and the last good rows are never replaced by an error.
 */
import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { type ReactNode, StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { PinpointError } from '../../src/core/errors.js';
import type { ImportJobsObserverResult } from '../../src/core/store/types.js';
import type {
  GetSegmentImportJobsRequest,
  GetSegmentImportJobsResponse,
  SegmentImportJobsFetcher,
} from '../../src/core/types.js';
import { ImportJobsProvider } from '../../src/react/ImportJobsProvider.js';
import { useSegmentImportJobs } from '../../src/react/useSegmentImportJobs.js';
import { createLiveStore } from './helpers/liveStore.js';
import { runs } from './helpers/runs.js';

const RUNS = runs(30);

interface Call {
  id: number;
  request: GetSegmentImportJobsRequest;
  signal: AbortSignal;
  settled: boolean;
  resolve: (value: GetSegmentImportJobsResponse) => void;
  reject: (error: unknown) => void;
}

type Action =
  | { type: 'segment'; segmentId: string }
  | { type: 'reply'; pick: number; ok: boolean }
  | { type: 'refresh' }
  | { type: 'rerender' };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('segment' as const),
      segmentId: fc.constantFrom('s1', 's2', 's3'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ type: fc.constant('reply' as const), pick: fc.nat(4), ok: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'refresh' } as const) },
  { weight: 1, arbitrary: fc.constant({ type: 'rerender' } as const) },
);

interface Rendered {
  segmentId: string;
  result: ImportJobsObserverResult;
}

describe('useSegmentImportJobs: every render under random option changes and out-of-order replies', () => {
  const stats = { renders: 0, requests: 0, aborted: 0, rowsRendered: 0 };
  it(`never renders another segment's rows, an aborted reply, or an error over good rows (${RUNS} sequences, StrictMode)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 5, maxLength: 25 }), async (actions) => {
        const { store } = createLiveStore();
        const calls: Call[] = [];
        let nextId = 1;
        const fetcher: SegmentImportJobsFetcher = (request, init) =>
          new Promise((resolve, reject) => {
            calls.push({ id: nextId++, request, signal: init.signal, settled: false, resolve, reject });
          });
        const renders: Rendered[] = [];
        const forbidden = new Set<string>();
        const wrapper = ({ children }: { children: ReactNode }) => (
          <StrictMode>
            <ImportJobsProvider store={store}>{children}</ImportJobsProvider>
          </StrictMode>
        );
        const { rerender, unmount } = renderHook(
          ({ segmentId }: { segmentId: string }) => {
            const result = useSegmentImportJobs({ applicationId: 'app-1', segmentId, fetcher });
            renders.push({ segmentId, result });
            return result;
          },
          { wrapper, initialProps: { segmentId: 's1' } },
        );
        let segmentId = 's1';
        for (const action of actions) {
          await act(async () => {
            switch (action.type) {
              case 'segment':
                segmentId = action.segmentId;
                rerender({ segmentId });
                break;
              case 'rerender':
                rerender({ segmentId });
                break;
              case 'refresh':
                void renders.at(-1)?.result.refresh();
                break;
              case 'reply': {
                const pending = calls.filter((call) => !call.settled);
                const call = pending[action.pick % Math.max(1, pending.length)];
                if (call === undefined) break;
                call.settled = true;
                const marker = `c${call.id}@${call.request.SegmentId}`;
                if (call.signal.aborted) forbidden.add(marker);
                if (action.ok) {
                  call.resolve({
                    ImportJobsResponse: { Item: [{ Id: marker, JobStatus: 'PROCESSING' }] },
                  } as unknown as GetSegmentImportJobsResponse);
                } else {
                  call.reject(new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 }));
                }
                break;
              }
            }
            await Promise.resolve();
          });
        }
        unmount();
        stats.renders += renders.length;
        stats.requests += calls.length;
        stats.aborted += calls.filter((call) => call.signal.aborted).length;
        stats.rowsRendered += renders.filter((rendered) => rendered.result.jobs.length > 0).length;
        // Check every render React made.
        let previous: Rendered | undefined;
        for (const rendered of renders) {
          const { result } = rendered;
          for (const job of result.jobs) {
            expect(forbidden.has(job.Id), `rendered ${job.Id}, the reply of an aborted request`).toBe(false);
            if (!result.isPlaceholderData) {
              expect(
                job.Id.endsWith(`@${rendered.segmentId}`),
                `segment ${rendered.segmentId} rendered ${job.Id}`,
              ).toBe(true);
            }
          }
          if (result.status === 'error') expect(result.jobs).toEqual([]);
          if (
            previous !== undefined &&
            previous.segmentId === rendered.segmentId &&
            previous.result.status === 'success' &&
            !previous.result.isPlaceholderData &&
            result.error !== undefined &&
            result.error !== previous.result.error
          ) {
            // An error arrived for the page being shown: its rows stay.
            expect(result.status).toBe('success');
            expect(result.jobs).toEqual(previous.result.jobs);
          }
          previous = rendered;
        }
      }),
      { numRuns: RUNS },
    );
    console.info('hook sequences exercised:', stats);
    expect(stats.requests).toBeGreaterThan(RUNS);
    expect(stats.aborted).toBeGreaterThan(0);
    expect(stats.rowsRendered).toBeGreaterThan(0);
  }, 60_000);
});
