import { forwardRef, useId, useMemo, useState } from 'react';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { cx } from '../shared/cx.js';
import { useCopyToClipboard } from '../shared/useCopyToClipboard.js';
import { downloadText } from './downloadText.js';
import type { FailureListProps } from './interfaces.js';

const EMPTY: readonly string[] = [];

/**
 * The failure strings of an import job, rendered as text. Says when the service sent only part of them
 * ("Showing 100 of 2,345 failures"), copies them all to the clipboard, downloads them as a `.txt` file, filters
 * them when the list is long, and has an empty state.
 *
 * @example
 * ```tsx
 * <FailureList failures={job.Failures} totalFailures={job.TotalFailures} jobId={job.Id} />
 * ```
 */
export const FailureList = forwardRef<HTMLDivElement, FailureListProps>(function FailureList(
  {
    failures: failuresProp,
    totalFailures,
    jobId,
    filterThreshold = 11,
    className,
    locale,
    messages: messageOverrides,
    ...rest
  },
  ref,
) {
  const { messages, format } = useImportJobsI18n({ locale, messages: messageOverrides });
  // Strings only: a host may pass what a proxy sent, unchecked.
  const failures = useMemo(
    () =>
      !Array.isArray(failuresProp)
        ? EMPTY
        : failuresProp.every((entry) => typeof entry === 'string')
          ? failuresProp
          : failuresProp.filter((entry): entry is string => typeof entry === 'string'),
    [failuresProp],
  );
  const [filter, setFilter] = useState('');
  const [copyStatus, copy] = useCopyToClipboard();
  const [download, setDownload] = useState<'idle' | 'started' | 'unavailable'>('idle');
  const baseId = useId();
  const labelId = `${baseId}-label`;

  const shown = failures.length;
  const total =
    typeof totalFailures === 'number' && Number.isFinite(totalFailures)
      ? Math.max(totalFailures, shown)
      : shown;
  const truncated = total > shown;
  const filterable = shown >= filterThreshold;
  const query = filterable ? filter.trim().toLowerCase() : '';
  const visible = useMemo(
    () =>
      query === ''
        ? failures.map((text, index) => ({ text, index }))
        : failures
            .map((text, index) => ({ text, index }))
            .filter(({ text }) => text.toLowerCase().includes(query)),
    [failures, query],
  );

  const empty = total === 0 && shown === 0;
  const text = failures.join('\n');
  const status =
    copyStatus === 'copied'
      ? messages.copied
      : copyStatus === 'failed'
        ? messages.copyFailed
        : download === 'started'
          ? messages.downloadStarted
          : download === 'unavailable'
            ? messages.downloadUnavailable
            : '';

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would group form controls; this groups a list and actions.
    <div
      {...rest}
      ref={ref}
      role="group"
      aria-labelledby={labelId}
      className={cx('pij-failures', className)}
      data-empty={empty || undefined}
      data-truncated={truncated || undefined}
    >
      <p id={labelId} className="pij-failures__summary">
        {empty
          ? messages.failuresEmpty
          : truncated
            ? messages.failuresShown({ shown, total }, format)
            : messages.failuresCount({ count: total }, format)}
      </p>
      {shown > 0 ? (
        <>
          <div className="pij-failures__actions">
            {filterable ? (
              <label className="pij-failures__filter">
                <span className="pij-failures__filter-label">{messages.failuresFilter}</span>
                <input
                  type="search"
                  className="pij-input"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                />
              </label>
            ) : null}
            <button type="button" className="pij-button pij-button--small" onClick={() => void copy(text)}>
              {messages.failuresCopy}
            </button>
            <button
              type="button"
              className="pij-button pij-button--small"
              onClick={() =>
                setDownload(
                  downloadText(text, messages.failuresFileName({ jobId })) ? 'started' : 'unavailable',
                )
              }
            >
              {messages.failuresDownload}
            </button>
            <span role="status" className="pij-failures__status">
              {status}
            </span>
          </div>
          {query !== '' ? (
            <p role="status" className="pij-failures__filter-result">
              {visible.length === 0
                ? messages.failuresNoMatch
                : messages.failuresFilterResult({ matches: visible.length, count: shown }, format)}
            </p>
          ) : null}
          {visible.length > 0 ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable list must be reachable by keyboard.
            <ol className="pij-failures__list" aria-labelledby={labelId} tabIndex={0}>
              {visible.map(({ text: failure, index }) => (
                <li key={index} className="pij-failures__item" value={index + 1}>
                  {failure}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
    </div>
  );
});
