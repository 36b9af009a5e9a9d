import { type FailureListReads, inspectFailureList } from '../inspectFailureList.js';
import { assertElement } from './findElements.js';
import { changeValue, waitUntil } from './interact.js';

/**
 * One rendered `FailureList` (alone, or in a row's details), read through its role, its name and its `data-*`
 * states. Queries are synchronous; `filter` settles once the list shows its result.
 */
export interface FailureListWrapper {
  /** The list's root: the group named by its summary. */
  element(): HTMLElement;
  /** The failure strings shown, in order: all of them, or those the filter leaves. */
  failures(): string[];
  /** The summary that names the list: `3 failures`, `Showing 100 of 2,345 failures` or `No failures`. */
  summary(): string;
  /** Whether the job has no failures (`data-empty`). */
  isEmpty(): boolean;
  /** Whether the service sent fewer failures than `TotalFailures` (`data-truncated`). */
  isTruncated(): boolean;
  /**
   * Types into the filter (shown from 11 failures); settles once every failure shown contains `query`.
   *
   * @param query - The text to filter by; `''` shows all again.
   */
  filter(query: string): Promise<void>;
}

const HELPER = 'failureList';

/**
 * Wraps the failure list in `container`, for tests in a DOM. It is looked up again by every query.
 *
 * @example
 * ```tsx
 * await table.row('job-1').expand();
 * const failures = failureList(table.row('job-1').details()!);
 * expect(failures.summary()).toBe('Showing 100 of 2,345 failures');
 * ```
 *
 * @param container - The list, or an element holding exactly one.
 * @param options - How long `filter` waits, in milliseconds (default: Testing Library's `asyncUtilTimeout`).
 */
export function failureList(
  container: Element,
  options: { timeout?: number | undefined } = {},
): FailureListWrapper {
  assertElement(HELPER, container);
  const get = <K extends keyof FailureListReads>(read: K): FailureListReads[K] => {
    const result = inspectFailureList(container, read);
    if (!result.ok) throw new Error(`${HELPER}: ${result.message}`);
    return result.value as FailureListReads[K];
  };
  return {
    element: () => get('root'),
    failures: () => get('failures'),
    summary: () => get('summary'),
    isEmpty: () => get('isEmpty'),
    isTruncated: () => get('isTruncated'),
    async filter(query) {
      await changeValue(get('filterInput'), query);
      const wanted = query.trim().toLowerCase();
      await waitUntil(
        () => get('failures').every((failure) => failure.toLowerCase().includes(wanted)),
        () => `${HELPER}: the failures shown do not all contain "${query}" after filtering.`,
        options.timeout,
      );
    },
  };
}
