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
  const latest = useRef({ current, value, onChange });
  latest.current = { current, value, onChange };
  const set = useCallback((update: T | ((previous: T) => T)) => {
    const state = latest.current;
    const next = typeof update === 'function' ? (update as (previous: T) => T)(state.current) : update;
    if (state.value === undefined) setOwn(() => next);
    state.onChange?.(next);
  }, []);
  return [current, set];
}
