import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { getImportProgress } from '../ImportProgress/getImportProgress.js';
import { getImportProgressText } from '../ImportProgress/getImportProgressText.js';
import { percent } from '../ImportProgress/percent.js';
import type { JobStatusTone } from '../JobStatusBadge/interfaces.js';
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

/**
 * A job's ID: bare text, or a link to the job's page when the host gives one (`getJobHref`) and it is safe (see
 * `safeHref`). A plain left click calls `followJob`, which may take over with `event.preventDefault()`; a click with a
 * modifier key or another button is left to the browser (a new tab, a new window).
 */
export function idCell(
  job: ImportJob,
  i18n: ImportJobsI18n,
  jobHref: ((job: ImportJob) => string | undefined) | undefined,
  followJob: ((job: ImportJob, event: MouseEvent<HTMLAnchorElement>) => void) | undefined,
): ReactNode {
  const href = jobHref && safeHref(jobHref(job), true);
  const id = text(job.Id, i18n);
  return href ? (
    <a
      href={href}
      onClick={(event) => {
        if (!(event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey))
          followJob?.(job, event);
      }}
    >
      {id}
    </a>
  ) : (
    id
  );
}

/** A boolean as the messages' Yes or No. */
export function yesNoText(value: unknown, i18n: ImportJobsI18n): string | undefined {
  return typeof value === 'boolean' ? (value ? i18n.messages.yes : i18n.messages.no) : undefined;
}

/** A boolean as Yes or No, or a missing value. */
export function yesNo(value: unknown, i18n: ImportJobsI18n): ReactNode {
  return yesNoText(value, i18n) ?? notAvailable(i18n);
}

/**
 * An S3 URL in a table cell: bare text, or a link when the scheme is `http:` or `https:`, then an icon button that
 * copies it, named after the column and the value ("Copy source s3://…"). The stylesheet shows the button over the
 * end of the cell on row hover and focus, so it adds no line; the table announces the result once for all rows.
 */
export function sourceCell(url: unknown, i18n: ImportJobsI18n, copy: RowCopy | undefined): ReactNode {
  if (typeof url !== 'string' || url === '') return notAvailable(i18n);
  const href = safeHref(url);
  const { messages } = i18n;
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
          className="pij-cell-copy"
          aria-label={messages.copyCell({ column: messages.columns.S3Url, value: url })}
          onClick={() => copy(url)}
        />
      ) : null}
    </>
  );
}

/**
 * A status in a table cell: the {@link JobStatusBadge}'s root, class and `data-tone`, with its icon drawn by the
 * stylesheet instead of an inline `<svg>`, which costs more to create than the rest of the row's cells together.
 * The status itself is on the row (`tr[data-status]`), not repeated on the badge.
 */
export function statusCell(label: string, tone: JobStatusTone): ReactNode {
  return (
    <span className="pij-status-badge" data-tone={tone}>
      {label}
    </span>
  );
}

/** The visible text of a progress cell: the share of pieces done, none while the total is unknown. */
export function progressText(job: ImportJob, i18n: ImportJobsI18n): string {
  const { state, ratio } = getImportProgress(job);
  return state === 'indeterminate' ? '' : i18n.format.percent(ratio);
}

/**
 * Progress in a table cell: the bar of a compact {@link ImportProgress} (same role, values, `aria-valuetext` and
 * `data-state`; `aria-valuemin` left to its ARIA default, 0) as one plain element, then the share done as text. The
 * stylesheet paints the completed and failed parts from two custom properties (`--pij-progress-completed` and
 * `--pij-progress-failed`, where the failed part ends), so a row needs no Radix root and context, and no element per
 * part; a bar all completed needs neither (the stylesheet fills a complete bar). The pieces, failed pieces and any
 * disagreement of the counts are in `aria-valuetext` and in the details. `text` is the cell's {@link progressText}.
 */
export function progressCell(job: ImportJob, i18n: ImportJobsI18n, text: string): ReactNode {
  const model = getImportProgress(job);
  const { state, completed, failed, total, countsDisagree } = model;
  const { value, max, valueText } = getImportProgressText(model, i18n.messages, i18n.format);
  return (
    <>
      <div
        role="progressbar"
        aria-label={i18n.messages.progressLabel}
        aria-valuemax={max}
        aria-valuenow={value ?? undefined}
        aria-valuetext={valueText}
        data-state={state}
        data-failed={failed > 0 || undefined}
        data-counts-disagree={countsDisagree || undefined}
        // The clamped counts, for tests that read progress as numbers (pinpoint-import-jobs/testing).
        data-completed-pieces={completed}
        data-failed-pieces={failed}
        data-total-pieces={total}
        style={
          completed < total
            ? partsStyle(
                percent(completed, total),
                failed > 0 ? percent(completed + failed, total) : undefined,
              )
            : undefined
        }
      />
      {text}
    </>
  );
}

/** The parts' custom properties; without failures the failed part's end is left to its initial 0% (no stripe). */
const partsStyle = (completed: string, failedEnd?: string): CSSProperties => {
  const style: Record<string, string> = { '--pij-progress-completed': completed };
  if (failedEnd !== undefined) style['--pij-progress-failed'] = failedEnd;
  return style;
};

/** A failure count, emphasised when there are failures. */
export function failuresCell(count: string | undefined, failures: number | undefined, i18n: ImportJobsI18n) {
  return (failures ?? 0) > 0 ? <span data-has-failures="">{count}</span> : (count ?? notAvailable(i18n));
}

/**
 * The segment of a job: the name of the segment it creates; else the id (monospace) of the one it updates. The
 * details show both.
 */
export function segmentCell(segment: { name: string } | { id: string } | undefined, i18n: ImportJobsI18n) {
  if (segment === undefined) return notAvailable(i18n);
  return 'name' in segment ? segment.name : <span className="pij-segment__id">{segment.id}</span>;
}

/** Copies a value for a row's inline copy button: the table holds one clipboard state and one live region. */
export type RowCopy = (text: string) => void;
