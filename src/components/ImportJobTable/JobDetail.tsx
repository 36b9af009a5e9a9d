import type { ReactNode } from 'react';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { FailureList } from '../FailureList/FailureList.js';
import { ImportProgress } from '../ImportProgress/ImportProgress.js';
import { CopyButton } from '../shared/CopyButton.js';
import { safeHref } from '../shared/safeHref.js';
import { notAvailable, text, yesNo } from './cells.js';

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

/**
 * The expanded content of a row: its progress in full (pieces, failed pieces, endpoints processed, counts that
 * disagree), the full `Definition` and the `FailureList`.
 */
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
        <ImportProgress job={job} />
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
