import { memo } from 'react';
import type { ImportJob } from '../../core/types.js';
import { ImportJobDetails } from '../ImportJobDetails/ImportJobDetails.js';
import { cx } from '../shared/cx.js';
import { type CellContext, type ImportJobColumn, renderCell } from './columns.js';
import type { ImportJobTableClassNames } from './interfaces.js';

/** Props of the internal {@link ImportJobRow}. Every prop is stable between polls unless the job changed. */
export interface ImportJobRowProps {
  /** The job; compared by identity. */
  job: ImportJob;
  /** The row's id: the job's `Id`, or a positional key when the job has no usable one. */
  rowId: string;
  /** The visible columns, in order (a stable array). */
  columns: readonly ImportJobColumn[];
  /** Whether the details are shown. */
  expanded: boolean;
  /** Toggles the details of a job (a stable callback). */
  onToggle: (jobId: string) => void;
  /** The id of the details row, referenced by the expander's `aria-controls` while it is shown. */
  detailId: string;
  /** Messages, formatters and the copy action (a stable object). */
  context: CellContext;
  /** Class names of the parts. */
  classNames: ImportJobTableClassNames;
}

const EXPAND_BUTTON_CLASS = 'pij-table__expand';
// The expander's glyph, with or without the stylesheet. The button's name is its aria-label, so the glyph is never
// announced.
const CHEVRON_FORWARD = '\u25B8';
const CHEVRON_DOWN = '\u25BE';

/**
 * One job's row, and its details row when expanded. Lean by design (the table may mount thousands): no `pij-*`
 * class on rows and cells (the stylesheet reaches them through the table body and `data-column`), the expander's
 * chevron drawn by CSS. Memoised: with structural sharing upstream, a poll that
 * changes one job re-renders one row.
 */
export const ImportJobRow = memo(function ImportJobRow({
  job,
  rowId,
  columns,
  expanded,
  onToggle,
  detailId,
  context,
  classNames,
}: ImportJobRowProps) {
  const { i18n } = context;
  const { messages } = i18n;
  // Named by the job's own Id, as its Id cell shows it (unchecked duplicates share it; their row keys do not).
  const labelId = typeof job.Id === 'string' && job.Id !== '' ? job.Id : rowId;
  return (
    <>
      <tr
        className={classNames.row}
        data-job-id={rowId}
        data-status={typeof job.JobStatus === 'string' ? job.JobStatus : undefined}
        data-expanded={expanded || undefined}
      >
        <td className={classNames.cell}>
          <button
            type="button"
            className={cx(EXPAND_BUTTON_CLASS, classNames.expandButton)}
            aria-expanded={expanded}
            aria-controls={expanded ? detailId : undefined}
            aria-label={
              expanded ? messages.hideDetails({ jobId: labelId }) : messages.showDetails({ jobId: labelId })
            }
            onClick={() => onToggle(rowId)}
          >
            {expanded ? CHEVRON_DOWN : CHEVRON_FORWARD}
          </button>
        </td>
        {columns.map((column) => (
          <td key={column.id} className={classNames.cell} data-column={column.id} data-align={column.align}>
            {renderCell(column, job, context)}
          </td>
        ))}
      </tr>
      {expanded ? (
        <tr id={detailId} className={cx('pij-table__detail-row', classNames.detailRow)}>
          <td className="pij-table__detail-cell" colSpan={columns.length + 1}>
            <ImportJobDetails job={job} className={classNames.detail} />
          </td>
        </tr>
      ) : null}
    </>
  );
});
