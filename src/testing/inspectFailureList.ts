import type { Inspection } from './inspectTable.js';

/** What {@link inspectFailureList} can read, and what each read gives. */
export interface FailureListReads {
  /** The failure strings shown, in order (those the filter leaves). */
  failures: string[];
  /** The summary that names the list: `3 failures`, `Showing 100 of 2,345 failures`, `No failures`. */
  summary: string;
  isEmpty: boolean;
  isTruncated: boolean;
  /** Whether the list offers a filter. */
  filterable: boolean;
  /** The list's root: the group named by its summary. */
  root: HTMLElement;
  /** The filter input (role `searchbox`). */
  filterInput: HTMLInputElement;
}

/**
 * Finds the one failure list in `container` (the element itself or inside it) and reads it: a `group` named by
 * its summary, whose list is named by the same summary, or that says `data-empty` or `data-truncated`.
 * Self-contained, as Playwright runs it in the page.
 *
 * @param container - Where to look.
 * @param read - What to read.
 */
export function inspectFailureList(container: Element, read: keyof FailureListReads): Inspection<unknown> {
  const text = (node: Node | null | undefined): string =>
    (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const groups = [container, ...container.querySelectorAll('[role="group"]')].filter((element) => {
    if (element.getAttribute('role') !== 'group') return false;
    const label = element.getAttribute('aria-labelledby');
    return (
      element.hasAttribute('data-empty') ||
      element.hasAttribute('data-truncated') ||
      (label !== null &&
        [...element.querySelectorAll('ol, ul')].some(
          (list) => list.getAttribute('aria-labelledby') === label,
        ))
    );
  });
  const where = `<${container.tagName.toLowerCase()}>`;
  if (groups.length !== 1) {
    return {
      ok: false,
      message:
        groups.length === 0
          ? `No failure list (a group named by its summary) in ${where}.`
          : `${groups.length} failure lists in ${where}: wrap the element of one.`,
    };
  }
  const root = groups[0] as HTMLElement;
  const labelId = root.getAttribute('aria-labelledby');
  const summary = labelId ? text(root.ownerDocument.getElementById(labelId)) : '';
  const input = root.querySelector('input[type="search"], [role="searchbox"]');
  const list = [...root.querySelectorAll('ol, ul')].find(
    (element) => element.getAttribute('aria-labelledby') === labelId,
  );
  const ok = (value: unknown): Inspection<unknown> => ({ ok: true, value });
  switch (read) {
    case 'root':
      return ok(root);
    case 'failures':
      return ok(list ? [...list.querySelectorAll(':scope > li')].map((item) => item.textContent ?? '') : []);
    case 'summary':
      return ok(summary);
    case 'isEmpty':
      return ok(root.hasAttribute('data-empty'));
    case 'isTruncated':
      return ok(root.hasAttribute('data-truncated'));
    case 'filterable':
      return ok(input !== null);
    case 'filterInput':
      return input
        ? ok(input)
        : { ok: false, message: `The failure list "${summary}" has no filter: it shows too few failures.` };
    default:
      return { ok: false, message: `Unknown read "${String(read)}".` };
  }
}
