import type { CSSProperties, ReactNode } from 'react';
import type { ImportJob } from '../../core/types.js';
import { parseDate } from '../../format/formatters.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { FailureList } from '../FailureList/FailureList.js';
import { getImportProgress } from '../ImportProgress/getImportProgress.js';
import { getImportProgressText } from '../ImportProgress/getImportProgressText.js';
import { percent } from '../ImportProgress/percent.js';
import { getJobStatusLabel } from '../JobStatusBadge/getJobStatusLabel.js';
import { getJobStatusTone } from '../JobStatusBadge/tones.js';
import { CopyButton } from '../shared/CopyButton.js';
import { safeHref } from '../shared/safeHref.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';
import type { ImportJobColumnId } from './columnIds.js';
import { getFailureCount, getJobDuration, getJobSegment } from './values.js';

/** A missing value: a dash for the eye, words for assistive tech. */
function notAvailable(i18n: ImportJobsI18n): ReactNode {
  return (
    <span className="pij-na">
      <span aria-hidden="true">{i18n.messages.notAvailable}</span>
      <span style={visuallyHidden}>{i18n.messages.notAvailableLabel}</span>
    </span>
  );
}

/** A string value as a bare text node (no element), or a missing value. */
function text(value: unknown, i18n: ImportJobsI18n): ReactNode {
  return typeof value === 'string' && value !== '' ? value : notAvailable(i18n);
}

function count(value: unknown, i18n: ImportJobsI18n): ReactNode {
  return typeof value === 'number' ? i18n.format.number(value) : notAvailable(i18n);
}

function yesNo(value: unknown, i18n: ImportJobsI18n): ReactNode {
  if (typeof value !== 'boolean') return notAvailable(i18n);
  return value ? i18n.messages.yes : i18n.messages.no;
}

/** A date as formatted text: the raw value when it does not parse. */
function date(value: string | undefined, i18n: ImportJobsI18n): ReactNode {
  const parsed = parseDate(value);
  return parsed ? i18n.format.date(parsed) : text(value, i18n);
}

/**
 * An S3 URL in the details, as text with a copy button named after the details' own term ("Copy S3 URL"); a link
 * only when the scheme is `http:` or `https:`.
 */
function source(url: unknown, i18n: ImportJobsI18n): ReactNode {
  if (typeof url !== 'string' || url === '') return notAvailable(i18n);
  const href = safeHref(url);
  return (
    <span className="pij-source">
      {href ? (
        <a className="pij-source__text" href={href} target="_blank" rel="noopener noreferrer">
          {url}
        </a>
      ) : (
        <span className="pij-source__text">{url}</span>
      )}
      <CopyButton
        text={url}
        label={i18n.messages.copyValue({ label: i18n.messages.definitionFields.S3Url })}
        messages={i18n.messages}
      >
        {i18n.messages.copy}
      </CopyButton>
    </span>
  );
}

/**
 * An S3 URL in a table cell: bare text, or a link when the scheme is `http:` or `https:`, then a one-element copy
 * button whose result the table announces once for all rows.
 */
function sourceCell(url: unknown, i18n: ImportJobsI18n, copy: RowCopy | undefined): ReactNode {
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
function statusCell(status: unknown, i18n: ImportJobsI18n): ReactNode {
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
function progressCell(job: ImportJob, i18n: ImportJobsI18n): ReactNode {
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

/**
 * The content of one cell, as plain elements and text (no component per cell), as a table may mount thousands of
 * rows: cells are styled through their `data-column`.
 *
 * @param id - The column.
 * @param job - The job of the row.
 * @param i18n - Messages and formatters.
 * @param copy - Copies the S3 URL of the row; without it the Source cell has no copy button.
 */
export function renderImportJobCell(
  id: ImportJobColumnId,
  job: ImportJob,
  i18n: ImportJobsI18n,
  copy?: RowCopy,
): ReactNode {
  const d = job.Definition;
  switch (id) {
    case 'Id':
      return text(job.Id, i18n);
    case 'JobStatus':
      return statusCell(job.JobStatus, i18n);
    case 'Progress':
      return progressCell(job, i18n);
    case 'TotalProcessed':
      return count(job.TotalProcessed, i18n);
    case 'Failures': {
      const failures = getFailureCount(job);
      if (typeof failures !== 'number') return notAvailable(i18n);
      return failures > 0 ? (
        <span data-has-failures="">{i18n.format.number(failures)}</span>
      ) : (
        i18n.format.number(failures)
      );
    }
    case 'Format':
      return text(d?.Format, i18n);
    case 'S3Url':
      return sourceCell(d?.S3Url, i18n, copy);
    case 'Segment': {
      // The name of the segment the job creates; else the id (monospace) of the one it updates. The details show
      // both.
      const segment = getJobSegment(job);
      if (segment === undefined) return notAvailable(i18n);
      return 'name' in segment ? segment.name : <span className="pij-segment__id">{segment.id}</span>;
    }
    case 'CreationDate':
      return date(job.CreationDate, i18n);
    case 'CompletionDate':
      return date(job.CompletionDate, i18n);
    case 'Duration': {
      const ms = getJobDuration(job);
      return ms === undefined ? notAvailable(i18n) : i18n.format.duration(ms);
    }
    case 'RoleArn':
      return text(d?.RoleArn, i18n);
    case 'DefineSegment':
      return yesNo(d?.DefineSegment, i18n);
    case 'RegisterEndpoints':
      return yesNo(d?.RegisterEndpoints, i18n);
    case 'ApplicationId':
      return text(job.ApplicationId, i18n);
    case 'Type':
      return text(job.Type, i18n);
    case 'ExternalId':
      return text(d?.ExternalId, i18n);
    default:
      return id satisfies never;
  }
}

function mono(value: unknown, i18n: ImportJobsI18n): ReactNode {
  return typeof value === 'string' && value !== '' ? (
    <span className="pij-table__mono">{value}</span>
  ) : (
    notAvailable(i18n)
  );
}

/** The expanded content of a row: the full `Definition` and the `FailureList`. */
export function JobDetail({
  job,
  i18n,
  className,
}: {
  job: ImportJob;
  i18n: ImportJobsI18n;
  className?: string;
}) {
  const d = job.Definition;
  const { messages } = i18n;
  const f = messages.definitionFields;
  const rows: Array<[string, ReactNode]> = [
    [f.Format, text(d?.Format, i18n)],
    [f.S3Url, source(d?.S3Url, i18n)],
    [f.RoleArn, mono(d?.RoleArn, i18n)],
    [f.DefineSegment, yesNo(d?.DefineSegment, i18n)],
    [f.RegisterEndpoints, yesNo(d?.RegisterEndpoints, i18n)],
    [f.SegmentName, text(d?.SegmentName, i18n)],
    [f.SegmentId, text(d?.SegmentId, i18n)],
    [f.ExternalId, text(d?.ExternalId, i18n)],
  ];
  return (
    <div className={className}>
      <div className="pij-detail__definition">
        <p className="pij-detail__heading">{messages.definitionHeading}</p>
        <dl className="pij-detail__list">
          {rows.map(([term, value]) => (
            <div key={term} className="pij-detail__item">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <FailureList failures={job.Failures} totalFailures={job.TotalFailures} jobId={job.Id} />
    </div>
  );
}
