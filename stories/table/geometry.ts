import type { Decorator } from '@storybook/react-vite';
import { createElement } from 'react';
import { expect, waitFor } from 'storybook/test';

/**
 * Viewports for the stories of a table on an admin page: the page a little wider than the container each story
 * puts the table in, so the page itself has room and any sideways scroll is the table's.
 */
export const ADMIN_VIEWPORTS = {
  admin960: {
    name: 'Admin page, 960 px container',
    styles: { width: '1000px', height: '900px' },
    type: 'desktop',
  },
  admin1280: {
    name: 'Admin page, 1,280 px container',
    styles: { width: '1320px', height: '900px' },
    type: 'desktop',
  },
} as const;

/** The admin page's content area: a container of the story's width (`parameters.containerWidth`, in px). */
export const inAdminContainer: Decorator = (Story, { parameters }) =>
  createElement('div', { style: { inlineSize: parameters.containerWidth ?? 960 } }, createElement(Story));

/** Columns whose values are never cut: dates, counts, durations, statuses (and the share done, and the format). */
const NEVER_CUT = [
  'JobStatus',
  'Progress',
  'TotalProcessed',
  'Failures',
  'Format',
  'CreationDate',
  'CompletionDate',
  'Duration',
  'DefineSegment',
  'RegisterEndpoints',
  'Type',
];

/** What {@link expectAdminGeometry} checks beyond the fit. */
export interface GeometryOptions {
  /** The tallest a row may be, in px at a 16 px root font: 44 comfortable, 32 compact. Default: 44. */
  maxRowHeight?: number;
  /** Whether every cell must keep to one line box (not with wrapped lines). Default: `true`. */
  oneLine?: boolean;
  /** Whether the table must fit its region (not with every column shown). Default: `true`. */
  fits?: boolean;
}

/** The table's scrolling region in a story's canvas, once its rows are there. */
export async function regionOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  await waitFor(() => expect(canvasElement.querySelector('tbody > tr[data-job-id]')).not.toBeNull(), {
    timeout: 4000,
  });
  const table = canvasElement.querySelector('table') as HTMLTableElement;
  return table.parentElement as HTMLElement;
}

/** Whether the parts of a cell's content sit on one line: every box overlaps the first one vertically. */
function lineBoxes(cell: HTMLElement): number {
  const range = cell.ownerDocument.createRange();
  range.selectNodeContents(cell);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1);
  const lines: DOMRect[] = [];
  for (const rect of rects) {
    if (!lines.some((line) => rect.top < line.bottom - 1 && rect.bottom > line.top + 1)) lines.push(rect);
  }
  return lines.length;
}

/** The width the first `count` characters of a cell's text and an ellipsis take in the cell's font. */
function prefixWidth(cell: HTMLElement, count: number): number {
  const probe = cell.ownerDocument.createElement('span');
  const style = getComputedStyle(cell);
  probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${style.font}`;
  probe.textContent = `${(cell.textContent ?? '').slice(0, count)}…`;
  cell.ownerDocument.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

/**
 * Checks the geometry of a table on an admin page, by layout: no sideways scroll in the table's region (unless
 * `fits` is false) nor in the page; at a 16 px root font every row at most `maxRowHeight` tall and every cell on
 * one line box; no date, count, duration or status cut; at least 12 characters of each job ID in view.
 */
export async function expectAdminGeometry(canvasElement: HTMLElement, options: GeometryOptions = {}) {
  const { maxRowHeight = 44, oneLine = true, fits = true } = options;
  const region = await regionOf(canvasElement);
  const page = canvasElement.ownerDocument.documentElement;
  await expect(getComputedStyle(page).fontSize).toBe('16px');
  if (fits) await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
  await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  const rows = [...region.querySelectorAll<HTMLElement>('tbody > tr[data-job-id]')];
  await expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    if (oneLine) await expect(row.getBoundingClientRect().height).toBeLessThanOrEqual(maxRowHeight);
    for (const cell of row.querySelectorAll<HTMLElement>('td[data-column]')) {
      const column = cell.dataset.column ?? '';
      if (oneLine) await expect({ column, lines: lineBoxes(cell) }).toEqual({ column, lines: 1 });
      if (NEVER_CUT.includes(column))
        await expect({ column, cut: cell.scrollWidth > cell.clientWidth }).toEqual({ column, cut: false });
      if (column === 'Id' && (cell.textContent ?? '').length > 12) {
        const style = getComputedStyle(cell);
        const room =
          cell.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        await expect(prefixWidth(cell, 12)).toBeLessThanOrEqual(room + 0.5);
      }
    }
  }
}

/**
 * Presses keys as a user would, through the browser (Vitest's `userEvent`, so a focused scroll container really
 * scrolls), when the story runs as a test; in Storybook's UI it does nothing.
 */
export async function pressKeys(keys: string): Promise<boolean> {
  const user = await browserUser();
  await user?.keyboard(keys);
  return user !== undefined;
}

/**
 * Moves the real pointer over an element (so CSS `:hover` applies) when the story runs as a test; in Storybook's UI
 * it does nothing.
 */
export async function hoverAsUser(element: Element): Promise<boolean> {
  const user = await browserUser();
  await user?.hover(element);
  return user !== undefined;
}

/** Vitest's browser `userEvent`, which acts through the real browser, when the story runs as a test. */
async function browserUser() {
  if (!(globalThis as { __vitest_browser__?: unknown }).__vitest_browser__) return undefined;
  return (await import('@vitest/browser/context')).userEvent;
}
