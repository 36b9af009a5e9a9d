import type { PointerEvent } from 'react';

/**
 * Shows a cut value in full on hover: the cell under the pointer gets its whole text as its `title` once an ellipsis
 * cuts it. One handler for the whole body, and no attribute until someone hovers. Internal.
 */
export function showFullValue(event: PointerEvent) {
  const cell = (event.target as Element).closest?.('td');
  if (!cell || cell.scrollWidth <= cell.clientWidth) return;
  const full = cell.textContent ?? '';
  if (cell.title !== full) cell.title = full;
}
