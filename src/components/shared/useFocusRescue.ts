import { type FocusEvent, useEffect, useRef } from 'react';

/** What {@link useFocusRescue} returns: focus handlers for the root of the part it looks after. */
export interface FocusRescue {
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * Keeps keyboard focus from falling to the page when a render removes or disables the element inside a part that
 * had it (a retry button gone with its banner, a pagination button disabled on the last page): focus moves to what
 * `fallback` gives for the lost element. Focus the user moved elsewhere is left alone. Internal.
 *
 * @param fallback - Where focus goes instead, given the element that lost it.
 */
export function useFocusRescue(fallback: (lost: HTMLElement) => HTMLElement | null): FocusRescue {
  const last = useRef<HTMLElement | null>(null);
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useEffect(() => {
    const lost = last.current;
    if (lost === null || (lost.isConnected && !(lost as HTMLButtonElement).disabled)) return;
    last.current = null;
    const { activeElement, body } = lost.ownerDocument;
    // The browser drops focus from a disabled or removed element to the body; jsdom leaves it on the element.
    if (activeElement !== null && activeElement !== body && activeElement !== lost) return;
    fallbackRef.current(lost)?.focus({ preventScroll: true });
  });
  const handlers = useRef<FocusRescue>({
    onFocus: (event) => {
      last.current = event.target;
    },
    onBlur: (event) => {
      const next = event.relatedTarget;
      // Focus that went somewhere else on purpose; a blur with nowhere to go may be the element disappearing.
      if (next instanceof Node && !event.currentTarget.contains(next)) last.current = null;
    },
  });
  return handlers.current;
}
