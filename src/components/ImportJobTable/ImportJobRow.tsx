import { memo } from 'react';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { cx } from '../shared/cx.js';
import { JobDetail, renderImportJobCell } from './cells.js';
import type { ImportJobColumnId } from './columnIds.js';
import type { ImportJobTableClassNames } from './interfaces.js';

/** Props of the internal {@link ImportJobRow}. Every prop is stable between polls unless the job changed. */
export interface ImportJobRowProps {
  /** The job; compared by identity. */
  job: ImportJob;
  /** The visible columns, in order (a stable array). */
  columns: readonly ImportJobColumnId[];
  /** Whether the details are shown. */
  expanded: boolean;
  /** Toggles the details of a job (a stable callback). */
  onToggle: (jobId: string) => void;
  /** The id of the details row, referenced by the expander's `aria-controls`. */
  detailId: string;
  /** Messages and formatters. */
  i18n: ImportJobsI18n;
  /** Class names of the parts. */
  classNames: ImportJobTableClassNames;
}

/**
 * One job's row, and its details row when expanded. Memoised: with structural sharing upstream, a poll that
 * changes one job re-renders one row.
 */
export const ImportJobRow = memo(function ImportJobRow({
  job,
  columns,
  expanded,
  onToggle,
  detailId,
  i18n,
  classNames,
}: ImportJobRowProps) {
  const { messages } = i18n;
  return (
    <>
      <tr
        className={cx('pij-table__row', classNames.row)}
        data-job-id={job.Id}
        data-status={typeof job.JobStatus === 'string' ? job.JobStatus : undefined}
        data-expanded={expanded || undefined}
      >
        <td className={cx('pij-table__cell', 'pij-table__cell--expand', classNames.cell)}>
          <button
            type="button"
            className={cx('pij-button', 'pij-button--icon', 'pij-table__expand', classNames.expandButton)}
            aria-expanded={expanded}
            aria-controls={detailId}
            aria-label={
              expanded ? messages.hideDetails({ jobId: job.Id }) : messages.showDetails({ jobId: job.Id })
            }
            onClick={() => onToggle(job.Id)}
          >
            <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="1em" height="1em">
              <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        </td>
        {columns.map((id) => (
          <td key={id} className={cx('pij-table__cell', classNames.cell)} data-column={id}>
            {renderImportJobCell(id, job, i18n)}
          </td>
        ))}
      </tr>
      {expanded ? (
        <tr id={detailId} className={cx('pij-table__detail-row', classNames.detailRow)}>
          <td className="pij-table__detail-cell" colSpan={columns.length + 1}>
            <JobDetail job={job} i18n={i18n} className={cx('pij-detail', classNames.detail)} />
          </td>
        </tr>
      ) : null}
    </>
  );
});
