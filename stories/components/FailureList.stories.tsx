import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FailureList } from '../../src/index.js';
import { failures, HOSTILE } from '../table/data.js';

const meta = {
  title: 'Components/FailureList',
  component: FailureList,
  args: { failures: failures(3) },
  decorators: [(Story) => <div style={{ maxInlineSize: 640 }}>{Story()}</div>],
} satisfies Meta<typeof FailureList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  args: { failures: [], totalFailures: 0 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No failures')).toBeInTheDocument();
  },
};

export const AFew: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy all' }));
    await expect(await canvas.findByText(/^(Copied|Could not copy)/)).toBeInTheDocument();
  },
};

export const HundredOfMany: Story = {
  args: { failures: failures(100), totalFailures: 2345, jobId: 'job-0003' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Showing 100 of 2,345 failures')).toBeInTheDocument();
    // Each failure names its own line of the file: filtering by one line's number leaves that failure alone.
    const line = /^Line \d+:/.exec(failures(100)[41] ?? '')?.[0] ?? '';
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Filter failures' }), line);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(1);
  },
};

export const HostileStrings: Story = {
  args: { failures: HOSTILE },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, script, svg[onload]')).toBeNull();
    await expect(within(canvasElement).getByText(HOSTILE[0] as string)).toBeInTheDocument();
  },
};
