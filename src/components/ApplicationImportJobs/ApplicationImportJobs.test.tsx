import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers/expectNoAxeViolations.js';
import { PinpointError } from '../../core/errors.js';
import {
  createImportJobsStore,
  createManualVisibility,
  type ImportJobsStore,
} from '../../core/store/index.js';
import type { ApplicationImportJobsFetcher, ImportJobResponse } from '../../core/types.js';
import { ImportJobsProvider } from '../../react/ImportJobsProvider.js';
import { ApplicationImportJobs } from './ApplicationImportJobs.js';

const wire = (id: string, segment: { SegmentId?: string; SegmentName?: string }): ImportJobResponse => ({
  Id: id,
  ApplicationId: 'app',
  CreationDate: '2024-05-01T10:00:00Z',
  JobStatus: 'COMPLETED',
  Type: 'IMPORT',
  TotalProcessed: id === 'job-a' ? 5 : 50,
  Definition: { Format: 'CSV', RoleArn: 'arn:aws:iam::1:role/r', S3Url: `s3://b/${id}`, ...segment },
});

const page = (items: ImportJobResponse[], NextToken?: string) => ({
  ImportJobsResponse: { Item: items, ...(NextToken ? { NextToken } : {}) },
});

const storeOf = () => createImportJobsStore({ visibility: createManualVisibility(), random: () => 0 });

function renderPanel(
  fetcher: ApplicationImportJobsFetcher,
  props: Partial<Parameters<typeof ApplicationImportJobs>[0]> = {},
  store: ImportJobsStore = storeOf(),
) {
  return render(
    <ImportJobsProvider store={store}>
      <ApplicationImportJobs applicationId="app" fetcher={fetcher} pollInterval={1000} {...props} />
    </ImportJobsProvider>,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ApplicationImportJobs', () => {
  it("loads the application's jobs with getImportJobs, naming each job's segment", async () => {
    const fetcher = {
      getImportJobs: vi
        .fn<ApplicationImportJobsFetcher['getImportJobs']>()
        .mockResolvedValue(
          page([
            wire('job-a', { SegmentName: 'Newsletter', SegmentId: 'seg-1' }),
            wire('job-b', { SegmentId: 'seg-2' }),
          ]),
        ),
    };
    renderPanel(fetcher);
    const panel = screen.getByRole('region', { name: 'Application import jobs' });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(fetcher.getImportJobs).toHaveBeenCalledWith(
      expect.objectContaining({ ApplicationId: 'app' }),
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    const segment = (id: string) => panel.querySelector(`tr[data-job-id="${id}"] td[data-column="Segment"]`);
    expect(segment('job-a')).toHaveTextContent('Newsletter');
    expect(segment('job-b')).toHaveTextContent('seg-2');
    expect(within(panel).getByRole('button', { name: 'Refresh' })).toBeInTheDocument();
    expect(within(panel).getByRole('switch', { name: 'Auto-refresh' })).toBeChecked();
  });

  it('says the application has no jobs yet', async () => {
    renderPanel({ getImportJobs: vi.fn().mockResolvedValue(page([])) });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByText('This application has no import jobs yet.')).toBeInTheDocument();
  });

  it('pages by token', async () => {
    const getImportJobs = vi.fn<ApplicationImportJobsFetcher['getImportJobs']>(async ({ Token }) =>
      Token === 't2' ? page([wire('job-c', {})]) : page([wire('job-a', {})], 't2'),
    );
    renderPanel({ getImportJobs }, { defaultAutoRefresh: false });
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Next page' })));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(getImportJobs).toHaveBeenLastCalledWith(
      expect.objectContaining({ Token: 't2' }),
      expect.anything(),
    );
    expect(screen.getByText('job-c')).toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();
  });

  it('comes back with the sort it had when it remounts in the same store (back navigation)', async () => {
    const store = storeOf();
    const fetcher = {
      getImportJobs: vi.fn().mockResolvedValue(page([wire('job-a', {}), wire('job-b', {})])),
    };
    const first = renderPanel(fetcher, { defaultAutoRefresh: false }, store);
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Endpoints processed' })));
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Endpoints processed' })));
    const order = () =>
      [...document.querySelectorAll('tr[data-job-id]')].map((row) => row.getAttribute('data-job-id'));
    expect(order()).toEqual(['job-b', 'job-a']);
    first.unmount();
    renderPanel(fetcher, { defaultAutoRefresh: false }, store);
    expect(order()).toEqual(['job-b', 'job-a']);
    expect(screen.getByRole('columnheader', { name: /Endpoints processed/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('links job IDs and calls onFollowJob on a plain left click only', async () => {
    const onFollowJob = vi.fn();
    renderPanel(
      { getImportJobs: vi.fn().mockResolvedValue(page([wire('job-a', {})])) },
      { getJobHref: (job) => `/imports/${job.Id}`, onFollowJob },
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const link = screen.getByRole('link', { name: 'job-a' });
    expect(link).toHaveAttribute('href', '/imports/job-a');
    fireEvent.click(link, { ctrlKey: true });
    expect(onFollowJob).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onFollowJob).toHaveBeenCalledWith(expect.objectContaining({ Id: 'job-a' }), expect.anything());
  });

  it('shows a forbidden application in the error panel, and says so when the fetcher has no getImportJobs', async () => {
    renderPanel({
      getImportJobs: vi.fn().mockRejectedValue(new PinpointError({ name: 'ForbiddenException' })),
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You do not have permission to see these import jobs.',
    );
    const plain = renderPanel(vi.fn() as unknown as ApplicationImportJobsFetcher, { 'aria-label': 'Plain' });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(within(plain.getByRole('region', { name: 'Plain' })).getByRole('alert')).toHaveAttribute(
      'data-error',
      'MethodNotAllowedException',
    );
  });

  it('passes rememberPlace to its hook, not to the DOM', async () => {
    const { container } = renderPanel(
      { getImportJobs: vi.fn().mockResolvedValue(page([])) },
      { rememberPlace: false },
    );
    expect(container.querySelector('section')?.getAttributeNames()).not.toContain('rememberplace');
  });

  it('has no axe violations', async () => {
    const { container } = renderPanel(
      { getImportJobs: vi.fn().mockResolvedValue(page([wire('job-a', { SegmentId: 'seg-1' })])) },
      { getJobHref: (job) => `/imports/${job.Id}` },
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });
});
