import { useEffect, useRef } from 'react';

/**
 * A ref for the table's scrolling region that marks it `data-scrolls` while its content is wider than it, so the
 * stylesheet makes the first columns sticky only then. Internal.
 */
export function useScrollFlag() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = ref.current as HTMLDivElement;
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() =>
      region.toggleAttribute('data-scrolls', region.scrollWidth > region.clientWidth),
    );
    observer.observe(region);
    observer.observe(region.firstElementChild as Element);
    return () => observer.disconnect();
  }, []);
  return ref;
}
