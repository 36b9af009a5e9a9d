import type { VisibilityEvent, VisibilityProvider } from './types.js';

/**
 * The default {@link VisibilityProvider}: `document.visibilityState` and the `visibilitychange`, window `focus` and
 * `online` events. Without a DOM (server rendering, Node) the page counts as visible and nothing is listened to;
 * `window` and `document` are only touched when used.
 */
export function createDocumentVisibility(): VisibilityProvider {
  return {
    isVisible() {
      return typeof document === 'undefined' || document.visibilityState !== 'hidden';
    },
    subscribe(listener) {
      if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
      const onVisibilityChange = () => listener(document.visibilityState === 'hidden' ? 'hidden' : 'visible');
      const onFocus = () => listener('focus');
      const onOnline = () => listener('online');
      document.addEventListener('visibilitychange', onVisibilityChange);
      window.addEventListener('focus', onFocus);
      window.addEventListener('online', onOnline);
      return () => {
        document.removeEventListener('visibilitychange', onVisibilityChange);
        window.removeEventListener('focus', onFocus);
        window.removeEventListener('online', onOnline);
      };
    },
  };
}

/** A {@link VisibilityProvider} driven by hand, for tests and for hosts with their own notion of visibility. */
export interface ManualVisibility extends VisibilityProvider {
  /** Sets visibility and tells listeners (`'visible'` or `'hidden'`) when it changed. */
  setVisible(visible: boolean): void;
  /** Tells listeners of an event (e.g. `'focus'`, `'online'`) without changing visibility. */
  emit(event: VisibilityEvent): void;
  /** How many listeners are subscribed now. */
  readonly listenerCount: number;
}

/**
 * Creates a {@link ManualVisibility}.
 *
 * @param visible - Whether the page starts visible. Default: `true`.
 */
export function createManualVisibility(visible = true): ManualVisibility {
  let current = visible;
  const listeners = new Set<(event: VisibilityEvent) => void>();
  const emit = (event: VisibilityEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  return {
    isVisible: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    setVisible(next) {
      if (next === current) return;
      current = next;
      emit(next ? 'visible' : 'hidden');
    },
    emit,
    get listenerCount() {
      return listeners.size;
    },
  };
}
