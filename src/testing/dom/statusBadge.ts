import { inspectStatusBadge, type StatusBadgeReads } from '../inspectStatusBadge.js';
import { assertElement } from './findElements.js';

/** One status badge (`JobStatusBadge`, or a status cell of the table), read through its `data-*` states. */
export interface StatusBadgeWrapper {
  /** The badge element. */
  element(): HTMLElement;
  /** The wire `JobStatus` (`data-status`, or its table row's), or `null` when the status is not a string. */
  status(): string | null;
  /** The label the badge shows: `Completed`, `Processing`, or an unknown status as it came. */
  label(): string;
  /** The tone: `neutral`, `info`, `progress`, `success`, `warning` or `danger` (`data-tone`). */
  tone(): string;
}

const HELPER = 'statusBadge';

/**
 * Wraps a status badge, for tests in a DOM. It is looked up again by every query.
 *
 * @example
 * ```tsx
 * const { container } = render(<JobStatusBadge status="FAILED" />);
 * expect(statusBadge(container).tone()).toBe('danger');
 * ```
 *
 * @param element - The badge, or an element holding exactly one (a table cell, a render container).
 */
export function statusBadge(element: Element): StatusBadgeWrapper {
  assertElement(HELPER, element);
  const get = <K extends keyof StatusBadgeReads>(read: K): StatusBadgeReads[K] => {
    const result = inspectStatusBadge(element, read);
    if (!result.ok) throw new Error(`${HELPER}: ${result.message}`);
    return result.value as StatusBadgeReads[K];
  };
  return {
    element: () => get('root'),
    status: () => get('status'),
    label: () => get('label'),
    tone: () => get('tone'),
  };
}
