/**
 * Property tests of every component: given any array of job-like objects (wrong types, nulls, huge and negative
 * numbers, CompletedPieces > TotalPieces, 10,000-character strings, hostile markup), each renders without throwing
 * and keeps untrusted text as text. Jobs come through the normaliser (what the library feeds them), and also raw,
 * cast to `ImportJob`, to prove the components render defensively.
 */
import { act, fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FailureList } from '../../src/components/FailureList/FailureList.js';
import { IMPORT_JOB_COLUMN_IDS } from '../../src/components/ImportJobTable/columnIds.js';
import { ImportJobTable } from '../../src/components/ImportJobTable/ImportJobTable.js';
import { ImportProgress } from '../../src/components/ImportProgress/ImportProgress.js';
import { JobStatusBadge } from '../../src/components/JobStatusBadge/JobStatusBadge.js';
import { PinpointError } from '../../src/core/errors.js';
import { normalizeImportJobsResponse } from '../../src/core/normalize.js';
import type { ImportJob } from '../../src/core/types.js';
import { awkwardNumber, hostileString, jobLike } from './helpers/arbitraries.js';
import { injectionProblems, RecordingBoundary } from './helpers/renderChecks.js';
import { runs } from './helpers/runs.js';

/** Runs per component property (rendering is the slow part). */
const RUNS = runs(40);
/** Runs of the table property: each renders up to 6 rows × 17 columns, expanded, with 10,000-character strings. */
const TABLE_RUNS = runs(25);
/** Runs of the hostile-strings property (every field hostile, every component). */
const HOSTILE_RUNS = runs(25);

const ALL_COLUMNS = Object.fromEntries(IMPORT_JOB_COLUMN_IDS.map((id) => [id, true]));

/** Job-like arrays, plus the odd item that is not an object at all. */
const jobArrays = fc.array(
  fc.oneof({ weight: 5, arbitrary: jobLike }, fc.constantFrom(null, 42, 'job', [])),
  { maxLength: 8 },
);

/** Makes counts disagree on purpose: CompletedPieces > TotalPieces, failed > total, huge numbers. */
const disagreeing = fc.record({
  TotalPieces: awkwardNumber,
  CompletedPieces: awkwardNumber,
  FailedPieces: awkwardNumber,
  TotalProcessed: awkwardNumber,
  TotalFailures: awkwardNumber,
});

function normalised(items: unknown[]): ImportJob[] {
  return normalizeImportJobsResponse({ ImportJobsResponse: { Item: items } }).jobs;
}

/** Raw items cast to ImportJob, as a host with its own data layer might pass them. */
function raw(items: unknown[]): ImportJob[] {
  return items as ImportJob[];
}

// Read, not silenced: whatever React logs still fails the test (test/setup/console.ts).
let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  consoleError.mockRestore();
});

/** Renders `element` under an error boundary; returns what was thrown and the DOM problems found. */
function renderChecked(element: ReactElement): { caught: unknown[]; problems: string[] } {
  const caught: unknown[] = [];
  let problems: string[] = [];
  try {
    const { container, unmount } = render(<RecordingBoundary caught={caught}>{element}</RecordingBoundary>);
    problems = injectionProblems(container);
    act(() => unmount());
  } catch (error) {
    caught.push(error);
  }
  return { caught, problems };
}

function expectClean(result: { caught: unknown[]; problems: string[] }, what: string): void {
  if (result.caught.length > 0) {
    const error = result.caught[0];
    throw new Error(`${what} threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
  expect(result.problems, what).toEqual([]);
}

const sources = { normalised, raw } as const;

describe.each(Object.entries(sources))(
  'components given %s job-like arrays render without throwing',
  (kind, toJobs) => {
    it(`JobStatusBadge: any status value (${RUNS} generated arrays)`, () => {
      fc.assert(
        fc.property(jobArrays, (items) => {
          for (const job of toJobs(items)) {
            const status = (job as { JobStatus?: unknown } | null)?.JobStatus as ImportJob['JobStatus'];
            expectClean(renderChecked(<JobStatusBadge status={status} />), `JobStatusBadge ${typeof status}`);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it(`ImportProgress: any counts, disagreeing counts included (${RUNS} generated arrays)`, () => {
      fc.assert(
        fc.property(jobArrays, disagreeing, (items, counts) => {
          const jobs = toJobs(items);
          const extra =
            kind === 'raw' ? [{ Id: 'x', ...counts } as ImportJob] : normalised([{ Id: 'x', ...counts }]);
          for (const job of [...jobs, ...extra]) {
            if (kind === 'raw' && (typeof job !== 'object' || job === null)) continue; // `job` is required
            expectClean(renderChecked(<ImportProgress job={job} />), 'ImportProgress');
          }
        }),
        { numRuns: RUNS },
      );
    });

    it(`FailureList: any failures and total (${RUNS} generated arrays)`, () => {
      fc.assert(
        fc.property(jobArrays, (items) => {
          for (const job of toJobs(items)) {
            if (typeof job !== 'object' || job === null) continue;
            expectClean(
              renderChecked(
                <FailureList
                  failures={job.Failures}
                  totalFailures={job.TotalFailures}
                  jobId={job.Id}
                  filterThreshold={2}
                />,
              ),
              'FailureList',
            );
          }
        }),
        { numRuns: RUNS },
      );
    });

    it(`ImportJobTable: every column shown, every row expanded, each state (${TABLE_RUNS} generated arrays)`, () => {
      fc.assert(
        fc.property(
          jobArrays.map((items) => items.slice(0, 6)),
          fc.boolean(),
          (items, stale) => {
            const jobs = toJobs(items).filter(
              (job) => kind === 'normalised' || (typeof job === 'object' && job !== null),
            );
            const ids = jobs.map((job) => job.Id).filter((id): id is string => typeof id === 'string');
            expectClean(
              renderChecked(
                <ImportJobTable
                  jobs={jobs}
                  defaultColumnVisibility={ALL_COLUMNS}
                  defaultExpandedJobIds={ids}
                  stale={stale}
                  error={
                    stale
                      ? new PinpointError({
                          name: 'TooManyRequestsException',
                          message: '<img src=x onerror=alert(1)>',
                        })
                      : null
                  }
                  onRetry={() => {}}
                  updatedAt={Date.now() - 5_000}
                  pagination={{
                    pageIndex: 1,
                    hasNextPage: true,
                    hasPreviousPage: true,
                    onNext() {},
                    onPrevious() {},
                  }}
                />,
              ),
              'ImportJobTable',
            );
            // Normalised jobs have unique Ids, so React never warns of a duplicate key (or anything else).
            if (kind === 'normalised') {
              const warnings = consoleError.mock.calls.map((call: unknown[]) => String(call[0]));
              expect(warnings.filter((warning: string) => /key|Warning/i.test(warning))).toEqual([]);
            }
          },
        ),
        { numRuns: TABLE_RUNS },
      );
    }, 60_000);
  },
);

describe('ImportJobTable under user interaction', () => {
  const INTERACTION_RUNS = runs(10);
  // 14 s on a quiet machine, 42 s with both cores busy: hence its own timeout.
  it(`sorting every column both ways, expanding every row and toggling every column never throws (${INTERACTION_RUNS} generated pages)`, () => {
    fc.assert(
      fc.property(fc.array(jobLike, { maxLength: 4 }), (items) => {
        const jobs = normalised(items);
        const caught: unknown[] = [];
        const { container, unmount } = render(
          <RecordingBoundary caught={caught}>
            <ImportJobTable jobs={jobs} defaultColumnVisibility={ALL_COLUMNS} />
          </RecordingBoundary>,
        );
        for (const button of container.querySelectorAll('thead button')) {
          fireEvent.click(button);
          fireEvent.click(button);
          fireEvent.click(button);
        }
        for (const button of container.querySelectorAll('tbody button[aria-expanded]'))
          fireEvent.click(button);
        for (const box of container.querySelectorAll('input[type="checkbox"]')) fireEvent.click(box);
        expect(caught).toEqual([]);
        expect(injectionProblems(container)).toEqual([]);
        unmount();
      }),
      { numRuns: INTERACTION_RUNS },
    );
  }, 120_000);
});

describe('hostile strings everywhere', () => {
  it(`hostile markup in every string field of a job renders as text in every component (${HOSTILE_RUNS} generated pages)`, () => {
    const hostileJob = fc.record({
      Id: hostileString,
      ApplicationId: hostileString,
      JobStatus: hostileString,
      Type: hostileString,
      CreationDate: hostileString,
      CompletionDate: hostileString,
      Failures: fc.array(hostileString, { maxLength: 5 }),
      Definition: fc.record({
        Format: fc.constantFrom('CSV', 'JSON'),
        RoleArn: hostileString,
        S3Url: hostileString,
        SegmentId: hostileString,
        SegmentName: hostileString,
        ExternalId: hostileString,
      }),
    });
    fc.assert(
      fc.property(fc.array(hostileJob, { minLength: 1, maxLength: 4 }), (items) => {
        const jobs = normalised(items);
        const ids = jobs.map((job) => job.Id);
        for (const job of jobs) {
          expectClean(renderChecked(<JobStatusBadge status={job.JobStatus} />), 'JobStatusBadge');
          expectClean(renderChecked(<ImportProgress job={job} />), 'ImportProgress');
          expectClean(
            renderChecked(<FailureList failures={job.Failures} totalFailures={500} />),
            'FailureList',
          );
        }
        expectClean(
          renderChecked(
            <ImportJobTable jobs={jobs} defaultColumnVisibility={ALL_COLUMNS} defaultExpandedJobIds={ids} />,
          ),
          'ImportJobTable',
        );
      }),
      { numRuns: HOSTILE_RUNS },
    );
  }, 60_000);
});
