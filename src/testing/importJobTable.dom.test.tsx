import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ImportJobTable } from '../components/ImportJobTable/ImportJobTable.js';
import { SegmentImportJobs } from '../components/SegmentImportJobs/SegmentImportJobs.js';
import { PinpointError } from '../core/errors.js';
import { createImportJobsStore } from '../core/store/index.js';
import type { ImportJob } from '../core/types.js';
import { ImportJobsProvider } from '../react/ImportJobsProvider.js';
import {
  createImportJob,
  createImportJobs,
  createTestFetcher,
  importJobTable,
  type TestFetcherOptions,
} from './index.js';

const APP = 'app-1';
const SEGMENT = 'seg-1';

function renderPanel(options: TestFetcherOptions = {}, pageSize = 10) {
  const fetcher = createTestFetcher({
    segments: [
      {
        applicationId: APP,
        segmentId: SEGMENT,
        jobs: createImportJobs(23, { applicationId: APP, segmentId: SEGMENT }),
      },
    ],
    ...options,
  });
  const view = render(
    <ImportJobsProvider store={createImportJobsStore()}>
      <SegmentImportJobs
        applicationId={APP}
        segmentId={SEGMENT}
        fetcher={fetcher}
        pageSize={pageSize}
        pollInterval={false}
      />
    </ImportJobsProvider>,
  );
  return { fetcher, table: importJobTable(view.container), ...view };
}

const ids = (jobs: readonly { Id: string }[]) => jobs.map((job) => job.Id);

const failedJob = createImportJob({
  Id: 'job-failed',
  JobStatus: 'FAILED',
  TotalPieces: 10,
  CompletedPieces: 7,
  FailedPieces: 3,
}) as ImportJob;
const runningJob = createImportJob({
  Id: 'job-running',
  JobStatus: 'PROCESSING',
  TotalPieces: undefined,
  CompletedPieces: undefined,
  FailedPieces: undefined,
}) as ImportJob;

describe('importJobTable: queries', () => {
  it('reads a panel on the test fetcher: rows in order, statuses, labels, progress and cells', async () => {
    const { fetcher, table } = renderPanel();
    expect(table.isLoading()).toBe(true);
    expect(table.rows()).toEqual([]);
    await vi.waitFor(() => expect(table.rows()).toHaveLength(10));
    const jobs = fetcher.backend.jobs(SEGMENT);
    expect(table.rows()).toEqual(ids(jobs.slice(0, 10)));
    expect(table.isLoading()).toBe(false);
    for (const job of jobs.slice(0, 10)) {
      const row = table.row(job.Id);
      expect(row.status()).toBe(job.JobStatus);
      expect(row.cell('Id')).toHaveTextContent(job.Id);
      expect(row.element()).toHaveAttribute('data-job-id', job.Id);
    }
    const first = table.row(jobs[0]?.Id ?? '');
    expect(first.statusLabel()).toBe(first.status() === 'COMPLETED' ? 'Completed' : first.statusLabel());
    expect(table.sortState()).toBeNull();
    expect(table.pageIndex()).toBe(0);
    expect(table.error()).toBeNull();
    expect(table.isStale()).toBe(false);
  });

  it('reads labels, progress as numbers, a link in the Id cell and the details by aria-controls', async () => {
    const { container } = render(<ImportJobTable jobs={[failedJob, runningJob]} />);
    const table = importJobTable(container);
    expect(table.row('job-failed').statusLabel()).toBe('Failed');
    expect(table.row('job-failed').progress()).toEqual({ completed: 7, failed: 3, total: 10 });
    expect(table.row('job-running').statusLabel()).toBe('Processing');
    expect(table.row('job-running').progress()).toEqual({ completed: 0, failed: 0, total: 0 });
    expect(table.row('job-failed').link()).toBeNull();
    // A host's getJobHref puts a link in the Id cell: link() reads it by role, whatever else the cell holds.
    const anchor = document.createElement('a');
    anchor.href = '/jobs/job-failed';
    table.row('job-failed').cell('Id').append(anchor);
    expect(table.row('job-failed').link()).toBe('/jobs/job-failed');

    expect(table.row('job-failed').details()).toBeNull();
    await table.row('job-failed').expand();
    const details = table.row('job-failed').details();
    expect(details).not.toBeNull();
    expect(table.row('job-failed').element().querySelector('button[aria-expanded]')).toHaveAttribute(
      'aria-controls',
      details?.id,
    );
    // Expanding an expanded row changes nothing.
    await table.row('job-failed').expand();
    expect(table.row('job-failed').details()).toBe(details);
    expect(table.row('job-running').details()).toBeNull();
  });

  it('sorts through the headers and reads aria-sort', async () => {
    const { table } = renderPanel();
    await vi.waitFor(() => expect(table.rows()).toHaveLength(10));
    await table.sortBy('Id');
    expect(table.sortState()).toEqual({ columnId: 'Id', direction: 'ascending' });
    expect(table.rows()).toEqual(
      [...table.rows()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
    await table.sortBy('Id');
    expect(table.sortState()).toEqual({ columnId: 'Id', direction: 'descending' });
    await table.sortBy('CreationDate', 'descending');
    expect(table.sortState()).toEqual({ columnId: 'CreationDate', direction: 'descending' });
    await table.sortBy('CreationDate');
    expect(table.sortState()).toBeNull();
  });

  it('pages forward and back, settling once the page is shown', async () => {
    const { fetcher, table } = renderPanel();
    await vi.waitFor(() => expect(table.rows()).toHaveLength(10));
    const jobs = fetcher.backend.jobs(SEGMENT);
    await table.nextPage();
    expect(table.pageIndex()).toBe(1);
    expect(table.rows()).toEqual(ids(jobs.slice(10, 20)));
    await table.nextPage();
    expect(table.pageIndex()).toBe(2);
    expect(table.rows()).toEqual(ids(jobs.slice(20)));
    expect(fetcher.requests.at(-1)?.token).toEqual(expect.any(String));
    await table.previousPage();
    expect(table.pageIndex()).toBe(1);
  });

  it('reads the error panel with its request ID, retries, then reads the stale banner', async () => {
    const { fetcher, table } = renderPanel({ faults: [{ fault: 'ForbiddenException' }] });
    await vi.waitFor(() => expect(table.error()).not.toBeNull());
    const requestId = fetcher.requests[0]?.requestId;
    expect(table.error()).toEqual({
      name: 'ForbiddenException',
      message: 'You do not have permission to see these import jobs.',
      requestId,
    });
    expect(table.isLoading()).toBe(false);
    await table.retry();
    expect(table.error()).toBeNull();
    expect(table.rows()).toHaveLength(10);
    expect(table.isStale()).toBe(false);
  });

  it('reads a stale table and its error, and retries from the banner', async () => {
    const onRetry = vi.fn();
    const error = new PinpointError({ name: 'NetworkError', message: 'down', requestId: 'req-7' });
    const { container, rerender } = render(
      <ImportJobTable jobs={[failedJob]} stale error={error} onRetry={onRetry} updatedAt={Date.now()} />,
    );
    const table = importJobTable(container);
    expect(table.isStale()).toBe(true);
    expect(table.error()).toEqual({
      name: 'NetworkError',
      message: expect.stringMatching(/\S/),
      requestId: null,
    });
    onRetry.mockImplementation(() => rerender(<ImportJobTable jobs={[failedJob]} />));
    await table.retry();
    expect(onRetry).toHaveBeenCalledOnce();
    expect(table.isStale()).toBe(false);
  });

  it('finds the table by its name among several', () => {
    const { container } = render(
      <>
        <ImportJobTable jobs={[failedJob]} messages={{ tableCaption: 'Old jobs' }} />
        <ImportJobTable jobs={[runningJob]} messages={{ tableCaption: 'New jobs' }} />
      </>,
    );
    expect(importJobTable(container, { name: 'New jobs' }).rows()).toEqual(['job-running']);
    expect(importJobTable(container, { name: /old/i }).rows()).toEqual(['job-failed']);
  });
});

describe('importJobTable: what is missing is named', () => {
  it('says it was not given an element, or found no table, or too many', () => {
    expect(() => importJobTable(null as unknown as Element)).toThrow(TypeError);
    expect(() => importJobTable(null as unknown as Element)).toThrow(
      /importJobTable: expected a DOM element/,
    );
    const empty = document.createElement('div');
    expect(() => importJobTable(empty).rows()).toThrow(/no import job table \(role "table".*in <div>/);
    const { container } = render(
      <>
        <ImportJobTable jobs={[]} messages={{ tableCaption: 'Old jobs' }} />
        <ImportJobTable jobs={[]} messages={{ tableCaption: 'New jobs' }} />
      </>,
    );
    expect(() => importJobTable(container).rows()).toThrow(
      /2 import job tables.*"Old jobs", "New jobs".*name/,
    );
    expect(() => importJobTable(container, { name: 'Other' }).rows()).toThrow(
      /no import job table .* named "Other".*Tables there: "Old jobs", "New jobs"/,
    );
  });

  it('names the job, the column and what is there instead', () => {
    const { container } = render(
      <ImportJobTable
        jobs={[failedJob]}
        defaultColumnVisibility={{ JobStatus: false, Progress: false, Id: false }}
      />,
    );
    const table = importJobTable(container);
    expect(() => table.row('job-nope')).toThrow(
      /importJobTable: No row for job "job-nope" in the import job table "Import jobs"\. Rows shown: job-failed\./,
    );
    const row = table.row('job-failed');
    expect(() => row.cell('Nope')).toThrow(/No "Nope" cell in the row of job "job-failed".*Columns shown: /);
    expect(() => row.statusLabel()).toThrow(/No "JobStatus" cell in the row of job "job-failed"/);
    expect(() => row.progress()).toThrow(/No "Progress" cell/);
    expect(() => row.link()).toThrow(/No "Id" cell/);
    expect(row.status()).toBe('FAILED');
  });

  it('throws from a row whose job is gone', () => {
    const { container, rerender } = render(<ImportJobTable jobs={[failedJob]} />);
    const row = importJobTable(container).row('job-failed');
    rerender(<ImportJobTable jobs={[runningJob]} />);
    expect(() => row.status()).toThrow(/No row for job "job-failed".*Rows shown: job-running/);
    expect(() => row.details()).toThrow(/No row for job "job-failed"/);
    return expect(row.expand()).rejects.toThrow(/No row for job "job-failed"/);
  });

  it('rejects an action that has no button, naming why', async () => {
    const { container } = render(<ImportJobTable jobs={[failedJob]} />);
    const table = importJobTable(container);
    await expect(table.sortBy('Nope')).rejects.toThrow(/No column "Nope".*Columns shown: Id, JobStatus/);
    await expect(table.nextPage()).rejects.toThrow(/No pagination \(role "navigation"\).*single page/);
    await expect(table.previousPage()).rejects.toThrow(/No pagination/);
    await expect(table.retry()).rejects.toThrow(/No Try again button/);
  });

  it('rejects Next on the last page and sorting while the error panel shows', async () => {
    const error = new PinpointError({ name: 'ForbiddenException', message: 'no' });
    const { container } = render(<ImportJobTable jobs={[]} error={error} />);
    await expect(importJobTable(container).sortBy('Id')).rejects.toThrow(
      /"Id" column has no sort button now/,
    );
    const paged = render(
      <ImportJobTable
        jobs={[failedJob]}
        pagination={{ pageIndex: 2, hasNextPage: false, hasPreviousPage: true, onNext() {}, onPrevious() {} }}
      />,
    );
    const table = importJobTable(paged.container, { name: 'Import jobs' });
    expect(table.pageIndex()).toBe(2);
    await expect(table.nextPage()).rejects.toThrow(/next page button is disabled/);
  });

  it('rejects an action the table never catches up with, saying what it shows', async () => {
    const { fetcher, table } = renderPanel({ faults: [{ fault: 'ForbiddenException', times: 2 }] });
    await vi.waitFor(() => expect(table.error()).not.toBeNull());
    await expect(importJobTable(document.body, { timeout: 300 }).retry()).rejects.toThrow(
      /still shows an error after Try again\. The table "Import jobs" shows page 1, none, the error ForbiddenException/,
    );
    expect(fetcher.requests).toHaveLength(2);
  });
});
