import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { JOB_STATUSES, JobStatusBadge } from '../../src/index.js';

const meta = {
  title: 'Components/JobStatusBadge',
  component: JobStatusBadge,
  args: { status: 'PROCESSING' },
} satisfies Meta<typeof JobStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Processing: Story = {};

export const AllStatuses: Story = {
  render: () => (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', padding: 0 }}>
      {JOB_STATUSES.map((status) => (
        <li key={status}>
          <JobStatusBadge status={status} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(JOB_STATUSES.length);
    await expect(canvas.getByText('Preparing')).toHaveAttribute('data-tone', 'info');
  },
};
