import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, within } from 'storybook/test';
import { ImportJobsI18nProvider, ImportJobTable } from '../../src/index.js';
import { exceptionError, jobs } from '../table/data.js';
import { backgroundBehind, contrast, luminance } from './contrast.js';
import { germanMessages } from './messages.de.js';

const meta = {
  title: 'Docs/Theming',
  component: ImportJobTable,
  // Its docs page is stories/docs/Theming.mdx; the table's props table is on Components/ImportJobTable.
  tags: ['!autodocs'],
  args: { jobs, defaultExpandedJobIds: ['job-failed'] },
} satisfies Meta<typeof ImportJobTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The built-in dark theme: `data-theme="dark"` (or class `dark`) on any ancestor switches every token. */
export const Dark: Story = {
  decorators: [
    (Story) => (
      <div
        data-theme="dark"
        style={{ background: 'var(--pij-color-surface)', color: 'var(--pij-color-text)', padding: '1rem' }}
      >
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.pij-table');
    if (!root) throw new Error('no table');
    await expect(getComputedStyle(root).colorScheme).toBe('dark');
    await expect(getComputedStyle(root).color).toBe('rgb(230, 233, 238)');
  },
};

/** The same table, stale, in the dark theme: the warning banner keeps its contrast. */
export const DarkStale: Story = {
  args: { stale: true, error: exceptionError('InternalServerErrorException'), defaultExpandedJobIds: [] },
  decorators: Dark.decorators,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByText('The last refresh failed: these jobs may be out of date.');
    // Announced: the banner arrives in a live region.
    await expect(title.closest('[role="status"]')).not.toBeNull();
    // The rows stay under the banner.
    await expect(canvas.getAllByRole('row').length).toBeGreaterThan(jobs.length);
    // Light text on the banner's dark fill, readable (WCAG AA).
    const { color } = getComputedStyle(title);
    const fill = backgroundBehind(title);
    await expect(luminance(fill)).toBeLessThan(luminance(color));
    await expect(contrast(color, fill)).toBeGreaterThanOrEqual(4.5);
  },
};

/**
 * A host theme that sets only `--pij-*` custom properties, on a wrapper of its own: no selector of the library is
 * targeted, so it keeps working across versions.
 */
const hostTheme = {
  '--pij-font-family': 'Georgia, "Times New Roman", serif',
  '--pij-font-size-m': '0.9375rem',
  '--pij-radius-pill': '0.25rem',
  '--pij-radius-m': '0',
  '--pij-color-text': '#1b1537',
  '--pij-color-text-muted': '#4a4566',
  '--pij-color-border': '#8c7fd0',
  '--pij-color-surface': '#fbfaff',
  '--pij-color-surface-sunken': '#f0edff',
  '--pij-color-focus': '#5b2dc9',
  '--pij-color-accent': '#5b2dc9',
  '--pij-color-link': '#4a1fb0',
  '--pij-color-success-bg': '#dff5e8',
  '--pij-color-success-fg': '#0d5a2c',
  '--pij-color-danger-bg': '#ffe3ea',
  '--pij-color-danger-fg': '#8c0d2b',
  '--pij-color-progress-completed': '#5b2dc9',
} as CSSProperties;

export const HostTheme: Story = {
  name: 'Host theme (tokens only)',
  decorators: [
    (Story) => (
      <div style={{ ...hostTheme, background: 'var(--pij-color-surface)', padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.pij-table');
    const badge = canvasElement.querySelector('.pij-status-badge');
    if (!root || !badge) throw new Error('no table or badge');
    await expect(getComputedStyle(root).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(root).color).toBe('rgb(27, 21, 55)');
    await expect(getComputedStyle(badge).borderTopLeftRadius).toBe('4px');
  },
};

/**
 * Without `pinpoint-import-jobs/styles.css`: the markup alone (this story switches the stylesheet off). Tables,
 * buttons, headings and lists stay usable with the browser's defaults or the host's own CSS.
 */
export const Unstyled: Story = {
  beforeEach: () => {
    const sheets = [...document.styleSheets].filter((sheet) => {
      try {
        return [...sheet.cssRules].some(
          (rule) => rule instanceof CSSLayerBlockRule && rule.name === 'pinpoint-import-jobs',
        );
      } catch {
        return false;
      }
    });
    for (const sheet of sheets) sheet.disabled = true;
    return () => {
      for (const sheet of sheets) sheet.disabled = false;
    };
  },
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('.pij-status-badge');
    if (!badge) throw new Error('no badge');
    await expect(getComputedStyle(badge).display).toBe('inline');
    await expect(within(canvasElement).getByRole('table', { name: 'Import jobs' })).toBeVisible();
  },
};

/** Right to left: logical properties mirror the layout; the first column sits on the right. */
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
    const headers = within(canvasElement).getAllByRole('columnheader');
    const first = headers[0]?.getBoundingClientRect();
    const second = headers[1]?.getBoundingClientRect();
    if (!first || !second) throw new Error('no headers');
    await expect(first.left).toBeGreaterThan(second.left);
  },
};

/** Every string in German ({@link germanMessages}); numbers and dates follow `de-DE` through `Intl`. */
export const GermanLocale: Story = {
  name: 'de-DE locale',
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
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table', { name: 'Importaufträge' })).toBeVisible();
    await expect(canvas.getByText('100 von 2.345 Fehlern werden angezeigt')).toBeVisible();
    await expect(canvas.getAllByText('Fehlgeschlagen').length).toBeGreaterThan(0);
    // Percentages, counts and dates in German: "38 %", "7.500", "02.06.25, 07:42".
    await expect(canvas.getByText('38 %')).toBeVisible();
    await expect(canvas.getByText('7.500')).toBeVisible();
    await expect(canvas.getAllByText(/^\d\d\.\d\d\.\d\d, \d\d:\d\d$/).length).toBeGreaterThan(0);
    await expect(canvas.getByRole('button', { name: 'Alle kopieren' })).toBeVisible();
    await expect(canvas.getByText('Importdefinition')).toBeVisible();
    await expect(canvas.queryByText(/ pieces$|^[\d.,]+ failed$|^Copy( all)?$|^Definition$/)).toBeNull();
  },
};

/**
 * The Storybook toolbar's Theme, Direction and Locale menus set the same things on any story; the `de-DE` locale
 * brings the German messages too.
 */
export const FromTheToolbar: Story = {
  name: 'Dark, RTL and de-DE from the toolbar',
  globals: { theme: 'dark', dir: 'rtl', locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    const wrapper = canvasElement.querySelector('[data-theme="dark"]');
    await expect(wrapper).toHaveAttribute('dir', 'rtl');
    await expect(wrapper).toHaveAttribute('lang', 'de-DE');
    await expect(within(canvasElement).getByText('100 von 2.345 Fehlern werden angezeigt')).toBeVisible();
  },
};
