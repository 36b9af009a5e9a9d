import { useMemo } from 'react';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { cellMemory, cellText, type ImportJobColumn } from './columns.js';

/**
 * The estimated width of a text, in widths of "0" (the CSS `ch`), in the sans-serif fonts of user interfaces
 * (Helvetica, Arial, San Francisco, Segoe UI, Roboto): a character is about as wide as a digit (so dates and counts
 * are exact), capitals and a few letters wider, punctuation, spaces (Intl's U+202F before AM too) and a few letters
 * narrower, wide scripts (CJK, Hangul, full-width forms) twice as wide.
 */
export const textWidth = (text: string): number =>
  text.length +
  0.35 * (text.match(/[A-Z%@mw]/g)?.length ?? 0) -
  0.42 * (text.match(/[\s.,:;/'|!()\-ijlrtfI\u2000-\u206f]/g)?.length ?? 0) +
  0.9 * (text.match(/[\u2e80-\uffdc]/g)?.length ?? 0);

/** The widest a fit column gets, in `ch`: longer values (garbage from a proxy) are cut like a fill column's. */
const MAX_FIT = 28;
/** A cell's padding on both sides, as the stylesheet has it (narrower in a narrow region). */
const PADDING = '2 * var(--pij-table-cell-padding-inline)';

/** The widths of the visible columns of a table, as CSS lengths (`undefined` for fill columns), and its minimum. */
export interface ColumnLayout {
  widths: ReadonlyArray<string | undefined>;
  minInlineSize: string;
}

/**
 * Sizes the columns of a `table-layout: fixed` table from their content, without reading any layout: each fit
 * column as wide as its widest text (remembered per job, so a poll measures only the jobs it changed) and its
 * header's longest word (headers wrap between words; the sorted one has its icon too), each fixed column its width,
 * and the fill columns sharing what is left. Below the table's minimum, its region scrolls.
 *
 * @param rows - The jobs shown.
 * @param columns - The visible columns, in order.
 * @param i18n - Messages and formatters: the texts measured.
 * @param sortedId - The column sorted by, whose header shows the sort icon.
 */
export function useColumnLayout(
  rows: readonly ImportJob[],
  columns: readonly ImportJobColumn[],
  i18n: ImportJobsI18n,
  sortedId: string | undefined,
): ColumnLayout {
  return useMemo(() => {
    // A header's longest word, in bold (headers wrap between words).
    const words = (header: keyof ImportJobsI18n['messages']['columns']) =>
      Math.max(...i18n.messages.columns[header].split(/\s+/).map(textWidth)) * 1.1;
    // Fill columns share the room equally, so each needs the largest minimum; the expander column comes first.
    const fills = columns.filter((column) => column.fill);
    const fill = `max(${Math.max(0, ...fills.map((column) => column.fill ?? 0))}em, ${Math.max(0, ...fills.map((column) => words(column.header))).toFixed(1)}ch) + ${PADDING}`;
    const sum = ['1.875rem'];
    const widths = columns.map((column) => {
      const { id, header, fixed, extra = 0 } = column;
      let width: string | undefined;
      if (fixed) width = `${fixed}em + ${PADDING}`;
      else if (column.text) {
        let widest = 0;
        for (const job of rows) {
          const { width } = cellMemory(job, i18n);
          width[id] ??= textWidth(cellText(column, job, i18n) ?? '–');
          widest = Math.max(widest, width[id]);
        }
        width = `max(${Math.min(widest, MAX_FIT).toFixed(1)}ch + ${extra}em, ${words(header).toFixed(1)}ch${id === sortedId ? ' + 0.875rem' : ''}) + ${PADDING}`;
      }
      sum.push(width ?? fill);
      return width && `calc(${width})`;
    });
    return { widths, minInlineSize: `calc(${sum.join(' + ')})` };
  }, [rows, columns, i18n, sortedId]);
}
