import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers/expectNoAxeViolations.js';
import { PinpointError } from '../../core/errors.js';
import type { ImportJob } from '../../core/types.js';
import { ImportJobsI18nProvider } from '../../i18n/ImportJobsI18nProvider.js';
import { failureList, importJobTable } from '../../testing/index.js';
import type { JobStatusTone } from '../JobStatusBadge/interfaces.js';
import { getImportJobTableProps } from './getImportJobTableProps.js';
import { ImportJobTable } from './ImportJobTable.js';

const job = (id: string, overrides: Partial<ImportJob> = {}): ImportJob => ({
  Id: id,
  ApplicationId: 'app-1',
  JobStatus: 'COMPLETED',
  CreationDate: '2024-05-01T10:00:00.000Z',
  CompletionDate: '2024-05-01T10:05:30.000Z',
  TotalPieces: 4,
  CompletedPieces: 4,
  FailedPieces: 0,
  TotalProcessed: 1000,
  TotalFailures: 0,
  Type: 'IMPORT',
  Definition: {
    Format: 'CSV',
    S3Url: `s3://bucket/${id}.csv`,
    RoleArn: 'arn:aws:iam::123456789012:role/import',
    SegmentName: `Segment ${id}`,
    SegmentId: `seg-${id}`,
    DefineSegment: true,
    RegisterEndpoints: false,
  },
  ...overrides,
});

/** Every tone once: the compiler flags one left out. */
const TONE_NAMES: Record<JobStatusTone, true> = {
  neutral: true,
  info: true,
  progress: true,
  success: true,
  warning: true,
  danger: true,
};

const jobs = [
  job('job-b', { TotalProcessed: 20 }),
  job('job-a', { TotalProcessed: 300, JobStatus: 'PROCESSING', CompletionDate: undefined }),
  job('job-c', { TotalProcessed: 1 }),
];

const bodyRows = () => within(screen.getAllByRole('rowgroup')[1] as HTMLElement).getAllByRole('row');
const jobIdsInOrder = () => bodyRows().map((row) => row.getAttribute('data-job-id'));

afterEach(() => {
  vi.useRealTimers();
});

describe('ImportJobTable', () => {
  it('is a real table with a caption and the default columns', () => {
    render(<ImportJobTable jobs={jobs} />);
    const table = screen.getByRole('table', { name: 'Import jobs' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Details',
      'Job ID',
      'Status',
      'Progress',
      'Endpoints processed',
      'Failures',
      'Format',
      'Source',
      'Segment',
      'Created',
      'Completed',
      'Duration',
    ]);
    expect(bodyRows()).toHaveLength(3);
    const first = bodyRows()[0] as HTMLElement;
    expect(within(first).getByText('job-b')).toBeInTheDocument();
    expect(within(first).getByText('Completed')).toHaveAttribute('data-tone', 'success');
    expect(within(first).getByRole('progressbar')).toHaveAttribute('data-state', 'complete');
    expect(within(first).getByText('s3://bucket/job-b.csv')).toBeInTheDocument();
    expect(within(first).getByText('Segment job-b')).toBeInTheDocument();
    expect(within(first).getByText('5m 30s')).toBeInTheDocument();
  });

  it('shows the segment a job creates by its name, the segment it updates by its id', () => {
    const { Definition } = job('x');
    render(
      <ImportJobTable
        jobs={[
          job('named', { Definition: { ...Definition, SegmentName: 'Created segment', SegmentId: 'seg-1' } }),
          job('updates', { Definition: { ...Definition, SegmentName: undefined, SegmentId: 'seg-2' } }),
          job('neither', { Definition: { ...Definition, SegmentName: undefined, SegmentId: undefined } }),
          // Creates no segment: its SegmentName names none it made, the segment it updates is its SegmentId.
          job('defines-none', {
            Definition: { ...Definition, DefineSegment: false, SegmentName: 'Old name', SegmentId: 'seg-3' },
          }),
          job('defines', {
            Definition: {
              ...Definition,
              DefineSegment: true,
              SegmentName: 'New segment',
              SegmentId: 'seg-4',
            },
          }),
        ]}
      />,
    );
    const cells = bodyRows().map((row) => row.querySelector('td[data-column="Segment"]') as HTMLElement);
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Created segment',
      'seg-2',
      '–Not available',
      'seg-3',
      'New segment',
    ]);
    // Both stay in the details.
    expect(within(cells[0] as HTMLElement).queryByText('seg-1')).toBeNull();
  });

  it('shows an s3:// source as text, never a link, with copy in the row and in its details', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <ImportJobTable
        jobs={[
          job('s3'),
          job('js', { Definition: { S3Url: 'javascript:alert(1)' } }),
          job('web', { Definition: { S3Url: 'https://example.com/data.csv' } }),
        ]}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.com/data.csv');
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
    const first = bodyRows()[0] as HTMLElement;
    expect(within(first).getByText('s3://bucket/s3.csv').closest('a')).toBeNull();
    // The row's own copy button is one icon element named after the column and the value; the table announces the
    // result once for all rows.
    await user.click(within(first).getByRole('button', { name: 'Copy source s3://bucket/s3.csv' }));
    expect(writeText).toHaveBeenLastCalledWith('s3://bucket/s3.csv');
    expect(await screen.findByText('Copied')).toHaveAttribute('role', 'status');
    writeText.mockClear();
    within(first).getByRole('button', { name: 'Show details of job s3' }).focus();
    await user.keyboard('{Enter}');
    const detail = first.nextElementSibling as HTMLElement;
    // In the details the button is named after the details' own term for the field.
    await user.click(within(detail).getByRole('button', { name: 'Copy S3 URL' }));
    expect(writeText).toHaveBeenCalledWith('s3://bucket/s3.csv');
    expect(await within(detail).findByText('Copied')).toBeInTheDocument();
  });

  it('shows each status as a badge whose icon the stylesheet draws, one image per tone', () => {
    render(
      <ImportJobTable
        jobs={[job('ok'), job('bad', { JobStatus: 'FAILED' }), job('odd', { JobStatus: 'PAUSED' })]}
      />,
    );
    const badges = bodyRows().map((row) =>
      row.querySelector('td[data-column="JobStatus"] > .pij-status-badge'),
    );
    expect(badges.map((badge) => [badge?.textContent, badge?.getAttribute('data-tone')])).toEqual([
      ['Completed', 'success'],
      ['Failed', 'danger'],
      ['PAUSED', 'neutral'],
    ]);
    // The status as given is on the row (one attribute per row, not two): host CSS can target both through it.
    expect(bodyRows()[2]).toHaveAttribute('data-status', 'PAUSED');
    expect(badges[2]).not.toHaveAttribute('data-status');
    // No inline <svg> per row: nothing for assistive tech to skip, nothing costly to create.
    for (const row of bodyRows()) expect(row.querySelector('svg')).toBeNull();
    const css = readFileSync('src/components/ImportJobTable/ImportJobTable.css', 'utf8');
    const images = Object.keys(TONE_NAMES).map(
      (tone) =>
        css.match(new RegExp(`\\[data-tone="${tone}"\\] \\{\\s*--pij-status-icon: (url\\([^)]*\\))`))?.[1],
    );
    expect(images).not.toContain(undefined);
    expect(new Set(images).size).toBe(images.length);
  });

  it('renders hostile strings as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <ImportJobTable
        jobs={[job(hostile, { JobStatus: hostile, Failures: [hostile] })]}
        defaultExpandedJobIds={[hostile]}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(hostile).length).toBeGreaterThanOrEqual(3);
  });

  it('sorts the rows shown through the headers, with aria-sort', async () => {
    const user = userEvent.setup();
    const table = importJobTable(render(<ImportJobTable jobs={jobs} />).container);
    const header = screen.getByRole('columnheader', { name: 'Endpoints processed' });
    expect(table.sortState()).toBeNull();
    // The sortBy message is the button's tooltip and description; its name stays the column's.
    expect(within(header).getByRole('button', { name: 'Endpoints processed' })).toHaveAccessibleDescription(
      'Sort by Endpoints processed',
    );
    await table.sortBy('TotalProcessed');
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(table.rows()).toEqual(['job-c', 'job-b', 'job-a']);
    await table.sortBy('TotalProcessed');
    expect(table.sortState()).toEqual({ columnId: 'TotalProcessed', direction: 'descending' });
    expect(table.rows()).toEqual(['job-a', 'job-b', 'job-c']);
    await table.sortBy('TotalProcessed');
    expect(table.sortState()).toBeNull();
    expect(table.rows()).toEqual(['job-b', 'job-a', 'job-c']);

    within(screen.getByRole('columnheader', { name: 'Job ID' }))
      .getByRole('button')
      .focus();
    await user.keyboard('{Enter}');
    expect(table.sortState()).toEqual({ columnId: 'Id', direction: 'ascending' });
    expect(table.rows()).toEqual(['job-a', 'job-b', 'job-c']);
  });

  it('sorts text as the locale collates it, numbers in it by value, and missing values last', async () => {
    const named = (id: string, name: string | undefined) =>
      job(id, { Definition: { SegmentName: name, SegmentId: undefined } as ImportJob['Definition'] });
    const page = [
      named('job-10', 'Zebra'),
      named('job-2', 'Äpfel'),
      named('job-1', 'apfel'),
      named('job-3', undefined),
    ];
    const table = importJobTable(render(<ImportJobTable jobs={page} locale="de-DE" />).container);
    await table.sortBy('Id');
    expect(table.rows()).toEqual(['job-1', 'job-2', 'job-3', 'job-10']);
    await table.sortBy('Segment');
    // German collation puts Ä with A (not after Z, as code points would); case does not split the names apart.
    expect(table.rows()).toEqual(['job-1', 'job-2', 'job-10', 'job-3']);
    await table.sortBy('Segment', 'descending');
    expect(table.rows()).toEqual(['job-10', 'job-2', 'job-1', 'job-3']);
  });

  it('keeps sorting by a column the user then hides', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ImportJobTable jobs={jobs} defaultSorting={[{ id: 'TotalProcessed', desc: false }]} />,
    );
    const table = importJobTable(container);
    expect(table.rows()).toEqual(['job-c', 'job-b', 'job-a']);
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await user.click(screen.getByRole('checkbox', { name: 'Endpoints processed' }));
    expect(screen.queryByRole('columnheader', { name: 'Endpoints processed' })).toBeNull();
    expect(table.rows()).toEqual(['job-c', 'job-b', 'job-a']);
  });

  it('reports sorting changes and follows controlled sorting', async () => {
    const user = userEvent.setup();
    const onSortingChange = vi.fn();
    render(
      <ImportJobTable jobs={jobs} sorting={[{ id: 'Id', desc: true }]} onSortingChange={onSortingChange} />,
    );
    expect(jobIdsInOrder()).toEqual(['job-c', 'job-b', 'job-a']);
    await user.click(screen.getByRole('button', { name: 'Format' }));
    expect(onSortingChange).toHaveBeenCalledWith([{ id: 'Format', desc: false }]);
    expect(jobIdsInOrder()).toEqual(['job-c', 'job-b', 'job-a']);
  });

  it('says sorting applies to this page when there is more than one page', () => {
    const pagination = {
      pageIndex: 0,
      hasNextPage: false,
      hasPreviousPage: false,
      onNext() {},
      onPrevious() {},
    };
    const { rerender } = render(<ImportJobTable jobs={jobs} pagination={pagination} />);
    expect(screen.queryByText('Sorting applies to the jobs on this page.')).toBeNull();
    rerender(<ImportJobTable jobs={jobs} pagination={{ ...pagination, hasNextPage: true }} />);
    expect(screen.getByText('Sorting applies to the jobs on this page.')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAccessibleDescription(
      'Sorting applies to the jobs on this page.',
    );
  });

  it('pages with token paging: Page N, next and previous', async () => {
    const user = userEvent.setup();
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    render(
      <ImportJobTable
        jobs={jobs}
        pagination={{ pageIndex: 1, hasNextPage: false, hasPreviousPage: true, onNext, onPrevious }}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByText('Page 2')).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(within(nav).getByRole('button', { name: 'Previous page' }));
    expect(onPrevious).toHaveBeenCalledTimes(1);
    expect(onNext).not.toHaveBeenCalled();
  });

  it('expands a row to show the full Definition and the failures', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ImportJobTable
        jobs={[job('job-x', { Failures: ['line 3: bad'], TotalFailures: 250, JobStatus: 'FAILED' })]}
      />,
    );
    const row = importJobTable(container).row('job-x');
    const expander = screen.getByRole('button', { name: 'Show details of job job-x' });
    expect(expander).toHaveAttribute('aria-expanded', 'false');
    // aria-controls points at the details only while they exist.
    expect(expander).not.toHaveAttribute('aria-controls');
    expect(row.details()).toBeNull();
    await row.expand();
    const hide = screen.getByRole('button', { name: 'Hide details of job job-x' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    // The details, found through the expander's aria-controls.
    const detail = row.details() as HTMLElement;
    expect(detail).not.toBeNull();
    expect(within(detail).getByText('arn:aws:iam::123456789012:role/import')).toBeInTheDocument();
    expect(within(detail).getByText('Segment name')).toBeInTheDocument();
    expect(failureList(detail).failures()).toEqual(['line 3: bad']);
    expect(failureList(detail).summary()).toBe('Showing 1 of 250 failures');
    await user.click(hide);
    expect(detail).not.toBeInTheDocument();
    expect(row.details()).toBeNull();
    expect(screen.getByRole('button', { name: 'Show details of job job-x' })).not.toHaveAttribute(
      'aria-controls',
    );
  });

  it('hides RoleArn, DefineSegment, RegisterEndpoints, ApplicationId, Type and ExternalId by default, and Preferences shows them', async () => {
    const user = userEvent.setup();
    const onColumnVisibilityChange = vi.fn();
    render(<ImportJobTable jobs={jobs} onColumnVisibilityChange={onColumnVisibilityChange} />);
    for (const name of [
      'Role ARN',
      'Defines segment',
      'Registers endpoints',
      'Application ID',
      'Type',
      'External ID (deprecated)',
    ]) {
      expect(screen.queryByRole('columnheader', { name })).toBeNull();
    }
    const picker = screen.getByRole('button', { name: 'Preferences' });
    expect(picker).toHaveAttribute('aria-expanded', 'false');
    await user.click(picker);
    expect(picker).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Visible columns' });
    await user.click(within(group).getByRole('checkbox', { name: 'Role ARN' }));
    expect(screen.getByRole('columnheader', { name: 'Role ARN' })).toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: 'Format' }));
    expect(screen.queryByRole('columnheader', { name: 'Format' })).toBeNull();
    expect(onColumnVisibilityChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ RoleArn: true, Format: false }),
    );
    await user.keyboard('{Escape}');
    expect(picker).toHaveAttribute('aria-expanded', 'false');
    expect(picker).toHaveFocus();
  });

  it('follows controlled column visibility', async () => {
    const user = userEvent.setup();
    const onColumnVisibilityChange = vi.fn();
    const { rerender } = render(
      <ImportJobTable
        jobs={jobs}
        columnVisibility={{ Type: true, Format: false }}
        onColumnVisibilityChange={onColumnVisibilityChange}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Type' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Format' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await user.click(screen.getByRole('checkbox', { name: 'Type' }));
    expect(onColumnVisibilityChange).toHaveBeenCalledWith({ Type: false, Format: false });
    expect(screen.getByRole('columnheader', { name: 'Type' })).toBeInTheDocument();
    rerender(<ImportJobTable jobs={jobs} columnVisibility={{ Type: false }} />);
    expect(screen.queryByRole('columnheader', { name: 'Type' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Format' })).toBeInTheDocument();
  });

  it('shows skeleton rows and is busy while the first page loads', () => {
    const { container } = render(<ImportJobTable jobs={[]} loading skeletonRows={4} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(container.querySelectorAll('[data-skeleton]')).toHaveLength(4);
    expect(screen.getByText('Loading import jobs…')).toHaveAttribute('role', 'status');
    expect(screen.queryByText('No import jobs')).toBeNull();
  });

  it('announces no "Loading" over the error panel while a retry runs behind it, and keeps its status region', () => {
    const error = new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 });
    const { container, rerender } = render(<ImportJobTable jobs={[]} loading />);
    const status = screen.getByText('Loading import jobs…');
    rerender(<ImportJobTable jobs={[]} loading error={error} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load import jobs');
    expect(screen.queryByText('Loading import jobs…')).toBeNull();
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy');
    // The same live region, emptied and filled again: it is never created with its text already in it.
    expect(status).toBeInTheDocument();
    expect(status).toBeEmptyDOMElement();
    rerender(<ImportJobTable jobs={[]} loading />);
    expect(status).toHaveTextContent('Loading import jobs…');
  });

  it('announces the stale banner in a status region that was there before it came', () => {
    const error = new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 });
    const { rerender } = render(<ImportJobTable jobs={jobs} />);
    const regions = screen.getAllByRole('status');
    rerender(<ImportJobTable jobs={jobs} error={error} stale />);
    const banner = screen.getByText('The last refresh failed: these jobs may be out of date.');
    expect(regions.some((region) => region.contains(banner))).toBe(true);
  });

  it('names the expanders of unchecked duplicates by the Id their rows show', () => {
    render(<ImportJobTable jobs={[job('dup'), job('dup')]} />);
    expect(screen.getAllByRole('button', { name: 'Show details of job dup' })).toHaveLength(2);
  });

  it('claims no empty segment before anything was asked for (idle)', () => {
    const { container } = render(<ImportJobTable jobs={[]} idle />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'idle');
    expect(screen.queryByText('No import jobs')).toBeNull();
    expect(screen.getByRole('table', { name: 'Import jobs' })).toBeInTheDocument();
  });

  it('gives unchecked jobs with a duplicate Id rows of their own: one expansion each, no key warnings', async () => {
    const user = userEvent.setup();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ImportJobTable jobs={[job('dup'), job('dup', { TotalProcessed: 7 })]} />);
    const [, second] = screen.getAllByRole('button', { name: /^Show details of job dup/ });
    await user.click(second as HTMLElement);
    expect(
      screen
        .getAllByRole('button', { name: /details of job dup/ })
        .map((b) => b.getAttribute('aria-expanded')),
    ).toEqual(['false', 'true']);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('keeps the expansion of an unchecked job without an Id on that job when another comes on top', async () => {
    const user = userEvent.setup();
    const noId = (name: string) => ({
      ...job('x'),
      Id: undefined,
      Definition: { S3Url: `s3://b/${name}.csv` },
    });
    const x = noId('x') as unknown as ImportJob;
    const y = noId('y') as unknown as ImportJob;
    const { rerender } = render(<ImportJobTable jobs={[x, y]} />);
    await user.click(screen.getAllByRole('button', { name: /^Show details of job/ })[1] as HTMLElement);
    rerender(<ImportJobTable jobs={[job('newest'), x, y]} />);
    const detail = document.querySelector('.pij-table__detail-row') as HTMLElement;
    expect(within(detail).getByText('s3://b/y.csv')).toBeInTheDocument();
    expect(document.querySelectorAll('.pij-table__detail-row')).toHaveLength(1);
  });

  it('forgets the expansion of a job gone from the rows, so it comes back closed', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ImportJobTable jobs={jobs} />);
    await user.click(screen.getByRole('button', { name: 'Show details of job job-c' }));
    rerender(<ImportJobTable jobs={jobs.slice(0, 2)} />);
    expect(screen.queryByRole('button', { name: /details of job job-c/ })).toBeNull();
    rerender(<ImportJobTable jobs={jobs} />);
    expect(screen.getByRole('button', { name: 'Show details of job job-c' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('keeps defaultExpandedJobIds for jobs that have not loaded yet', () => {
    const { rerender } = render(<ImportJobTable jobs={[]} loading defaultExpandedJobIds={['job-a']} />);
    rerender(<ImportJobTable jobs={jobs} />);
    expect(screen.getByRole('button', { name: 'Hide details of job job-a' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('gives focus to the table when rows replace the error panel whose retry had it', async () => {
    const user = userEvent.setup();
    const error = new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 });
    const onRetry = vi.fn();
    const { rerender } = render(<ImportJobTable jobs={[]} error={error} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<ImportJobTable jobs={jobs} />);
    expect(document.activeElement).toBe(screen.getByRole('table'));
  });

  it('keeps focus off the page body when the focused page button is disabled: it goes to the page number', async () => {
    const user = userEvent.setup();
    const pagination = {
      pageIndex: 1,
      hasNextPage: true,
      hasPreviousPage: true,
      onNext() {},
      onPrevious() {},
    };
    const { rerender } = render(<ImportJobTable jobs={jobs} pagination={pagination} />);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    // The last page (or the next one loading): the button is disabled under the keyboard.
    rerender(<ImportJobTable jobs={jobs} pagination={{ ...pagination, pageIndex: 2, hasNextPage: false }} />);
    expect(document.activeElement).toBe(screen.getByText('Page 3'));
    // Tab goes on from there.
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Previous page' }));
  });

  it('gives focus back to the page button once it is enabled again (Next, disabled while the next page loads)', async () => {
    const user = userEvent.setup();
    const pagination = {
      pageIndex: 0,
      hasNextPage: true,
      hasPreviousPage: false,
      onNext() {},
      onPrevious() {},
    };
    const { rerender } = render(<ImportJobTable jobs={jobs} pagination={pagination} />);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    rerender(
      <ImportJobTable jobs={jobs} loading pagination={{ ...pagination, pageIndex: 1, hasNextPage: false }} />,
    );
    expect(document.activeElement).toBe(screen.getByText('Page 2'));
    rerender(
      <ImportJobTable jobs={jobs} pagination={{ ...pagination, pageIndex: 1, hasPreviousPage: true }} />,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next page' }));
  });

  it('gives focus to the table when the stale banner whose retry had it goes', async () => {
    const user = userEvent.setup();
    const error = new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 });
    const { rerender } = render(<ImportJobTable jobs={jobs} error={error} onRetry={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    rerender(<ImportJobTable jobs={jobs} />);
    expect(document.activeElement).toBe(screen.getByRole('table'));
  });

  it('leaves focus alone that the user moved out of the table before a render disabled its old place', async () => {
    const user = userEvent.setup();
    const pagination = {
      pageIndex: 0,
      hasNextPage: true,
      hasPreviousPage: false,
      onNext() {},
      onPrevious() {},
    };
    const { rerender } = render(
      <>
        <ImportJobTable jobs={jobs} pagination={pagination} />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    rerender(
      <>
        <ImportJobTable jobs={jobs} pagination={{ ...pagination, hasNextPage: false }} />
        <button type="button">Elsewhere</button>
      </>,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));
  });

  it('shows the empty state when there are no jobs and no error', () => {
    const { container } = render(<ImportJobTable jobs={[]} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('No import jobs')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error panel with a friendly message and retry when the first load failed', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const error = new PinpointError({ name: 'ForbiddenException', message: 'raw', requestId: 'req-42' });
    const { container } = render(<ImportJobTable jobs={[]} error={error} onRetry={onRetry} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load import jobs');
    expect(alert).toHaveTextContent('You do not have permission to see these import jobs.');
    expect(alert).toHaveTextContent('Request ID: req-42');
    expect(screen.queryByText('No import jobs')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has a message for every error name', async () => {
    const { PINPOINT_ERROR_NAMES } = await import('../../core/errors.js');
    const seen = new Set<string>();
    for (const name of PINPOINT_ERROR_NAMES.filter((errorName) => errorName !== 'AbortError')) {
      const { unmount } = render(<ImportJobTable jobs={[]} error={new PinpointError({ name })} />);
      const text = screen.getByRole('alert').textContent ?? '';
      expect(text).not.toContain(name);
      seen.add(text);
      unmount();
    }
    expect(seen.size).toBe(PINPOINT_ERROR_NAMES.length - 1);
  });

  it('never shows a cancelled request (AbortError) as an error', () => {
    const error = new PinpointError({ name: 'AbortError' });
    const { container, rerender } = render(<ImportJobTable jobs={[]} error={error} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<ImportJobTable jobs={[job('kept')]} error={error} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready');
    expect(screen.getByText('kept')).toBeInTheDocument();
  });

  it('keeps the rows and shows a stale banner with the age of the data when a refresh failed', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const onRetry = vi.fn();
    const updatedAt = Date.now() - 5000;
    const { container } = render(
      <ImportJobTable
        jobs={jobs}
        stale
        updatedAt={updatedAt}
        error={new PinpointError({ name: 'NetworkError' })}
        onRetry={onRetry}
      />,
    );
    expect(container.firstElementChild).toHaveAttribute('data-state', 'stale');
    expect(bodyRows()).toHaveLength(3);
    const banner = screen
      .getByText('The last refresh failed: these jobs may be out of date.')
      .closest('[role="status"]') as HTMLElement;
    expect(banner).toHaveTextContent('The service could not be reached. Check your connection.');
    expect(within(banner).getByText(/^Updated 5/)).toHaveTextContent(
      `Updated ${new Intl.RelativeTimeFormat(undefined, { style: 'narrow' }).format(-5, 'second')}`,
    );
    within(banner).getByRole('button', { name: 'Try again' }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('re-renders only the row whose job changed', () => {
    const reads = new Map<string, number>();
    const counted = (id: string, processed = 1): ImportJob => {
      const base = job(id, { TotalProcessed: processed });
      const { Definition } = base;
      return Object.defineProperty({ ...base }, 'Definition', {
        enumerable: true,
        get() {
          reads.set(id, (reads.get(id) ?? 0) + 1);
          return Definition;
        },
      });
    };
    const first = Array.from({ length: 200 }, (_, i) => counted(`job-${i}`));
    const { rerender } = render(<ImportJobTable jobs={first} />);
    expect(reads.size).toBe(200);
    reads.clear();
    const second = first.map((j, i) => (i === 123 ? counted('job-123', 2) : j));
    rerender(<ImportJobTable jobs={second} />);
    expect([...reads.keys()]).toEqual(['job-123']);
  });

  it('takes messages and a locale, from props and from the provider', () => {
    render(
      <ImportJobsI18nProvider locale="de-DE" messages={{ tableCaption: 'Importaufträge' }}>
        <ImportJobTable
          jobs={[job('j', { TotalProcessed: 1234567 })]}
          messages={{ columns: { Id: 'Auftrag' } }}
        />
      </ImportJobsI18nProvider>,
    );
    expect(screen.getByRole('table', { name: 'Importaufträge' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Auftrag' })).toBeInTheDocument();
    expect(screen.getByText('1.234.567')).toBeInTheDocument();
  });

  it('passes className, style, id, data-* and classNames through, and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ImportJobTable
        ref={ref}
        jobs={jobs}
        className="host"
        style={{ maxInlineSize: 900 }}
        id="t1"
        data-testid="t"
        classNames={{ table: 'host-table', row: 'host-row', caption: 'host-caption' }}
      />,
    );
    const root = screen.getByTestId('t');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('pij-table', 'host');
    expect(root).toHaveAttribute('id', 't1');
    expect(root.style.maxInlineSize).toBe('900px');
    expect(screen.getByRole('table')).toHaveClass('host-table');
    expect(bodyRows()[0]).toHaveClass('host-row');
    expect(screen.getByText('Import jobs')).toHaveClass('host-caption');
  });

  it('maps a hook result to table props in one line', async () => {
    const user = userEvent.setup();
    const refresh = vi.fn().mockResolvedValue(undefined);
    const nextPage = vi.fn();
    const props = getImportJobTableProps({
      status: 'success',
      jobs,
      error: new PinpointError({ name: 'TimeoutError' }),
      isFetching: false,
      isStale: true,
      isPlaceholderData: false,
      updatedAt: Date.now(),
      pageIndex: 0,
      hasNextPage: true,
      hasPreviousPage: false,
      nextPage,
      previousPage: vi.fn(),
      refresh,
    });
    expect(props).toMatchObject({
      loading: false,
      stale: true,
      pagination: { pageIndex: 0, hasNextPage: true },
    });
    render(<ImportJobTable {...props} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refresh).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(nextPage).toHaveBeenCalledTimes(1);
    expect(getImportJobTableProps({ status: 'loading', jobs: [] }).loading).toBe(true);
  });

  it('has no axe violations in each state', async () => {
    const pagination = {
      pageIndex: 1,
      hasNextPage: true,
      hasPreviousPage: true,
      onNext() {},
      onPrevious() {},
    };
    const { container } = render(
      <div>
        <ImportJobTable
          jobs={[job('a', { Failures: ['x'], TotalFailures: 1 }), job('b')]}
          defaultExpandedJobIds={['a']}
          pagination={pagination}
        />
        <ImportJobTable jobs={[]} loading />
        <ImportJobTable jobs={[]} />
        <ImportJobTable
          jobs={[]}
          error={new PinpointError({ name: 'NotFoundException' })}
          onRetry={() => {}}
        />
        <ImportJobTable jobs={jobs} stale updatedAt={Date.now()} onRetry={() => {}} />
      </div>,
    );
    await expectNoAxeViolations(container);
    // axe over five tables takes seconds on two busy cores.
  }, 20_000);
});
