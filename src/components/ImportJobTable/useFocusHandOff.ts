import { useEffect, useRef } from 'react';
import { type FocusRescue, useFocusRescue } from '../shared/useFocusRescue.js';

/** What {@link useFocusHandOff} returns. */
export interface FocusHandOff {
  /** Focus handlers for the table's root. */
  handlers: FocusRescue;
  /** The `<table>`, where focus goes when the control that had it is gone. */
  tableRef: React.RefObject<HTMLTableElement | null>;
  /** The page number, which holds focus while the page button that had it is disabled. */
  pageLabelRef: React.RefObject<HTMLSpanElement | null>;
}

/**
 * Keeps keyboard focus in the table when a render takes its element away. A retry button gone with the error panel
 * or the stale banner hands focus to the table; a page button disabled under the keyboard (the last page, or while
 * the next one loads) hands it to the page number, which gives it back once the button is enabled again, so Enter
 * goes on paging. Internal.
 */
export function useFocusHandOff(): FocusHandOff {
  const tableRef = useRef<HTMLTableElement>(null);
  const pageLabelRef = useRef<HTMLSpanElement>(null);
  // The page button whose focus the page number holds while it is disabled.
  const focusOwner = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const owner = focusOwner.current;
    const label = pageLabelRef.current;
    if (owner === null) return;
    if (label === null || !owner.isConnected || owner.ownerDocument.activeElement !== label) {
      focusOwner.current = null;
    } else if (!(owner as HTMLButtonElement).disabled) {
      focusOwner.current = null;
      owner.focus({ preventScroll: true });
    }
  });
  const handlers = useFocusRescue((lost) => {
    if (lost.closest('nav') !== null && pageLabelRef.current !== null) {
      focusOwner.current = lost;
      return pageLabelRef.current;
    }
    const table = tableRef.current;
    if (table !== null) table.tabIndex = -1;
    return table;
  });
  return { handlers, tableRef, pageLabelRef };
}
