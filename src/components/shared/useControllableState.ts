import { useCallback, useRef, useState } from 'react';

/**
 * A value a host may control (`value` given) or leave to the component (`defaultValue` first). The setter is stable
 * and tells `onChange` of every change, controlled or not. Internal.
 *
 * @param value - The controlled value; `undefined` leaves the value to the component.
 * @param defaultValue - The component's first value while uncontrolled.
 * @param onChange - Told of each next value.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T | (() => T),
  onChange: ((next: T) => void) | undefined,
): [T, (update: T | ((previous: T) => T)) => void] {
  const [own, setOwn] = useState(defaultValue);
  const current = value === undefined ? own : value;
  const latest = useRef({ current, controlled: value !== undefined, onChange });
  latest.current = { current, controlled: value !== undefined, onChange };
  const set = useCallback((update: T | ((previous: T) => T)) => {
    const state = latest.current;
    const next = typeof update === 'function' ? (update as (previous: T) => T)(state.current) : update;
    if (Object.is(next, state.current)) return;
    // Two changes before the next render build on each other.
    state.current = next;
    if (!state.controlled) setOwn(() => next);
    state.onChange?.(next);
  }, []);
  return [current, set];
}
