import { isPinpointError, PINPOINT_ERROR_NAMES, type PinpointErrorName } from '../../core/errors.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { CopyButton } from '../shared/CopyButton.js';
import { cx } from '../shared/cx.js';

/** The friendly message of a failure: by its name, `UnknownError` for anything unnamed. */
export function getErrorMessage(error: Error, i18n: ImportJobsI18n): string {
  const name = (PINPOINT_ERROR_NAMES as readonly string[]).includes(error.name)
    ? (error.name as PinpointErrorName)
    : 'UnknownError';
  return i18n.messages.errors[name];
}

/** The request ID of a failure, for support, with a button that copies it. */
function RequestId({ error, i18n }: { error: Error; i18n: ImportJobsI18n }) {
  if (!isPinpointError(error) || !error.requestId) return null;
  const { messages } = i18n;
  return (
    <p className="pij-state__request-id">
      {messages.requestId({ requestId: error.requestId })}
      <CopyButton text={error.requestId} label={messages.copyRequestId} messages={messages}>
        {messages.copy}
      </CopyButton>
    </p>
  );
}

/** Props shared by the internal state panels. */
interface PanelProps {
  i18n: ImportJobsI18n;
  className?: string | undefined;
  retryClassName?: string | undefined;
  onRetry?: (() => void) | undefined;
}

function RetryButton({ onRetry, i18n, className }: Omit<PanelProps, 'retryClassName'>) {
  if (!onRetry) return null;
  return (
    <button type="button" className={cx('pij-button', className)} onClick={onRetry}>
      {i18n.messages.retry}
    </button>
  );
}

/**
 * The error state, when the first load failed and there are no rows: an alert box with an icon (drawn by the
 * stylesheet), the friendly message, the request ID and Try again. A view may say its own `title` and `message`.
 * Internal.
 */
export function ErrorPanel({
  error,
  i18n,
  className,
  retryClassName,
  onRetry,
  title = i18n.messages.errorTitle,
  message = getErrorMessage(error, i18n),
}: PanelProps & { error: Error; title?: string | undefined; message?: string | undefined }) {
  return (
    <div
      role="alert"
      className={cx('pij-state', 'pij-state--error', className)}
      data-error={error.name}
      data-tone="danger"
    >
      <div className="pij-state__text">
        <p className="pij-state__title">{title}</p>
        <p className="pij-state__message">{message}</p>
        <RequestId error={error} i18n={i18n} />
      </div>
      <RetryButton onRetry={onRetry} i18n={i18n} className={retryClassName} />
    </div>
  );
}

/** The stale state: rows are kept, but the last refresh failed. Internal. */
export function StaleBanner({
  error,
  updatedAt,
  now,
  i18n,
  className,
  retryClassName,
  onRetry,
}: PanelProps & { error: Error | null | undefined; updatedAt: number | undefined; now: number }) {
  return (
    // The table's stale region, always there, is the live region that announces it.
    <div className={cx('pij-banner', 'pij-banner--stale', className)} data-error={error?.name}>
      <div className="pij-banner__text">
        <p className="pij-banner__title">{i18n.messages.staleTitle}</p>
        {error ? <p className="pij-banner__message">{getErrorMessage(error, i18n)}</p> : null}
        {updatedAt !== undefined ? (
          <p className="pij-banner__age">
            <time dateTime={new Date(updatedAt).toISOString()} suppressHydrationWarning>
              {i18n.messages.updatedAgo({ updatedAt, now: Math.max(now, updatedAt) }, i18n.format)}
            </time>
          </p>
        ) : null}
      </div>
      <RetryButton onRetry={onRetry} i18n={i18n} className={retryClassName} />
    </div>
  );
}

/** The empty state: no jobs and no error. Internal. */
export function EmptyState({ i18n, className }: Pick<PanelProps, 'i18n' | 'className'>) {
  return (
    <div className={cx('pij-state', 'pij-state--empty', className)}>
      <p className="pij-state__title">{i18n.messages.emptyTitle}</p>
      <p className="pij-state__message">{i18n.messages.emptyDescription}</p>
    </div>
  );
}
