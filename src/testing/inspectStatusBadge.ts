import type { Inspection } from './inspectTable.js';

/** What {@link inspectStatusBadge} can read, and what each read gives. */
export interface StatusBadgeReads {
  /** The wire `JobStatus`: the badge's `data-status`, or its table row's; `null` when there is none. */
  status: string | null;
  /** The label the badge shows (`Completed`). */
  label: string;
  /** The tone (`success`, `danger`, …): its `data-tone`. */
  tone: string;
  /** The badge element. */
  root: HTMLElement;
}

/**
 * Finds the one status badge at `element` (the badge itself, or the one inside it: a `JobStatusBadge`, or a
 * status cell of the table) and reads it. A badge is an element with a `data-tone` and no role of its own.
 * Self-contained, as Playwright runs it in the page.
 *
 * @param element - The badge, or an element holding one.
 * @param read - What to read.
 */
export function inspectStatusBadge(element: Element, read: keyof StatusBadgeReads): Inspection<unknown> {
  const selector = '[data-tone]:not([role])';
  const badges = element.matches(selector) ? [element] : [...element.querySelectorAll(selector)];
  if (badges.length !== 1) {
    const where = `<${element.tagName.toLowerCase()}>`;
    return {
      ok: false,
      message:
        badges.length === 0
          ? `No status badge (an element with data-tone) in ${where}.`
          : `${badges.length} status badges in ${where}: wrap the element of one.`,
    };
  }
  const badge = badges[0] as HTMLElement;
  const ok = (value: unknown): Inspection<unknown> => ({ ok: true, value });
  switch (read) {
    case 'root':
      return ok(badge);
    case 'status':
      // A badge in a table cell leaves its status to its row.
      return ok(
        badge.getAttribute('data-status') ??
          badge.closest('tr[data-status]')?.getAttribute('data-status') ??
          null,
      );
    case 'label':
      return ok((badge.textContent ?? '').replace(/\s+/g, ' ').trim());
    case 'tone':
      return ok(badge.getAttribute('data-tone') ?? '');
    default:
      return { ok: false, message: `Unknown read "${String(read)}".` };
  }
}
