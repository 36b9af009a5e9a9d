import { useCallback, useEffect, useRef, useState } from 'react';

/** What the last copy did: nothing yet, copied, or failed (no clipboard, or permission denied). */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/** How long the result of a copy stays announced, in milliseconds. */
const RESET_MS = 4000;

function copyWithSelection(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * Copies text with `navigator.clipboard`, falling back to a selection copy, and reports the result so it can be
 * shown and announced. Internal.
 */
export function useCopyToClipboard(): [CopyStatus, (text: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const copy = useCallback(async (text: string) => {
    let ok = false;
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard && typeof clipboard.writeText === 'function') {
      try {
        await clipboard.writeText(text);
        ok = true;
      } catch {
        ok = copyWithSelection(text);
      }
    } else {
      ok = copyWithSelection(text);
    }
    if (!mounted.current) return;
    setStatus(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (mounted.current) setStatus('idle');
    }, RESET_MS);
  }, []);

  return [status, copy];
}
