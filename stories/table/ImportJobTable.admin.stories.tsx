import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ImportJobsI18nProvider, ImportJobTable } from '../../src/index.js';
import { germanMessages } from '../theming/messages.de.js';
import { exceptionError, jobs } from './data.js';
import {
  ADMIN_VIEWPORTS,
  expectAdminGeometry,
  hoverAsUser,
  inAdminContainer,
  pressKeys,
} from './geometry.js';

const meta = {
  title: 'Components/ImportJobTable',
  component: ImportJobTable,
  args: { jobs, onRetry: fn() },
  parameters: {
    viewport: { options: ADMIN_VIEWPORTS },
    // axe checks the WCAG 2.2 target size of the icon buttons too.
    a11y: { options: { rules: { 'target-size': { enabled: true } } } },
  },
  globals: { viewport: { value: 'admin960', isRotated: false } },
  decorators: [inAdminContainer],
} satisfies Meta<typeof ImportJobTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default columns in a 960 px container: no sideways scroll, one line per row, nothing that counts cut. */
export const At960: Story = {
  name: '960 px',
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
    // The copy button shows over the end of the source cell on hover, and adds no line to the row.
    const copy = canvasElement.querySelector<HTMLElement>('tbody .pij-cell-copy') as HTMLElement;
    const row = copy.closest('tr') as HTMLElement;
    const height = row.getBoundingClientRect().height;
    await expect(copy).not.toBeVisible();
    if (!(await hoverAsUser(row))) return;
    await waitFor(() => expect(copy).toBeVisible());
    await expect(copy).toHaveAccessibleName(/^Copy source s3:\/\//);
    await expect(row.getBoundingClientRect().height).toBe(height);
    const cell = copy.closest('td') as HTMLElement;
    const [box, button] = [cell.getBoundingClientRect(), copy.getBoundingClientRect()];
    await expect(button.top >= box.top && button.bottom <= box.bottom && button.right <= box.right).toBe(
      true,
    );
  },
};

/** A 1,280 px container. */
export const At1280: Story = {
  name: '1,280 px',
  parameters: { containerWidth: 1280 },
  globals: { viewport: { value: 'admin1280', isRotated: false } },
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
  },
};

/** Right to left. */
export const RightToLeft: Story = {
  name: 'RTL',
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
  },
};

/** German messages and formats, as in the `de-DE` locale story of the theming stories. */
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
  },
};

/** The `de-DE` locale with the default (English) messages: German numbers, dates and durations. */
export const GermanFormats: Story = {
  name: 'de-DE formats, English messages',
  args: { locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
  },
};

/** Dark. */
export const Dark: Story = {
  decorators: [
    (Story) => (
      <div
        data-theme="dark"
        style={{ background: 'var(--pij-color-surface)', color: 'var(--pij-color-text)' }}
      >
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
  },
};

/**
 * Preferences from the keyboard: Enter opens the dialog in the top layer (a native popover) with focus in it,
 * Space turns on compact rows (2rem at most), Escape closes it and gives focus back to the button.
 */
export const PreferencesFromTheKeyboard: Story = {
  name: 'Preferences, from the keyboard',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Preferences' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await canvas.findByRole('dialog', { name: 'Preferences' });
    await expect(dialog.matches(':popover-open')).toBe(true);
    await waitFor(() =>
      expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement),
    );
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: 'Compact rows' })).toBeChecked();
    await expectAdminGeometry(canvasElement, { maxRowHeight: 32 });
    // A real Escape, where the story runs as a test: the popover closes itself; else the table's own handler does.
    if (!(await pressKeys('{Escape}'))) await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
  },
};

/** The first load failed: an alert box with the request ID to copy and Try again; the headers do not sort. */
export const ErrorAlert: Story = {
  name: 'Error (alert box)',
  args: { jobs: [], error: exceptionError('ForbiddenException') },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('3f0c1e2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b');
    await expect(within(alert).getByRole('button', { name: 'Copy request ID' })).toBeVisible();
    // An icon, drawn by the stylesheet.
    await expect(getComputedStyle(alert, '::before').maskImage).toMatch(/^url\(/);
    const head = canvasElement.querySelector('thead') as HTMLElement;
    await expect(within(head).queryAllByRole('button')).toEqual([]);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalled();
    const region = canvasElement.querySelector('table')?.parentElement as HTMLElement;
    await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
  },
};
