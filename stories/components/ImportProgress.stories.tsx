import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ImportProgress } from '../../src/index.js';
import { storyJob } from '../table/data.js';

const meta = {
  title: 'Components/ImportProgress',
  component: ImportProgress,
  args: {
    job: storyJob({ JobStatus: 'PROCESSING', TotalPieces: 10, CompletedPieces: 4, FailedPieces: 0 }),
  },
  decorators: [(Story) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>],
} satisfies Meta<typeof ImportProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A job at work with nothing done yet: a determinate bar at 0, not a spinner, and counts of zero. */
export const Zero: Story = {
  args: {
    job: storyJob({ JobStatus: 'PROCESSING', TotalPieces: 10, CompletedPieces: 0, TotalProcessed: 0 }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getByRole('progressbar', { name: 'Import progress' });
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await expect(bar).toHaveAttribute('aria-valuemax', '10');
    await expect(bar).toHaveAttribute('data-state', 'loading');
    await expect(canvas.getByText('0 of 10 pieces')).toBeVisible();
    await expect(canvas.getByText('0 endpoints processed')).toBeVisible();
    // Nothing of the bar is painted as completed.
    const completed = bar.querySelector('[data-part="completed"]');
    await expect(completed?.getBoundingClientRect().width).toBe(0);
  },
};

/** A count of any length (here 1e308, 309 digits) wraps within the component, never widening the page. */
export const HugeCount: Story = {
  args: { job: storyJob({ JobStatus: 'PROCESSING', TotalProcessed: 1e308 }) },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.pij-progress') as HTMLElement;
    await expect(root.scrollWidth).toBeLessThanOrEqual(360);
  },
};

export const Partial: Story = {
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('progressbar', { name: 'Import progress' });
    await expect(bar).toHaveAttribute('aria-valuenow', '4');
    await expect(bar).toHaveAttribute('data-state', 'loading');
  },
};

export const WithFailedPieces: Story = {
  args: {
    job: storyJob({
      JobStatus: 'FAILING',
      TotalPieces: 10,
      CompletedPieces: 5,
      FailedPieces: 3,
      TotalProcessed: 8_000,
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('3 failed')).toBeInTheDocument();
  },
};

export const Indeterminate: Story = {
  args: {
    job: storyJob({ JobStatus: 'INITIALIZING', TotalPieces: undefined, CompletedPieces: undefined }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('progressbar')).toHaveAttribute(
      'data-state',
      'indeterminate',
    );
  },
};

export const Complete: Story = {
  args: { job: storyJob() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('progressbar')).toHaveAttribute('data-state', 'complete');
  },
};

export const CountsDisagree: Story = {
  args: {
    job: storyJob({ JobStatus: 'COMPLETING', TotalPieces: 3, CompletedPieces: 5, FailedPieces: 1 }),
  },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuenow', '3');
    await expect(
      within(canvasElement).getByText('Counts reported by the service disagree'),
    ).toBeInTheDocument();
  },
};
