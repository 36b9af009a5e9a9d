import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ImportJobDetails, type ImportJobResponse, normalizeImportJobResponse } from '../../src/index.js';
import { completedJob, failedJob, processingJob } from '../table/data.js';
import { ADMIN_VIEWPORTS } from '../table/geometry.js';

const job = (wire: ImportJobResponse) => normalizeImportJobResponse({ ImportJobResponse: wire });

const meta = {
  title: 'Components/ImportJobDetails',
  component: ImportJobDetails,
  args: { job: job(completedJob) },
  parameters: { viewport: { options: ADMIN_VIEWPORTS } },
  globals: { viewport: { value: 'admin960', isRotated: false } },
  decorators: [(Story) => <div style={{ inlineSize: 960 }}>{Story()}</div>],
} satisfies Meta<typeof ImportJobDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A job at work: its status, the bar at 30%, no completion date yet. */
export const Live: Story = {
  args: { job: job(processingJob) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.pij-status-badge')).toHaveTextContent('Processing');
    await expect(canvas.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuenow',
      '3',
    );
  },
};

/** A job that completed: every piece, the dates and the duration. */
export const Settled: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.pij-status-badge')).toHaveTextContent('Completed');
    await expect(canvas.getByText('Duration', { selector: 'dt' })).toBeVisible();
  },
};

/**
 * A job that failed, with the first 100 of 2,345 failures below both lists, the width of the card; at 960 px the
 * summary and the definition sit side by side and nothing overflows.
 */
export const FailedWithFailures: Story = {
  args: { job: job(failedJob) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Showing 100 of 2,345 failures')).toBeVisible();
    const card = canvasElement.querySelector('.pij-detail') as HTMLElement;
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    const [summary, definition] = [...card.querySelectorAll<HTMLElement>('.pij-detail__section')];
    await expect(summary?.getBoundingClientRect().top).toBe(definition?.getBoundingClientRect().top);
    const failures = card.querySelector('.pij-failures') as HTMLElement;
    await expect(failures.getBoundingClientRect().width).toBeGreaterThan(card.clientWidth * 0.8);
  },
};

/** What a proxy may send: an ID and nothing else. Every value says it is not available; nothing crashes. */
export const MissingFields: Story = {
  args: { job: job({ Id: 'job-bare' } as ImportJobResponse) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Not available').length).toBeGreaterThan(5);
  },
};
