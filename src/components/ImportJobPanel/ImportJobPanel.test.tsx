import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers/expectNoAxeViolations.js';
import { PinpointError } from '../../core/errors.js';
import {
  createImportJobsStore,
  createManualVisibility,
  type ImportJobsStore,
} from '../../core/store/index.js';
import type {
  ApplicationImportJobsFetcher,
  ImportJobFetcher,
  ImportJobResponse,
  ImportJobsFetcher,
} from '../../core/types.js';
import { ImportJobsProvider } from '../../react/ImportJobsProvider.js';
import { useApplicationImportJobs } from '../../react/useApplicationImportJobs.js';
import { ImportJobPanel } from './ImportJobPanel.js';

const NOW = Date.parse('2024-05-01T10:00:10Z');

const wire = (
  status: ImportJobResponse['JobStatus'],
  overrides: Partial<ImportJobResponse> = {},
): ImportJobResponse => ({
  Id: 'job-1',
  ApplicationId: 'app',
  CreationDate: '2024-05-01T10:00:00Z',
  JobStatus: status,
  Type: 'IMPORT',
  TotalPieces: 4,
  CompletedPieces: status === 'COMPLETED' ? 4 : 1,
  Definition: {
    Format: 'CSV',
    RoleArn: 'arn:aws:iam::1:role/r',
    S3Url: 's3://b/job-1.csv',
    SegmentId: 'seg-1',
  },
  ...overrides,
});

const storeOf = () => createImportJobsStore({ visibility: createManualVisibility(), random: () => 0 });

function renderPanel(
  fetcher: ImportJobFetcher,
  props: Partial<Parameters<typeof ImportJobPanel>[0]> = {},
  store: ImportJobsStore = storeOf(),
) {
  return render(
    <ImportJobsProvider store={store}>
      <ImportJobPanel applicationId="app" jobId="job-1" fetcher={fetcher} pollInterval={1000} {...props} />
    </ImportJobsProvider>,
  );
}

const oneJob = (...replies: Array<ImportJobResponse | Error>) => {
  const getImportJob = vi.fn<ImportJobFetcher['getImportJob']>();
  for (const reply of replies) {
    if (reply instanceof Error) getImportJob.mockRejectedValueOnce(reply);
    else getImportJob.mockResolvedValueOnce({ ImportJobResponse: reply });
  }
  return { getImportJob };
};

/** A list of the application's jobs in the store, shown nowhere. */
function ApplicationList({ fetcher }: { fetcher: ApplicationImportJobsFetcher }) {
  useApplicationImportJobs({ applicationId: 'app', fetcher, pollInterval: false });
  return null;
}

/** The panel's live notice: loading, not found yet. */
const notice = (panel: HTMLElement) => panel.querySelector('.pij-panel__notice') as HTMLElement;
/** The status badge of the job shown. */
const badge = () => document.querySelector('.pij-status-badge') as HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ImportJobPanel', () => {
  it('says it is loading, then shows the job under its title', async () => {
    const fetcher = oneJob(wire('COMPLETED'));
    const { container } = renderPanel(fetcher);
    const panel = screen.getByRole('region', { name: 'Import job job-1' });
    expect(notice(panel)).toHaveTextContent('Loading import job…');
    expect(panel).toHaveAttribute('data-status', 'loading');
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(notice(panel)).toBeEmptyDOMElement();
    expect(fetcher.getImportJob).toHaveBeenCalledWith(
      { ApplicationId: 'app', JobId: 'job-1' },
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    expect(within(panel).getByText('Summary')).toBeInTheDocument();
    expect(within(panel).getByText('Definition')).toBeInTheDocument();
    expect(within(panel).getByText('s3://b/job-1.csv')).toBeInTheDocument();
    expect(container.querySelector('.pij-detail')).not.toBeNull();
  });

  it('polls while the job is active and stops for good once it ends: no switch, no more requests', async () => {
    const fetcher = oneJob(wire('PROCESSING'), wire('PROCESSING'), wire('COMPLETED'));
    const onJobSettled = vi.fn();
    renderPanel(fetcher, { onJobSettled });
    await act(() => vi.advanceTimersByTimeAsync(0));
    const panel = screen.getByRole('region');
    expect(within(panel).getByRole('switch', { name: 'Auto-refresh' })).toBeChecked();
    expect(panel).not.toHaveAttribute('data-settled');
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(fetcher.getImportJob).toHaveBeenCalledTimes(3);
    expect(panel).toHaveAttribute('data-settled');
    expect(onJobSettled).toHaveBeenCalledTimes(1);
    expect(within(panel).queryByRole('switch')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(fetcher.getImportJob).toHaveBeenCalledTimes(3);
  });

  it('stops polling when auto-refresh is off', async () => {
    const fetcher = {
      getImportJob: vi
        .fn<ImportJobFetcher['getImportJob']>()
        .mockResolvedValue({ ImportJobResponse: wire('PROCESSING') }),
    };
    renderPanel(fetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => fireEvent.click(screen.getByRole('switch', { name: 'Auto-refresh' })));
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(fetcher.getImportJob).toHaveBeenCalledTimes(1);
  });

  it('shows a job not found, not retried, with Try again', async () => {
    const fetcher = oneJob(
      new PinpointError({ name: 'NotFoundException', statusCode: 404, requestId: 'req-404' }),
      wire('COMPLETED'),
    );
    renderPanel(fetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-error', 'NotFoundException');
    expect(alert).toHaveTextContent('Import job not found');
    expect(alert).toHaveTextContent('This application has no import job with this ID');
    expect(alert).toHaveTextContent('Request ID: req-404');
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(fetcher.getImportJob).toHaveBeenCalledTimes(1);
    act(() => fireEvent.click(within(alert).getByRole('button', { name: 'Try again' })));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(badge()).toHaveTextContent('Completed');
  });

  it('shows a forbidden job as the list panels show an error: an alert with the friendly message', async () => {
    renderPanel(oneJob(new PinpointError({ name: 'ForbiddenException', statusCode: 403 })));
    await act(() => vi.advanceTimersByTimeAsync(0));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load import job');
    expect(alert).toHaveTextContent('You do not have permission to see these import jobs.');
  });

  it('says so when its fetcher has no getImportJob (plain JavaScript), and sends nothing', async () => {
    const segmentOnly = vi.fn();
    renderPanel(segmentOnly as unknown as ImportJobFetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-error', 'MethodNotAllowedException');
    expect(alert).toHaveTextContent(
      'This request is not served: the fetcher or server lacks this operation.',
    );
    expect(segmentOnly).not.toHaveBeenCalled();
  });

  it('shows a job just created that is not found yet as loading, not as an error, until it is there', async () => {
    const notFound = new PinpointError({ name: 'NotFoundException', statusCode: 404 });
    const fetcher = oneJob(notFound, notFound);
    fetcher.getImportJob.mockResolvedValue({ ImportJobResponse: wire('CREATED') });
    renderPanel(fetcher, { initialData: { ImportJobResponse: wire('CREATED') } });
    await act(() => vi.advanceTimersByTimeAsync(0));
    const panel = screen.getByRole('region');
    // The job of initialData is never fetched before its first poll.
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(fetcher.getImportJob).toHaveBeenCalledTimes(1);
    expect(notice(panel)).toHaveTextContent('The job was just created and is not visible yet.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(panel.querySelector('.pij-banner--stale')).toBeNull();
    expect(badge()).toHaveTextContent('Created');
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(fetcher.getImportJob.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(notice(panel)).toBeEmptyDOMElement();
  });

  it('keeps the job under the stale banner when a refresh fails', async () => {
    const fetcher = oneJob(
      wire('PROCESSING'),
      new PinpointError({ name: 'ForbiddenException', statusCode: 403 }),
    );
    const { container } = renderPanel(fetcher);
    await act(() => vi.advanceTimersByTimeAsync(0));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(container.querySelector('.pij-banner--stale')).toHaveTextContent('You do not have permission');
    expect(badge()).toHaveTextContent('Processing');
  });

  it('shows a job a list of the store holds at once, as placeholder data, then its own reply', async () => {
    const store = storeOf();
    const fetcher: ImportJobsFetcher = Object.assign(vi.fn(), {
      getImportJobs: vi.fn<ApplicationImportJobsFetcher['getImportJobs']>().mockResolvedValue({
        ImportJobsResponse: { Item: [wire('PROCESSING', { TotalPieces: 10, CompletedPieces: 3 })] },
      }),
      getImportJob: vi
        .fn<ImportJobFetcher['getImportJob']>()
        .mockImplementation(
          () =>
            new Promise((resolve) =>
              setTimeout(() => resolve({ ImportJobResponse: wire('COMPLETED') }), 500),
            ),
        ),
    });
    const list = render(
      <ImportJobsProvider store={store}>
        <ApplicationList fetcher={fetcher} />
      </ImportJobsProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    renderPanel(fetcher, {}, store);
    const panel = screen.getByRole('region', { name: 'Import job job-1' });
    expect(panel).toHaveAttribute('data-status', 'success');
    expect(badge()).toHaveTextContent('Processing');
    expect(within(panel).getByText('3 of 10 pieces')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(badge()).toHaveTextContent('Completed');
    list.unmount();
  });

  it('passes className, style, id, data-* and classNames through, forwards the ref, takes messages and a name', async () => {
    const ref = createRef<HTMLElement>();
    renderPanel(oneJob(new PinpointError({ name: 'ForbiddenException' })), {
      ref,
      className: 'host',
      id: 'job',
      'aria-label': 'Import from Monday',
      classNames: { errorPanel: 'host-error', title: 'host-title' },
      messages: { jobPanelLabel: ({ jobId }) => `Importauftrag ${jobId}`, refresh: 'Aktualisieren' },
      defaultAutoRefresh: false,
    } as Partial<Parameters<typeof ImportJobPanel>[0]>);
    const root = screen.getByRole('region', { name: 'Import from Monday' });
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('pij-panel', 'host');
    expect(root).toHaveAttribute('id', 'job');
    expect(screen.getByText('Importauftrag job-1')).toHaveClass('host-title');
    expect(screen.getByRole('button', { name: 'Aktualisieren' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('alert')).toHaveClass('host-error');
  });

  it('has no axe violations, with a job and with an error', async () => {
    const { container } = renderPanel(
      oneJob(wire('FAILED', { Failures: ['row 2: bad email'], TotalFailures: 1 })),
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const failed = renderPanel(oneJob(new PinpointError({ name: 'NotFoundException', statusCode: 404 })), {
      jobId: 'job-2',
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    vi.useRealTimers();
    await expectNoAxeViolations(container);
    await expectNoAxeViolations(failed.container);
  });
});
