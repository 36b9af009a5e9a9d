import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { JOB_STATUSES, JobStatusBadge } from '../../src/index.js';
import { contrast, luminance } from '../theming/contrast.js';

const meta = {
  title: 'Components/JobStatusBadge',
  component: JobStatusBadge,
  args: { status: 'PROCESSING' },
} satisfies Meta<typeof JobStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The badge as most pages show it: a label and an icon shape of its tone, so status is never told by colour alone. */
export const Processing: Story = {
  play: async ({ canvasElement }) => {
    const badge = within(canvasElement).getByText('Processing');
    await expect(badge).toHaveAttribute('data-status', 'PROCESSING');
    await expect(badge).toHaveAttribute('data-tone', 'progress');
    await expect(badge.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    // Read as its label alone: the icon adds no text.
    await expect(badge).toHaveTextContent(/^Processing$/);
    // One line, one pill: the label never wraps at its natural width.
    await expect(badge.getBoundingClientRect().height).toBeLessThan(
      2 * Number.parseFloat(getComputedStyle(badge).fontSize),
    );
  },
};

export const Unknown: Story = {
  args: { status: 'ARCHIVED_ON_MARS' },
  play: async ({ canvasElement }) => {
    const badge = within(canvasElement).getByText('ARCHIVED_ON_MARS');
    await expect(badge).toHaveAttribute('data-tone', 'neutral');
  },
};

/** A status of any length wraps within its container (here 240 px), never widening the page. */
export const LongUnknownStatus: Story = {
  args: { status: `WEIRD_${'Z'.repeat(300)}` },
  decorators: [(Story) => <div style={{ inlineSize: 240 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const badge = within(canvasElement).getByText(/^WEIRD_/);
    await expect(badge.getBoundingClientRect().width).toBeLessThanOrEqual(240);
  },
};

export const AllStatuses: Story = {
  render: () => (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', padding: 0 }}>
      {[...JOB_STATUSES, 'SOMETHING_NEW'].map((status) => (
        <li key={status}>
          <JobStatusBadge status={status} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(JOB_STATUSES.length + 1);
    await expect(canvas.getByText('Preparing')).toHaveAttribute('data-tone', 'info');
    await expect(canvas.getByText('Failed')).toHaveAttribute('data-tone', 'danger');
  },
};

export const Dark: Story = {
  render: () => (
    <div
      data-theme="dark"
      style={{ background: '#16191e', padding: 12, display: 'flex', gap: 8, flexWrap: 'wrap' }}
    >
      {JOB_STATUSES.map((status) => (
        <JobStatusBadge key={status} status={status} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const badges = [...canvasElement.querySelectorAll<HTMLElement>('[data-status]')];
    await expect(badges).toHaveLength(JOB_STATUSES.length);
    for (const badge of badges) {
      const { color, backgroundColor } = getComputedStyle(badge);
      // The dark tokens apply: light text on a dark fill, readable (WCAG AA).
      await expect(luminance(backgroundColor)).toBeLessThan(0.1);
      await expect(contrast(color, backgroundColor)).toBeGreaterThanOrEqual(4.5);
    }
    // Each tone keeps a fill of its own in the dark.
    const fills = new Map(
      badges.map((badge) => [badge.dataset.tone, getComputedStyle(badge).backgroundColor]),
    );
    await expect(new Set(fills.values()).size).toBe(fills.size);
  },
};
