import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ImportJobTable, PinpointError } from '../../src/index.js';
import { HOSTILE, STORY_JOBS, storyJob } from './fixtures.js';

const meta = {
  title: 'Components/ImportJobTable',
  component: ImportJobTable,
  args: { jobs: STORY_JOBS },
} satisfies Meta<typeof ImportJobTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Basic: Story = {};

export const Expanded: Story = {
  args: { defaultExpandedJobIds: ['job-0003'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Showing 100 of 2,345 failures')).toBeInTheDocument();
    const expander = canvas.getByRole('button', { name: 'Show details of job job-0002' });
    await userEvent.click(expander);
    await expect(canvas.getByRole('button', { name: 'Hide details of job job-0002' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  },
};

export const Sorted: Story = {
  args: { defaultSorting: [{ id: 'TotalProcessed', desc: true }] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const header = canvas.getByRole('columnheader', { name: 'Endpoints processed' });
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(canvas.getByRole('columnheader', { name: 'Job ID' })).getByRole('button'));
    await expect(canvas.getByRole('columnheader', { name: 'Job ID' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(header).not.toHaveAttribute('aria-sort');
  },
};

export const HiddenColumns: Story = {
  args: { defaultColumnVisibility: { Progress: false, Duration: false, RoleArn: true, ExternalId: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('columnheader', { name: 'Progress' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Preferences' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Progress' }));
    await expect(canvas.getByRole('columnheader', { name: 'Progress' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

export const CopySource: Story = {
  args: { jobs: [storyJob('job-copy')] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('link')).toBeNull();
    // The source is text in the row, with an icon button that copies it; the table announces the result.
    await userEvent.click(canvas.getByRole('button', { name: /^Copy source s3:\/\// }));
    await expect(await canvas.findByText(/^(Copied|Could not copy)/)).toHaveAttribute('role', 'status');
  },
};

export const Loading: Story = { args: { jobs: [], loading: true } };

export const Empty: Story = { args: { jobs: [] } };

export const ErrorState: Story = {
  args: {
    jobs: [],
    error: new PinpointError({ name: 'ForbiddenException', requestId: 'b7c1-42' }),
    onRetry: () => {},
  },
};

export const Stale: Story = {
  args: {
    stale: true,
    error: new PinpointError({ name: 'NetworkError' }),
    updatedAt: Date.now() - 65_000,
    onRetry: () => {},
  },
};

export const Paginated: Story = {
  args: {
    pagination: {
      pageIndex: 1,
      hasNextPage: true,
      hasPreviousPage: true,
      onNext: () => {},
      onPrevious: () => {},
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Page 2')).toBeInTheDocument();
    await expect(canvas.getByText('Sorting applies to the jobs on this page.')).toBeInTheDocument();
  },
};

export const HostileData: Story = {
  args: {
    jobs: HOSTILE.map((text, i) =>
      storyJob(`hostile-${i}`, {
        JobStatus: text,
        Definition: { S3Url: text, SegmentName: text },
        Failures: [text],
      }),
    ),
    defaultExpandedJobIds: ['hostile-0'],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, script, a')).toBeNull();
  },
};
