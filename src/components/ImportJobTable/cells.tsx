import { type ReactNode, useContext } from 'react';
import type { ImportJob } from '../../core/types.js';
import { parseDate } from '../../format/formatters.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { FailureList } from '../FailureList/FailureList.js';
import { ImportProgress } from '../ImportProgress/ImportProgress.js';
import { JobStatusBadge } from '../JobStatusBadge/JobStatusBadge.js';
import { CopyButton } from '../shared/CopyButton.js';
import { safeHref } from '../shared/safeHref.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';
import type { ImportJobColumnId } from './columnIds.js';
import { RowCopyContext } from './RowCopyContext.js';
import { getFailureCount, getJobDuration } from './values.js';

/** A missing value: a dash for the eye, words for assistive tech. */
export function NotAvailable({ i18n }: { i18n: ImportJobsI18n }) {
  return (
    <span className="pij-na">
      <span aria-hidden="true">{i18n.messages.notAvailable}</span>
      <span style={visuallyHidden}>{i18n.messages.notAvailableLabel}</span>
    </span>
  );
}

function Text({ value, i18n, className }: { value: unknown; i18n: ImportJobsI18n; className?: string }) {
  return typeof value === 'string' && value !== '' ? (
    <span className={className}>{value}</span>
  ) : (
    <NotAvailable i18n={i18n} />
  );
}

/** A string value as a bare text node (no element), or {@link NotAvailable}. For table cells. */
function text(value: unknown, i18n: ImportJobsI18n): ReactNode {
  return typeof value === 'string' && value !== '' ? value : <NotAvailable i18n={i18n} />;
}

function Count({ value, i18n }: { value: number | undefined; i18n: ImportJobsI18n }) {
  return typeof value === 'number' ? i18n.format.number(value) : <NotAvailable i18n={i18n} />;
}

function YesNo({ value, i18n }: { value: boolean | undefined; i18n: ImportJobsI18n }) {
  return typeof value === 'boolean' ? (
    value ? (
      i18n.messages.yes
    ) : (
      i18n.messages.no
    )
  ) : (
    <NotAvailable i18n={i18n} />
  );
}

function DateCell({ value, i18n }: { value: string | undefined; i18n: ImportJobsI18n }) {
  const date = parseDate(value);
  if (!date) return text(value, i18n);
  return <time dateTime={date.toISOString()}>{i18n.format.date(date)}</time>;
}

/** An S3 URL as text with a copy button; a link only when the scheme is `http:` or `https:`. */
export function Source({ url, i18n }: { url: string | undefined; i18n: ImportJobsI18n }) {
  if (typeof url !== 'string' || url === '') return <NotAvailable i18n={i18n} />;
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
        label={i18n.messages.copyValue({ label: i18n.messages.columns.S3Url })}
        messages={i18n.messages}
      >
        {i18n.messages.copy}
      </CopyButton>
    </span>
  );
}

/**
 * An S3 URL in a table cell: bare text, or a link when the scheme is `http:` or `https:`, then a one-element copy
 * button whose result the table announces once for all rows (see {@link RowCopyContext}).
 */
function SourceCell({ url, i18n }: { url: string | undefined; i18n: ImportJobsI18n }) {
  const copy = useContext(RowCopyContext);
  if (typeof url !== 'string' || url === '') return <NotAvailable i18n={i18n} />;
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
 * The content of one cell. Kept lean (bare text where it can be), as a table may mount thousands of rows: cells are
 * styled through their `data-column`.
 *
 * @param id - The column.
 * @param job - The job of the row.
 * @param i18n - Messages and formatters.
 */
export function renderImportJobCell(id: ImportJobColumnId, job: ImportJob, i18n: ImportJobsI18n): ReactNode {
  const d = job.Definition;
  switch (id) {
    case 'Id':
      return text(job.Id, i18n);
    case 'JobStatus':
      return <JobStatusBadge status={job.JobStatus} />;
    case 'Progress':
      return <ImportProgress job={job} showEndpointsProcessed={false} variant="compact" />;
    case 'TotalProcessed':
      return <Count value={job.TotalProcessed} i18n={i18n} />;
    case 'Failures': {
      const count = getFailureCount(job);
      if (typeof count !== 'number') return <NotAvailable i18n={i18n} />;
      return count > 0 ? (
        <span data-has-failures="">{i18n.format.number(count)}</span>
      ) : (
        i18n.format.number(count)
      );
    }
    case 'Format':
      return text(d?.Format, i18n);
    case 'S3Url':
      return <SourceCell url={d?.S3Url} i18n={i18n} />;
    case 'Segment': {
      const name = typeof d?.SegmentName === 'string' ? d.SegmentName : undefined;
      const segmentId = typeof d?.SegmentId === 'string' ? d.SegmentId : undefined;
      if (!name && !segmentId) return <NotAvailable i18n={i18n} />;
      // The name as text, the id under it (muted, monospace).
      return (
        <>
          {name || null}
          {segmentId ? <span className="pij-segment__id">{segmentId}</span> : null}
        </>
      );
    }
    case 'CreationDate':
      return <DateCell value={job.CreationDate} i18n={i18n} />;
    case 'CompletionDate':
      return <DateCell value={job.CompletionDate} i18n={i18n} />;
    case 'Duration': {
      const ms = getJobDuration(job);
      return ms === undefined ? <NotAvailable i18n={i18n} /> : i18n.format.duration(ms);
    }
    case 'RoleArn':
      return text(d?.RoleArn, i18n);
    case 'DefineSegment':
      return <YesNo value={d?.DefineSegment} i18n={i18n} />;
    case 'RegisterEndpoints':
      return <YesNo value={d?.RegisterEndpoints} i18n={i18n} />;
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
    [f.Format, <Text key="f" value={d?.Format} i18n={i18n} />],
    [f.S3Url, <Source key="s" url={d?.S3Url} i18n={i18n} />],
    [f.RoleArn, <Text key="r" value={d?.RoleArn} i18n={i18n} className="pij-table__mono" />],
    [f.DefineSegment, <YesNo key="ds" value={d?.DefineSegment} i18n={i18n} />],
    [f.RegisterEndpoints, <YesNo key="re" value={d?.RegisterEndpoints} i18n={i18n} />],
    [f.SegmentName, <Text key="sn" value={d?.SegmentName} i18n={i18n} />],
    [f.SegmentId, <Text key="si" value={d?.SegmentId} i18n={i18n} />],
    [f.ExternalId, <Text key="e" value={d?.ExternalId} i18n={i18n} />],
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
