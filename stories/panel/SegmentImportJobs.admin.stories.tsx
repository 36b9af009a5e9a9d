import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { ImportJobsI18nProvider, SegmentImportJobs, type SegmentImportJobsFetcher } from '../../src/index.js';
import { FreshStore } from '../table/BackendTable.js';
import { APPLICATION_ID, SEGMENT_ID, wireJobs } from '../table/data.js';
import {
  ADMIN_VIEWPORTS,
  expectAdminGeometry,
  inAdminContainer,
  pressKeys,
  regionOf,
} from '../table/geometry.js';
import { germanMessages } from '../theming/messages.de.js';

/** The story page of jobs, every time: the panel shows one page, and no poll changes it. */
const fetcher: SegmentImportJobsFetcher = async () => ({ ImportJobsResponse: { Item: wireJobs } });

/** A page around the container: dark, right to left, or German. */
const pageWith =
  (attributes: { 'data-theme'?: string; dir?: string; lang?: string }, style?: CSSProperties): Decorator =>
  (Story) => (
    <div
      {...attributes}
      style={{ background: 'var(--pij-color-surface, #fff)', color: 'var(--pij-color-text)', ...style }}
    >
      <Story />
    </div>
  );

const meta = {
  title: 'Components/SegmentImportJobs',
  component: SegmentImportJobs,
  args: {
    applicationId: APPLICATION_ID,
    segmentId: SEGMENT_ID,
    fetcher,
    defaultAutoRefresh: false,
  },
  parameters: {
    viewport: { options: ADMIN_VIEWPORTS },
    // axe checks the WCAG 2.2 target size of the icon buttons too.
    a11y: { options: { rules: { 'target-size': { enabled: true } } } },
  },
  globals: { viewport: { value: 'admin960', isRotated: false } },
  decorators: [
    inAdminContainer,
    (Story) => (
      <FreshStore>
        <Story />
      </FreshStore>
    ),
  ],
} satisfies Meta<typeof SegmentImportJobs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The default panel in a 960 px container: every default column, no sideways scroll, rows of one line at most
 * 2.75rem tall, no date, count, duration or status cut, 12 characters of each ID. Its chrome is one row.
 */
export const At960: Story = {
  name: '960 px',
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
    const canvas = within(canvasElement);
    const title = canvas.getByText('Import jobs');
    const chrome = [
      title,
      canvas.getByRole('button', { name: 'Refresh' }),
      canvas.getByRole('switch', { name: 'Auto-refresh' }),
      canvas.getByText(/^Last updated/),
      canvas.getByRole('button', { name: 'Preferences' }),
    ];
    // One row: each sits within the band of the row's tallest control.
    const band = chrome.map((element) => element.getBoundingClientRect());
    const top = Math.max(...band.map((rect) => rect.top));
    const bottom = Math.min(...band.map((rect) => rect.bottom));
    await expect(top).toBeLessThan(bottom);
    await expect(canvas.getByRole('switch', { name: 'Auto-refresh' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await expect(canvas.queryByRole('navigation')).toBeNull();
  },
};

/** The same panel in a 1,280 px container: the room left goes to the source and the segment. */
export const At1280: Story = {
  name: '1,280 px',
  parameters: { containerWidth: 1280 },
  globals: { viewport: { value: 'admin1280', isRotated: false } },
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
    const source = canvasElement.querySelector('td[data-column="S3Url"]') as HTMLElement;
    await expect(source.getBoundingClientRect().width).toBeGreaterThan(180);
  },
};

/** Compact density: rows at most 2rem (32 px). */
export const Compact: Story = {
  name: 'Compact rows',
  args: { defaultPreferences: { density: 'compact' } },
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement, { maxRowHeight: 32 });
  },
};

/** Wrapped lines: long values wrap instead of being cut, still without sideways scroll. */
export const WrappedLines: Story = {
  name: 'Wrapped lines',
  args: { defaultPreferences: { wrapLines: true } },
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement, { oneLine: false });
    for (const cell of canvasElement.querySelectorAll<HTMLElement>('td[data-column="S3Url"]'))
      await expect(cell.scrollWidth).toBeLessThanOrEqual(cell.clientWidth);
    const tallest = Math.max(
      ...[...canvasElement.querySelectorAll('tbody > tr[data-job-id]')].map((row) => row.clientHeight),
    );
    await expect(tallest).toBeGreaterThan(44);
  },
};

/**
 * Every column shown: the table scrolls sideways in its own region, which is labelled, takes focus and scrolls from
 * the keyboard; the expander and the job ID stay in view, and so does the header when the region scrolls down. The
 * page never scrolls sideways.
 */
export const EveryColumn: Story = {
  name: 'Every column (scrolling region)',
  args: { defaultPreferences: { columnVisibility: {} } },
  decorators: [pageWith({}, { '--pij-table-max-block-size': '22rem' } as CSSProperties)],
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement, { fits: false });
    const region = await regionOf(canvasElement);
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expect(region).toHaveAccessibleName('Import jobs');
    await expect(region.tabIndex).toBe(0);
    region.focus();
    await expect(region).toHaveFocus();
    if (await pressKeys('{ArrowRight}{ArrowRight}{ArrowRight}'))
      await waitFor(() => expect(region.scrollLeft).toBeGreaterThan(0));
    region.scrollLeft = region.scrollWidth;
    region.scrollTop = region.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = region.getBoundingClientRect();
    const row = region.querySelector('tbody > tr[data-job-id]:last-child') as HTMLElement;
    const expander = (row.firstElementChild as HTMLElement).getBoundingClientRect();
    const id = (row.querySelector('td[data-column="Id"]') as HTMLElement).getBoundingClientRect();
    await expect(Math.abs(expander.left - box.left)).toBeLessThan(1);
    await expect(Math.abs(id.left - expander.right)).toBeLessThan(1);
    const header = (region.querySelector('th[data-column="Id"]') as HTMLElement).getBoundingClientRect();
    await expect(Math.abs(header.top - box.top)).toBeLessThan(1);
    await expect(Math.abs(header.left - expander.right)).toBeLessThan(1);
  },
};

/** Right to left: the same fit, mirrored; the first columns stick to the right. */
export const RightToLeft: Story = {
  name: 'RTL',
  decorators: [pageWith({ dir: 'rtl' })],
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
    const headers = within(canvasElement).getAllByRole('columnheader');
    const first = headers[0]?.getBoundingClientRect();
    const second = headers[1]?.getBoundingClientRect();
    await expect(first && second && first.left > second.left).toBe(true);
    // An English date keeps its own order in the RTL page: it reads "6/2/25, 7:42 AM", not "AM 7:42 ,6/2/25".
    const date = canvasElement.querySelector('td[data-column="CreationDate"]') as HTMLElement;
    const text = date.firstChild as Text;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    await expect(at(0)).toBeLessThan(at((text.textContent ?? '').length - 1));
  },
};

/** German: longer words, German numbers and dates, still one line and no sideways scroll. */
export const German: Story = {
  name: 'de-DE',
  decorators: [
    (Story) => (
      <div lang="de-DE">
        <ImportJobsI18nProvider locale="de-DE" messages={germanMessages}>
          <Story />
        </ImportJobsI18nProvider>
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Einstellungen' })).toBeVisible();
    await expect(canvas.getByText('7.500')).toBeVisible();
    await expect(canvas.getByText('38 %')).toBeVisible();
  },
};

/** The dark theme: the same geometry. */
export const Dark: Story = {
  decorators: [pageWith({ 'data-theme': 'dark' })],
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
    const table = canvasElement.querySelector('.pij-table') as HTMLElement;
    await expect(getComputedStyle(table).colorScheme).toBe('dark');
  },
};
