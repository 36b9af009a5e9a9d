import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { createHttpFetcher, ImportJobPanel } from '../../src/index.js';
import { FreshStore } from '../table/BackendTable.js';
import { APPLICATION_ID, FAMILY_BASE_URL, failedJob, familyBackend } from '../table/data.js';
import { ADMIN_VIEWPORTS } from '../table/geometry.js';

const backend = familyBackend();
const fetcher = createHttpFetcher({ baseUrl: FAMILY_BASE_URL });

/** The requests for one job the backend received. */
const jobRequests = (jobId: string) =>
  backend.requests.filter((request) => request.operation === 'GetImportJob' && request.jobId === jobId)
    .length;

const badge = (canvasElement: HTMLElement) => canvasElement.querySelector('.pij-status-badge');

const meta = {
  title: 'Components/ImportJobPanel',
  component: ImportJobPanel,
  args: { applicationId: APPLICATION_ID, jobId: 'job-live-ok', fetcher, pollInterval: 150 },
  parameters: { msw: { handlers: backend.handlers }, viewport: { options: ADMIN_VIEWPORTS } },
  globals: { viewport: { value: 'admin960', isRotated: false } },
  beforeEach: () => {
    backend.reset();
  },
  decorators: [
    (Story, { parameters }) => (
      <FreshStore>
        <div style={{ inlineSize: parameters.containerWidth ?? 960 }}>
          <Story />
        </div>
      </FreshStore>
    ),
  ],
} satisfies Meta<typeof ImportJobPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A new import, live: CREATED → … → PROCESSING → COMPLETED, one status per poll. Once it completed, the panel
 * sends no more requests and the Auto-refresh switch goes.
 */
export const Live: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Import job job-live-ok' })).toBeVisible();
    await waitFor(() => expect(badge(canvasElement)).toHaveTextContent('Processing'), { timeout: 8000 });
    await expect(canvas.getByRole('switch', { name: 'Auto-refresh' })).toBeChecked();
    await waitFor(() => expect(badge(canvasElement)).toHaveTextContent('Completed'), { timeout: 8000 });
    await expect(canvas.getByRole('region')).toHaveAttribute('data-settled');
    await expect(canvas.queryByRole('switch')).toBeNull();
    const requests = jobRequests('job-live-ok');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect(jobRequests('job-live-ok')).toBe(requests);
  },
};

/** A job that had already ended: one request, no polling, no switch. */
export const Settled: Story = {
  args: { jobId: 'job-completed' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(badge(canvasElement)).toHaveTextContent('Completed'), { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 450));
    await expect(jobRequests('job-completed')).toBe(1);
    await expect(within(canvasElement).queryByRole('switch')).toBeNull();
  },
};

/** A job that failed: the first 100 of its 2,345 failures, to filter, copy or download. */
export const FailedWithFailures: Story = {
  args: { jobId: failedJob.Id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('Showing 100 of 2,345 failures', {}, { timeout: 4000 }),
    ).toBeVisible();
    await expect(badge(canvasElement)).toHaveTextContent('Failed');
    const panel = canvas.getByRole('region');
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
  },
};

/** The failed job in a 1,280 px container: the two lists side by side, nothing overflows. */
export const At1280: Story = {
  name: '1,280 px',
  args: { jobId: failedJob.Id },
  parameters: { containerWidth: 1280 },
  globals: { viewport: { value: 'admin1280', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('Showing 100 of 2,345 failures', {}, { timeout: 4000 }),
    ).toBeVisible();
    const panel = canvas.getByRole('region');
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
    const [summary, definition] = [...panel.querySelectorAll<HTMLElement>('.pij-detail__section')];
    await expect(summary?.getBoundingClientRect().top).toBe(definition?.getBoundingClientRect().top);
  },
};

/** An ID the application has no job for: 404, said as such, not retried, with Try again. */
export const NotFound: Story = {
  args: { jobId: 'job-that-never-was' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 4000 });
    await expect(alert).toHaveTextContent('Import job not found');
    await expect(alert).toHaveTextContent(/Request ID: /);
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 450));
    await expect(jobRequests('job-that-never-was')).toBe(1);
  },
};

/** The host's route refuses (403): the alert the list panels show, with the request ID. */
export const Forbidden: Story = {
  args: { jobId: 'job-completed' },
  beforeEach: () => {
    backend.fail('ForbiddenException', { times: Number.POSITIVE_INFINITY });
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
    await expect(alert).toHaveTextContent('Could not load import job');
    await expect(alert).toHaveTextContent('You do not have permission to see these import jobs.');
  },
};
