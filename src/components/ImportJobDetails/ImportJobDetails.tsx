import { forwardRef, type ReactNode } from 'react';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { FailureList } from '../FailureList/FailureList.js';
import { notAvailable, text, yesNo } from '../ImportJobTable/cells.js';
import { type CellContext, IMPORT_JOB_COLUMNS, renderCell } from '../ImportJobTable/columns.js';
import { ImportProgress } from '../ImportProgress/ImportProgress.js';
import { JobStatusBadge } from '../JobStatusBadge/JobStatusBadge.js';
import { CopyButton } from '../shared/CopyButton.js';
import { cx } from '../shared/cx.js';
import { safeHref } from '../shared/safeHref.js';
import type { ImportJobDetailsProps } from './interfaces.js';

/** The summary's terms: columns of the table, whose cells they reuse. */
const SUMMARY = IMPORT_JOB_COLUMNS.filter(({ id }) =>
  [
    'Id',
    'CreationDate',
    'CompletionDate',
    'Duration',
    'TotalProcessed',
    'Failures',
    'Type',
    'ApplicationId',
  ].includes(id),
);

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

function mono(value: unknown, i18n: ImportJobsI18n): ReactNode {
  return typeof value === 'string' && value !== '' ? (
    <span className="pij-table__mono">{value}</span>
  ) : (
    notAvailable(i18n)
  );
}

/** A list of terms and values under a heading. */
function Section({
  heading,
  rows,
  children,
}: {
  heading: string;
  rows: [string, ReactNode][];
  children?: ReactNode;
}) {
  return (
    <div className="pij-detail__section">
      <p className="pij-detail__heading">{heading}</p>
      {children}
      <dl className="pij-detail__list">
        {rows.map(([term, value]) => (
          <div key={term} className="pij-detail__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Everything about one import job, as a card for a detail page: its status, its progress in full (pieces, failed
 * pieces, endpoints processed, counts that disagree), its dates, duration and counts, the full `Definition` and the
 * `FailureList`. The table's expanded rows show the same. Presentational: `ImportJobPanel` loads the job live.
 *
 * @example
 * ```tsx
 * const { job } = useImportJob({ applicationId, jobId, fetcher });
 * return job ? <ImportJobDetails job={job} /> : null;
 * ```
 */
export const ImportJobDetails = forwardRef<HTMLDivElement, ImportJobDetailsProps>(function ImportJobDetails(
  { job, className, locale, messages: messageOverrides, ...rest },
  ref,
) {
  const i18n = useImportJobsI18n({ locale, messages: messageOverrides });
  const { messages } = i18n;
  const f = messages.definitionFields;
  const d = job.Definition;
  const context: CellContext = { i18n, copy: undefined };
  return (
    <div {...rest} ref={ref} className={cx('pij-detail', className)}>
      <Section
        heading={messages.summaryHeading}
        rows={SUMMARY.map((column) => [messages.columns[column.header], renderCell(column, job, context)])}
      >
        <JobStatusBadge status={job.JobStatus} />
        <ImportProgress job={job} />
      </Section>
      <Section
        heading={messages.definitionHeading}
        rows={[
          [f.Format, text(d?.Format, i18n)],
          [f.S3Url, source(d?.S3Url, i18n)],
          [f.RoleArn, mono(d?.RoleArn, i18n)],
          [f.DefineSegment, yesNo(d?.DefineSegment, i18n)],
          [f.RegisterEndpoints, yesNo(d?.RegisterEndpoints, i18n)],
          [f.SegmentName, text(d?.SegmentName, i18n)],
          [f.SegmentId, text(d?.SegmentId, i18n)],
          [f.ExternalId, text(d?.ExternalId, i18n)],
        ]}
      />
      <FailureList failures={job.Failures} totalFailures={job.TotalFailures} jobId={job.Id} />
    </div>
  );
});
