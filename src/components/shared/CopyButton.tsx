import type { ImportJobsMessages } from '../../i18n/messages.js';
import { cx } from './cx.js';
import { useCopyToClipboard } from './useCopyToClipboard.js';

/** Props of the internal {@link CopyButton}. */
export interface CopyButtonProps {
  /** The text to copy. */
  text: string;
  /** The button's visible text. */
  children: string;
  /** The button's accessible name, when it differs from its text. */
  label?: string;
  /** The messages that announce the result. */
  messages: Pick<ImportJobsMessages, 'copied' | 'copyFailed'>;
  /** The class of the button. */
  className?: string;
}

/** A button that copies `text` and announces the result in a polite live region next to it. Internal. */
export function CopyButton({ text, children, label, messages, className }: CopyButtonProps) {
  const [status, copy] = useCopyToClipboard();
  return (
    <span className="pij-copy" data-copy-status={status}>
      <button
        type="button"
        className={cx('pij-button', 'pij-button--small', className)}
        aria-label={label}
        onClick={() => void copy(text)}
      >
        {children}
      </button>
      <span role="status" className="pij-copy__status">
        {status === 'copied' ? messages.copied : status === 'failed' ? messages.copyFailed : ''}
      </span>
    </span>
  );
}
