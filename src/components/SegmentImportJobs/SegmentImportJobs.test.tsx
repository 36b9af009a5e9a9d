import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers/expectNoAxeViolations.js';
import { PinpointError } from '../../core/errors.js';
import { createImportJobsStore, createManualVisibility } from '../../core/store/index.js';
import type {
  GetSegmentImportJobsResponse,
  ImportJobResponse,
  SegmentImportJobsFetcher,
} from '../../core/types.js';
import { ImportJobsProvider } from '../../react/ImportJobsProvider.js';
import { SegmentImportJobs } from './SegmentImportJobs.js';

const wire = (id: string, status: ImportJobResponse['JobStatus']): ImportJobResponse => ({
  Id: id,
  ApplicationId: 'app',
  CreationDate: '2024-05-01T10:00:00Z',
  JobStatus: status,
  Type: 'IMPORT',
  TotalPieces: 4,
  CompletedPieces: status === 'COMPLETED' ? 4 : 1,
  Definition: { Format: 'CSV', RoleArn: 'arn:aws:iam::1:role/r', S3Url: `s3://b/${id}` },
});

const response = (...items: ImportJobResponse[]): GetSegmentImportJobsResponse => ({
  ImportJobsResponse: { Item: items },
});

function renderPanel(
  fetcher: SegmentImportJobsFetcher,
  props: Partial<Parameters<typeof SegmentImportJobs>[0]> = {},
) {
  const store = createImportJobsStore({ visibility: createManualVisibility(), random: () => 0 });
  return render(
    <ImportJobsProvider store={store}>
      <SegmentImportJobs
        applicationId="app"
        segmentId="seg"
        fetcher={fetcher}
        pollInterval={1000}
        {...props}
      />
    </ImportJobsProvider>,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SegmentImportJobs', () => {
  it('loads the jobs into the table, with a toolbar and the last-updated time', async () => {
    const fetcher = vi
      .fn<SegmentImportJobsFetcher>()
      .mockResolvedValue(response(wire('job-1', 'PROCESSING')));
    renderPanel(fetcher);
    const panel = screen.getByRole('region', { name: 'Segment import jobs' });
    expect(within(panel).getByText('Not loaded yet')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(within(panel).getByText('job-1')).toBeInTheDocument();
    expect(fetcher).toHaveBeenCalledWith(
      expect.objectContaining({ ApplicationId: 'app', SegmentId: 'seg' }),
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    expect(within(panel).getByText(/^Last updated/)).toBeInTheDocument();
  });

  it('refreshes on demand', async () => {
    const fetcher = vi.fn<SegmentImportJobsFetcher>().mockResolvedValue(response(wire('job-1', 'COMPLETED')));
    renderPanel(fetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(fetcher).toHaveBeenCalledTimes(1);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Refresh' })));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('stops polling when auto-refresh is off, and resumes when on', async () => {
    const fetcher = vi
      .fn<SegmentImportJobsFetcher>()
      .mockResolvedValue(response(wire('job-1', 'PROCESSING')));
    renderPanel(fetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(fetcher).toHaveBeenCalledTimes(2);
    const toggle = screen.getByRole('switch', { name: 'Auto-refresh' });
    expect(toggle).toBeChecked();
    act(() => fireEvent.click(toggle));
    expect(toggle).not.toBeChecked();
    const calls = fetcher.mock.calls.length;
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(fetcher).toHaveBeenCalledTimes(calls);
    act(() => fireEvent.click(toggle));
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(fetcher.mock.calls.length).toBeGreaterThan(calls);
  });

  it('shows the error panel when the first load fails, and retries', async () => {
    const fetcher = vi
      .fn<SegmentImportJobsFetcher>()
      .mockRejectedValue(new PinpointError({ name: 'ForbiddenException' }));
    renderPanel(fetcher, { defaultAutoRefresh: false });
    await act(() => vi.advanceTimersByTimeAsync(0));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('You do not have permission');
    fetcher.mockResolvedValue(response(wire('job-9', 'COMPLETED')));
    act(() => fireEvent.click(within(alert).getByRole('button', { name: 'Try again' })));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByText('job-9')).toBeInTheDocument();
  });

  it('claims no empty segment while disabled, and loads once enabled', async () => {
    const fetcher = vi.fn<SegmentImportJobsFetcher>().mockResolvedValue(response(wire('job-1', 'COMPLETED')));
    const { container, rerender } = renderPanel(fetcher, { enabled: false });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(fetcher).not.toHaveBeenCalled();
    expect(container.querySelector('.pij-table')).toHaveAttribute('data-state', 'idle');
    expect(screen.queryByText('No import jobs')).toBeNull();
    expect(screen.getByText('Not loaded yet')).toBeInTheDocument();
    rerender(
      <ImportJobsProvider store={createImportJobsStore({ visibility: createManualVisibility() })}>
        <SegmentImportJobs applicationId="app" segmentId="seg" fetcher={fetcher} enabled />
      </ImportJobsProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByText('job-1')).toBeInTheDocument();
  });

  it('says so when an expired page token sent it back to page 1, until the next navigation', async () => {
    const fetcher = vi.fn<SegmentImportJobsFetcher>(async (request) => {
      if (request.Token === 't-old')
        throw new PinpointError({ name: 'BadRequestException', statusCode: 400 });
      return { ImportJobsResponse: { Item: [wire('job-1', 'COMPLETED')], NextToken: 't-old' } };
    });
    renderPanel(fetcher, { defaultAutoRefresh: false });
    await act(() => vi.advanceTimersByTimeAsync(0));
    const notice = screen.getAllByRole('status').find((node) => node.classList.contains('pij-panel__notice'));
    expect(notice).toBeEmptyDOMElement();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Next page' })));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(notice).toHaveTextContent('That page had expired, so the list is back on page 1.');
    expect(screen.getByText('Page 1')).toBeInTheDocument();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Next page' })));
    expect(notice).toBeEmptyDOMElement();
  });

  it('passes className, style, id, data-* through, forwards the ref and takes messages', async () => {
    const ref = createRef<HTMLElement>();
    const fetcher = vi.fn<SegmentImportJobsFetcher>().mockResolvedValue(response());
    renderPanel(fetcher, {
      ref,
      className: 'host',
      style: { maxInlineSize: 800 },
      id: 'panel',
      'data-testid': 'panel',
      messages: { refresh: 'Aktualisieren', emptyTitle: 'Keine Aufträge' },
    } as Partial<Parameters<typeof SegmentImportJobs>[0]>);
    const root = screen.getByTestId('panel');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('pij-panel', 'host');
    expect(root).toHaveAttribute('id', 'panel');
    expect(screen.getByRole('button', { name: 'Aktualisieren' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByText('Keine Aufträge')).toBeInTheDocument();
  });

  it('takes your aria-label or aria-labelledby for its name, so two panels on a page have landmarks of their own', async () => {
    // Two pages each, so each panel shows its pagination.
    const fetcher = vi.fn<SegmentImportJobsFetcher>().mockResolvedValue({
      ImportJobsResponse: { Item: [wire('job-1', 'COMPLETED')], NextToken: 'next' },
    });
    const store = createImportJobsStore({ visibility: createManualVisibility(), random: () => 0 });
    const { container } = render(
      <ImportJobsProvider store={store}>
        <h2 id="b-title">Segment B</h2>
        <SegmentImportJobs
          applicationId="app"
          segmentId="seg-a"
          fetcher={fetcher}
          aria-label="Imports of segment A"
          messages={{ pagination: 'Pages of segment A' }}
        />
        <SegmentImportJobs
          applicationId="app"
          segmentId="seg-b"
          fetcher={fetcher}
          aria-labelledby="b-title"
          messages={{ pagination: 'Pages of segment B' }}
        />
      </ImportJobsProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('region', { name: 'Imports of segment A' })).toBeInTheDocument();
    const b = screen.getByRole('region', { name: 'Segment B' });
    expect(b).not.toHaveAttribute('aria-label');
    expect(within(b).getByRole('navigation', { name: 'Pages of segment B' })).toBeInTheDocument();
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });

  it('shows its chrome in one row with the table title: Refresh, the Auto-refresh switch, Last updated, Preferences', async () => {
    const fetcher = vi.fn<SegmentImportJobsFetcher>().mockResolvedValue(response(wire('job-1', 'COMPLETED')));
    renderPanel(fetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    const toolbar = screen.getByText('Import jobs').parentElement as HTMLElement;
    expect(within(toolbar).getByRole('button', { name: 'Refresh' })).toBeInTheDocument();
    const toggle = within(toolbar).getByRole('switch', { name: 'Auto-refresh' });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(within(toolbar).getByText(/^Last updated/)).toBeInTheDocument();
    expect(within(toolbar).getByRole('button', { name: 'Preferences' })).toBeInTheDocument();
    // One page: no pagination.
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('passes preferences through to its table', async () => {
    const onPreferencesChange = vi.fn();
    const fetcher = vi.fn<SegmentImportJobsFetcher>().mockResolvedValue(response(wire('job-1', 'COMPLETED')));
    const { container } = renderPanel(fetcher, {
      defaultPreferences: { density: 'compact' },
      onPreferencesChange,
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(container.querySelector('.pij-table')).toHaveAttribute('data-density', 'compact');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Preferences' })));
    act(() => fireEvent.click(screen.getByRole('checkbox', { name: 'Wrap lines' })));
    expect(onPreferencesChange).toHaveBeenCalledWith(
      expect.objectContaining({ density: 'compact', wrapLines: true }),
    );
    expect(container.querySelector('.pij-table')).toHaveAttribute('data-wrap-lines');
  });

  it('changes only its last-updated time in the table when a poll brings nothing new', async () => {
    const fetcher = vi
      .fn<SegmentImportJobsFetcher>()
      .mockResolvedValue(response(wire('job-1', 'PROCESSING'), wire('job-2', 'COMPLETED')));
    const { container } = renderPanel(fetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    const table = container.querySelector('.pij-table') as HTMLElement;
    const observer = new MutationObserver(() => {});
    observer.observe(table, { subtree: true, childList: true, attributes: true, characterData: true });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(fetcher).toHaveBeenCalledTimes(2);
    const changed = observer.takeRecords().map((record) => {
      const element = record.target instanceof Element ? record.target : record.target.parentElement;
      return element?.className;
    });
    observer.disconnect();
    // At most the time's text ("Last updated now" stays as it is under fake timers): no "Refreshing…", no aria-busy.
    expect(changed.filter((name) => name !== 'pij-panel__updated')).toEqual([]);
  });

  it('has no axe violations', async () => {
    const fetcher = vi
      .fn<SegmentImportJobsFetcher>()
      .mockResolvedValue(response(wire('job-1', 'PROCESSING')));
    const { container } = renderPanel(fetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });
});
