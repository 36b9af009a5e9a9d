// Rows rendered per update, counted (never timed). Each row render asks the messages for its expander's label
// (`showDetails`), so a stable counting override of that message is a render counter that needs no internals.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createImportJobsStore,
  createManualVisibility,
  DEFAULT_POLL_INTERVAL_MS,
  getImportJobTableProps,
  type ImportJob,
  type ImportJobResponse,
  type ImportJobsMessagesOverride,
  ImportJobsProvider,
  ImportJobTable,
  normalizeImportJobsResponse,
  replaceEqualJobs,
  type SegmentImportJobsFetcher,
  useSegmentImportJobs,
} from '../../src/index.js';
import { createImportJobs } from '../../src/simulator/fixtures.js';

const TICK = DEFAULT_POLL_INTERVAL_MS;

/** Ids of the rows rendered since the last `reset`. */
const rendered: string[] = [];
const countingMessages: ImportJobsMessagesOverride = {
  showDetails: ({ jobId }) => {
    rendered.push(jobId);
    return `Show details of job ${jobId}`;
  },
};
const takeRendered = (): string[] => rendered.splice(0, rendered.length);

/** Wire jobs, the first still processing so a page of them keeps polling. */
function wireJobs(count: number): ImportJobResponse[] {
  const jobs = createImportJobs(count, { seed: 5, statuses: ['COMPLETED', 'FAILED'] });
  jobs[0] = {
    ...(jobs[0] as ImportJobResponse),
    JobStatus: 'PROCESSING',
    CompletedPieces: 1,
    TotalPieces: 10,
  };
  return jobs;
}

/** What a poll gives the table: the reply normalised, then shared with the jobs shown, by Id. */
function poll(previous: ImportJob[], served: ImportJobResponse[]): ImportJob[] {
  const page = normalizeImportJobsResponse({ ImportJobsResponse: { Item: structuredClone(served) } });
  return replaceEqualJobs(previous, page.jobs);
}

/** The one-line wiring docs/components.md shows: the hook's result mapped to the table's props. */
function Panel({ fetcher }: { fetcher: SegmentImportJobsFetcher }) {
  const result = useSegmentImportJobs({ applicationId: 'app', segmentId: 'seg', fetcher });
  return <ImportJobTable {...getImportJobTableProps(result)} messages={countingMessages} />;
}

beforeEach(() => {
  takeRendered();
});

describe('ImportJobTable rows rendered per poll', () => {
  it('renders every row once on mount', () => {
    const jobs = poll([], wireJobs(50));
    render(<ImportJobTable jobs={jobs} messages={countingMessages} />);
    expect(takeRendered()).toHaveLength(50);
  });

  it('re-renders exactly one row when 1 of 1,000 jobs changed', () => {
    const served = wireJobs(1_000);
    const first = poll([], served);
    const { rerender } = render(<ImportJobTable jobs={first} messages={countingMessages} />);
    expect(takeRendered()).toHaveLength(1_000);
    const changedId = first[500]?.Id;
    const second = poll(
      first,
      served.map((job, index) =>
        index === 500 ? { ...job, TotalProcessed: (job.TotalProcessed ?? 0) + 1 } : job,
      ),
    );
    rerender(<ImportJobTable jobs={second} messages={countingMessages} />);
    expect(takeRendered()).toStrictEqual([changedId]);
  });

  it('re-renders no row when a poll changes nothing', () => {
    const served = wireJobs(200);
    const first = poll([], served);
    const { rerender } = render(<ImportJobTable jobs={first} messages={countingMessages} />);
    takeRendered();
    const second = poll(first, served);
    expect(second).toBe(first);
    rerender(<ImportJobTable jobs={second} messages={countingMessages} />);
    expect(takeRendered()).toStrictEqual([]);
  });

  it('renders only the new row when a job is inserted at the top, and keeps the old rows in the DOM', () => {
    const served = wireJobs(200);
    const first = poll([], served);
    const { rerender, container } = render(<ImportJobTable jobs={first} messages={countingMessages} />);
    takeRendered();
    const rowsBefore = [...container.querySelectorAll('tbody tr[data-job-id]')];
    const newcomer = createImportJobs(1, { seed: 77, statuses: ['CREATED'] })[0] as ImportJobResponse;
    const second = poll(first, [newcomer, ...served]);
    rerender(<ImportJobTable jobs={second} messages={countingMessages} />);
    expect(takeRendered()).toStrictEqual([newcomer.Id]);
    const rowsAfter = [...container.querySelectorAll('tbody tr[data-job-id]')];
    expect(rowsAfter).toHaveLength(201);
    expect(rowsAfter.slice(1)).toStrictEqual(rowsBefore);
  });
});

describe('useSegmentImportJobs + ImportJobTable through real polls', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('re-renders one row for a poll that changed one job of 1,000, none for a poll that changed nothing', async () => {
    const backend = { serve: wireJobs(1_000), requests: 0 };
    const fetcher: SegmentImportJobsFetcher = async () => {
      backend.requests++;
      return { ImportJobsResponse: { Item: structuredClone(backend.serve) } };
    };
    const store = createImportJobsStore({ visibility: createManualVisibility(true), random: () => 0 });
    const { container } = render(
      <ImportJobsProvider store={store}>
        <Panel fetcher={fetcher} />
      </ImportJobsProvider>,
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(container.querySelectorAll('tbody tr[data-job-id]')).toHaveLength(1_000);
    expect(new Set(takeRendered()).size).toBe(1_000);

    // Poll 2: the processing job moved on.
    const processingId = backend.serve[0]?.Id;
    backend.serve = backend.serve.map((job, index) => (index === 0 ? { ...job, CompletedPieces: 5 } : job));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(TICK);
    });
    expect(backend.requests).toBe(2);
    expect(takeRendered()).toStrictEqual([processingId]);

    // Poll 3: nothing changed.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(TICK);
    });
    expect(backend.requests).toBe(3);
    expect(takeRendered()).toStrictEqual([]);
  }, 60_000);

  it('makes one request per tick for ten components reading the same segment', async () => {
    const backend = { requests: 0 };
    const served = wireJobs(5);
    const fetcher: SegmentImportJobsFetcher = async () => {
      backend.requests++;
      return { ImportJobsResponse: { Item: structuredClone(served) } };
    };
    const store = createImportJobsStore({ visibility: createManualVisibility(true), random: () => 0 });
    render(
      <ImportJobsProvider store={store}>
        {Array.from({ length: 10 }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: ten identical readers.
          <Panel key={index} fetcher={fetcher} />
        ))}
      </ImportJobsProvider>,
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(backend.requests).toBe(1);
    for (let tick = 1; tick <= 3; tick++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(TICK);
      });
      expect(backend.requests).toBe(tick + 1);
    }
  });
});
