import type { CSSProperties, ReactNode } from 'react';
import type { ImportJob } from '../../core/types.js';
import { parseDate } from '../../format/formatters.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { getImportProgress } from '../ImportProgress/getImportProgress.js';
import { getImportProgressText } from '../ImportProgress/getImportProgressText.js';
import { percent } from '../ImportProgress/percent.js';
import { getJobStatusLabel } from '../JobStatusBadge/getJobStatusLabel.js';
import { getJobStatusTone } from '../JobStatusBadge/tones.js';
import { safeHref } from '../shared/safeHref.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';

/** A missing value: a dash for the eye, words for assistive tech. */
export function notAvailable(i18n: ImportJobsI18n): ReactNode {
  return (
    <span className="pij-na">
      <span aria-hidden="true">{i18n.messages.notAvailable}</span>
      <span style={visuallyHidden}>{i18n.messages.notAvailableLabel}</span>
    </span>
  );
}

/** A string value as a bare text node (no element), or a missing value. */
export function text(value: unknown, i18n: ImportJobsI18n): ReactNode {
  return typeof value === 'string' && value !== '' ? value : notAvailable(i18n);
}

export function count(value: unknown, i18n: ImportJobsI18n): ReactNode {
  return typeof value === 'number' ? i18n.format.number(value) : notAvailable(i18n);
}

export function yesNo(value: unknown, i18n: ImportJobsI18n): ReactNode {
  if (typeof value !== 'boolean') return notAvailable(i18n);
  return value ? i18n.messages.yes : i18n.messages.no;
}

/** A date as formatted text: the raw value when it does not parse. */
export function date(value: string | undefined, i18n: ImportJobsI18n): ReactNode {
  const parsed = parseDate(value);
  return parsed ? i18n.format.date(parsed) : text(value, i18n);
}

/**
 * An S3 URL in a table cell: bare text, or a link when the scheme is `http:` or `https:`, then a one-element copy
 * button whose result the table announces once for all rows.
 */
export function sourceCell(url: unknown, i18n: ImportJobsI18n, copy: RowCopy | undefined): ReactNode {
  if (typeof url !== 'string' || url === '') return notAvailable(i18n);
  const href = safeHref(url);
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {url}
        </a>
      ) : (
        url
      )}
      {copy ? (
        <button
          type="button"
          className="pij-button pij-button--small pij-cell-copy"
          aria-label={i18n.messages.copyValue({ label: i18n.messages.columns.S3Url })}
          onClick={() => copy(url)}
        >
          {i18n.messages.copy}
        </button>
      ) : null}
    </>
  );
}

/**
 * A status in a table cell: the {@link JobStatusBadge}'s root, class and `data-tone`, with its icon drawn by the
 * stylesheet instead of an inline `<svg>`, which costs more to create than the rest of the row's cells together.
 * The status itself is on the row (`tr[data-status]`), not repeated on the badge.
 */
export function statusCell(status: unknown, i18n: ImportJobsI18n): ReactNode {
  return (
    <span className="pij-status-badge" data-tone={getJobStatusTone(status)}>
      {getJobStatusLabel(status, i18n.messages)}
    </span>
  );
}

/**
 * Progress in a table cell: the bar of a compact {@link ImportProgress} (same role, values, `aria-valuetext` and
 * `data-state`; `aria-valuemin` left to its ARIA default, 0) as one plain element, then the pieces as text. The stylesheet paints the completed and failed parts
 * from two custom properties (`--pij-progress-completed` and `--pij-progress-failed`, where the failed part ends),
 * so a row needs no Radix root and context, and no element per part.
 */
export function progressCell(job: ImportJob, i18n: ImportJobsI18n): ReactNode {
  const { messages, format } = i18n;
  const model = getImportProgress(job);
  const { state, completed, failed, total, countsDisagree } = model;
  const { value, max, valueText, pieces } = getImportProgressText(model, messages, format);
  return (
    <>
      <div
        role="progressbar"
        aria-label={messages.progressLabel}
        aria-valuemax={max}
        aria-valuenow={value ?? undefined}
        aria-valuetext={valueText}
        data-state={state}
        data-failed={failed > 0 || undefined}
        data-counts-disagree={countsDisagree || undefined}
        style={
          total > 0
            ? partsStyle(
                percent(completed, total),
                failed > 0 ? percent(completed + failed, total) : undefined,
              )
            : state === 'complete'
              ? COMPLETE
              : undefined
        }
      />
      {pieces}
      {failed > 0 ? (
        <span className="pij-progress__failed-count">
          {messages.progressFailedPieces({ failed }, format)}
        </span>
      ) : null}
      {countsDisagree ? <span className="pij-progress__note">{messages.progressCountsDisagree}</span> : null}
    </>
  );
}

/** The parts' custom properties; without failures the failed part's end is left to its initial 0% (no stripe). */
const partsStyle = (completed: string, failedEnd?: string): CSSProperties => {
  const style: Record<string, string> = { '--pij-progress-completed': completed };
  if (failedEnd !== undefined) style['--pij-progress-failed'] = failedEnd;
  return style;
};
const COMPLETE = partsStyle('100%');

/** Copies a value for a row's inline copy button: the table holds one clipboard state and one live region. */
export type RowCopy = (text: string) => void;

/** A failure count, emphasised when there are failures. */
export function failuresCell(failures: number | undefined, i18n: ImportJobsI18n): ReactNode {
  if (typeof failures !== 'number') return notAvailable(i18n);
  return failures > 0 ? (
    <span data-has-failures="">{i18n.format.number(failures)}</span>
  ) : (
    i18n.format.number(failures)
  );
}

/**
 * The segment of a job: the name of the segment it creates; else the id (monospace) of the one it updates. The
 * details show both.
 */
export function segmentCell(segment: { name: string } | { id: string } | undefined, i18n: ImportJobsI18n) {
  if (segment === undefined) return notAvailable(i18n);
  return 'name' in segment ? segment.name : <span className="pij-segment__id">{segment.id}</span>;
}
