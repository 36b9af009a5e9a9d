// The table on an admin page: preferences, the Preferences popover, the column registry and its fixed layout,
// one-line cells, the error box, single-page pagination, and how little a poll changes in the DOM.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PinpointError } from '../../core/errors.js';
import { normalizeImportJobsResponse } from '../../core/normalize.js';
import { replaceEqualJobs } from '../../core/store/structuralSharing.js';
import type { ImportJob, ImportJobResponse } from '../../core/types.js';
import { defaultImportJobsMessages } from '../../i18n/messages.js';
import { createImportJobs } from '../../simulator/fixtures.js';
import { DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY, IMPORT_JOB_COLUMN_IDS } from './columnIds.js';
import { IMPORT_JOB_COLUMNS } from './columns.js';
import { ImportJobTable } from './ImportJobTable.js';
import type { ImportJobTablePreferences } from './interfaces.js';

const job = (id: string, overrides: Partial<ImportJob> = {}): ImportJob => ({
  Id: id,
  ApplicationId: 'app-1',
  JobStatus: 'COMPLETED',
  CreationDate: '2024-05-01T10:00:00.000Z',
  CompletionDate: '2024-05-01T10:05:30.000Z',
  TotalPieces: 4,
  CompletedPieces: 4,
  TotalProcessed: 1000,
  Type: 'IMPORT',
  Definition: {
    Format: 'CSV',
    S3Url: `s3://bucket/${id}.csv`,
    RoleArn: 'arn:aws:iam::1:role/r',
    SegmentName: id,
  },
  ...overrides,
});
const jobs = [job('job-b'), job('job-a', { JobStatus: 'PROCESSING', CompletionDate: undefined })];
const root = (container: HTMLElement) => container.querySelector('.pij-table') as HTMLElement;
const headerNames = () => screen.getAllByRole('columnheader').map((th) => th.textContent);

afterEach(() => {
  vi.useRealTimers();
});

describe('the column registry', () => {
  it('describes each column once: id, header, sort value, and a width that is fit, fill or fixed', () => {
    expect(IMPORT_JOB_COLUMN_IDS).toEqual(IMPORT_JOB_COLUMNS.map((column) => column.id));
    for (const column of IMPORT_JOB_COLUMNS) {
      expect(defaultImportJobsMessages.columns[column.header]).toEqual(expect.any(String));
      expect(typeof column.sortValue).toBe('function');
      // A fit column sizes itself from its text; the others cut long values and have a width or a minimum.
      if (column.text === undefined) {
        expect(column.truncate).toBe(true);
        expect((column.fill ?? 0) + (column.fixed ?? 0)).toBeGreaterThan(0);
      }
    }
    expect(DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY).toEqual({
      RoleArn: false,
      DefineSegment: false,
      RegisterEndpoints: false,
      ApplicationId: false,
      Type: false,
      ExternalId: false,
    });
  });

  it('lays the table out fixed: a width per fit and fixed column, and a minimum below which its region scrolls', () => {
    render(<ImportJobTable jobs={jobs} />);
    const table = screen.getByRole('table', { name: 'Import jobs' });
    const cols = [...table.querySelectorAll('col')];
    expect(cols).toHaveLength(12);
    // The expander's width is the stylesheet's; Source and Segment share the room left.
    const widths = cols.map((col) => col.style.width);
    expect(widths[1]).toMatch(/^calc\(7\.25em/);
    expect(widths[7]).toBe('');
    expect(widths[8]).toBe('');
    expect(widths[9]).toMatch(/^calc\(max\(/);
    expect(table.style.minInlineSize).toMatch(/^calc\(1\.875rem \+/);
    const region = table.parentElement as HTMLElement;
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveAccessibleName('Import jobs');
  });

  it('shows dates short, the completion time alone on the day the job was created, and durations in words', () => {
    render(
      <ImportJobTable
        locale="en-US"
        jobs={[
          job('same-day'),
          job('next-day', { CreationDate: '2024-05-01T10:00:00', CompletionDate: '2024-05-02T11:30:00' }),
        ]}
      />,
    );
    const [first, second] = screen.getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    const cell = (row: HTMLElement, id: string) => row.querySelector(`td[data-column="${id}"]`)?.textContent;
    expect(cell(first, 'CompletionDate')).toMatch(/^\d{1,2}:\d{2}\s[AP]M$/);
    expect(cell(first, 'Duration')).toBe('5m 30s');
    expect(cell(second, 'CreationDate')).toMatch(/^5\/1\/24, 10:00\sAM$/);
    expect(cell(second, 'CompletionDate')).toMatch(/^5\/2\/24, 11:30\sAM$/);
    expect(cell(second, 'Duration')).toBe('25h 30m');
  });

  it('shows durations as a stopwatch where the locale says them in many characters', () => {
    const { container } = render(<ImportJobTable locale="de-DE" jobs={[job('a')]} />);
    expect(container.querySelector('td[data-column="Duration"]')).toHaveTextContent(/^05:30$/);
  });
});

describe('one line per row', () => {
  it('gives the copy action an icon button named after the column and the value, and no text of its own', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ImportJobTable jobs={[job('x')]} />);
    const button = screen.getByRole('button', { name: 'Copy source s3://bucket/x.csv' });
    expect(button).toBeEmptyDOMElement();
    expect(button.closest('td')).toHaveAttribute('data-column', 'S3Url');
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith('s3://bucket/x.csv');
  });

  it('keeps the full text of a cut value in the DOM, and puts it in the title on hover once it is cut', async () => {
    const user = userEvent.setup();
    const long = `s3://bucket/${'very-long-folder/'.repeat(8)}file.csv`;
    render(<ImportJobTable jobs={[job('x', { Definition: { S3Url: long } })]} />);
    const cell = screen.getByText(long).closest('td') as HTMLElement;
    expect(cell).toHaveTextContent(long);
    // jsdom does not lay out: pretend the ellipsis cuts it.
    Object.defineProperty(cell, 'scrollWidth', { value: 400 });
    Object.defineProperty(cell, 'clientWidth', { value: 90 });
    await user.hover(cell);
    expect(cell).toHaveAttribute('title', long);
  });

  it('shows pagination only when there is somewhere to go', () => {
    const single = { pageIndex: 0, hasNextPage: false, hasPreviousPage: false, onNext() {}, onPrevious() {} };
    const { rerender } = render(<ImportJobTable jobs={jobs} pagination={single} />);
    expect(screen.queryByRole('navigation')).toBeNull();
    rerender(<ImportJobTable jobs={jobs} pagination={{ ...single, hasNextPage: true }} />);
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
  });

  it('shows the error as an alert box with the request ID to copy and Try again, under headers that do not sort', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onRetry = vi.fn();
    render(
      <ImportJobTable
        jobs={[]}
        error={new PinpointError({ name: 'ForbiddenException', requestId: 'req-42' })}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-tone', 'danger');
    expect(alert).toHaveTextContent('Request ID: req-42');
    await user.click(within(alert).getByRole('button', { name: 'Copy request ID' }));
    expect(writeText).toHaveBeenCalledWith('req-42');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    const head = screen.getAllByRole('rowgroup')[0] as HTMLElement;
    expect(within(head).queryAllByRole('button')).toEqual([]);
    expect(headerNames()).toContain('Job ID');
  });
});

describe('preferences', () => {
  it('start comfortable, on one line, with the default columns', () => {
    const { container } = render(<ImportJobTable jobs={jobs} />);
    expect(root(container)).toHaveAttribute('data-density', 'comfortable');
    expect(root(container)).not.toHaveAttribute('data-wrap-lines');
  });

  it('are the table own, from defaultPreferences, and report every change in full', async () => {
    const user = userEvent.setup();
    const onPreferencesChange = vi.fn();
    const { container } = render(
      <ImportJobTable
        jobs={jobs}
        defaultPreferences={{ density: 'compact' }}
        onPreferencesChange={onPreferencesChange}
      />,
    );
    expect(root(container)).toHaveAttribute('data-density', 'compact');
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    const dialog = screen.getByRole('dialog', { name: 'Preferences' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Wrap lines' }));
    expect(root(container)).toHaveAttribute('data-wrap-lines');
    expect(onPreferencesChange).toHaveBeenLastCalledWith({
      density: 'compact',
      wrapLines: true,
      columnVisibility: DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY,
    });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Compact rows' }));
    expect(root(container)).toHaveAttribute('data-density', 'comfortable');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Role ARN' }));
    expect(screen.getByRole('columnheader', { name: 'Role ARN' })).toBeInTheDocument();
    expect(onPreferencesChange).toHaveBeenLastCalledWith({
      density: 'comfortable',
      wrapLines: true,
      columnVisibility: { ...DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY, RoleArn: true },
    });
  });

  it('follow the host when controlled, members left out taking their defaults', async () => {
    const user = userEvent.setup();
    const onPreferencesChange = vi.fn();
    const { container, rerender } = render(
      <ImportJobTable
        jobs={jobs}
        preferences={{ wrapLines: true }}
        onPreferencesChange={onPreferencesChange}
      />,
    );
    expect(root(container)).toHaveAttribute('data-wrap-lines');
    expect(root(container)).toHaveAttribute('data-density', 'comfortable');
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compact rows' }));
    expect(onPreferencesChange).toHaveBeenCalledWith({
      density: 'compact',
      wrapLines: true,
      columnVisibility: DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY,
    });
    // Still what the host says.
    expect(root(container)).toHaveAttribute('data-density', 'comfortable');
    const next: ImportJobTablePreferences = {
      density: 'compact',
      wrapLines: false,
      columnVisibility: { Format: false },
    };
    rerender(<ImportJobTable jobs={jobs} preferences={next} />);
    expect(root(container)).toHaveAttribute('data-density', 'compact');
    expect(screen.queryByRole('columnheader', { name: 'Format' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Type' })).toBeInTheDocument();
  });

  it('keep the older column props working: columnVisibility wins, and onColumnVisibilityChange hears of columns', async () => {
    const user = userEvent.setup();
    const onColumnVisibilityChange = vi.fn();
    const onPreferencesChange = vi.fn();
    render(
      <ImportJobTable
        jobs={jobs}
        preferences={{ columnVisibility: { Format: false } }}
        columnVisibility={{ Duration: false }}
        onColumnVisibilityChange={onColumnVisibilityChange}
        onPreferencesChange={onPreferencesChange}
      />,
    );
    // A column absent from the map is shown.
    expect(screen.getByRole('columnheader', { name: 'Format' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Type' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Duration' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await user.click(screen.getByRole('checkbox', { name: 'Wrap lines' }));
    expect(onColumnVisibilityChange).not.toHaveBeenCalled();
    await user.click(screen.getByRole('checkbox', { name: 'Type' }));
    expect(onColumnVisibilityChange).toHaveBeenCalledWith({ Duration: false, Type: false });
    expect(onPreferencesChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ columnVisibility: { Duration: false, Type: false } }),
    );
  });

  it('can be left out with showColumnPicker set to false', () => {
    render(<ImportJobTable jobs={jobs} showColumnPicker={false} />);
    expect(screen.queryByRole('button', { name: 'Preferences' })).toBeNull();
  });

  it('open from the keyboard into the dialog, and Escape closes it and gives focus back', async () => {
    const user = userEvent.setup();
    render(<ImportJobTable jobs={jobs} />);
    const button = screen.getByRole('button', { name: 'Preferences' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).toBeNull();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const dialog = screen.getByRole('dialog', { name: 'Preferences' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Compact rows' })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});

describe('a poll', () => {
  /** Wire jobs, the first still running. */
  function wire(count: number): ImportJobResponse[] {
    const items = createImportJobs(count, { seed: 7, statuses: ['COMPLETED', 'FAILED'] });
    items[0] = {
      ...(items[0] as ImportJobResponse),
      JobStatus: 'PROCESSING',
      CompletedPieces: 3,
      TotalPieces: 10,
    };
    return items;
  }
  const normalise = (items: ImportJobResponse[]) =>
    normalizeImportJobsResponse({ ImportJobsResponse: { Item: structuredClone(items) } }).jobs;

  it('that changes one job of 1,000 makes at most 8 DOM mutations, and none in the toolbar or pagination', () => {
    const served = wire(1_000);
    const first = normalise(served);
    const pagination = {
      pageIndex: 0,
      hasNextPage: true,
      hasPreviousPage: false,
      onNext() {},
      onPrevious() {},
    };
    const { container, rerender } = render(<ImportJobTable jobs={first} pagination={pagination} />);
    const changed = served.map((item, index) =>
      index === 0 ? { ...item, CompletedPieces: 4, TotalProcessed: (item.TotalProcessed ?? 0) + 250 } : item,
    );
    const second = replaceEqualJobs(first, normalise(changed));
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(root(container), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    // A new pagination object with the same members, as getImportJobTableProps makes on every render.
    act(() => rerender(<ImportJobTable jobs={second} pagination={{ ...pagination }} />));
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThanOrEqual(8);
    for (const record of records) {
      const element = record.target instanceof Element ? record.target : record.target.parentElement;
      expect(element?.closest('tr[data-job-id]')?.getAttribute('data-job-id')).toBe(second[0]?.Id);
    }
  }, 30_000);

  it('that changes nothing makes no DOM mutation', () => {
    const served = wire(200);
    const first = normalise(served);
    const { container, rerender } = render(<ImportJobTable jobs={first} />);
    const observer = new MutationObserver(() => {});
    observer.observe(root(container), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    act(() => rerender(<ImportJobTable jobs={replaceEqualJobs(first, normalise(served))} />));
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
  }, 30_000);
});
