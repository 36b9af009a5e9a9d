import type { MouseEvent, ReactNode } from 'react';
import type { ImportJob } from '../../core/types.js';
import { parseDate } from '../../format/formatters.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import type { ImportJobColumnHeaders } from '../../i18n/messages.js';
import { getImportProgress } from '../ImportProgress/getImportProgress.js';
import { getJobStatusLabel } from '../JobStatusBadge/getJobStatusLabel.js';
import { getJobStatusTone } from '../JobStatusBadge/tones.js';
import { cellDate, cellDuration } from './cellFormats.js';
import {
  failuresCell,
  idCell,
  notAvailable,
  progressCell,
  progressText,
  type RowCopy,
  segmentCell,
  sourceCell,
  statusCell,
  text,
  yesNoText,
} from './cells.js';
import { getFailureCount, getJobDuration, getJobSegment, nonEmpty } from './values.js';

/** What a cell renderer gets besides its job. */
export interface CellContext {
  /** Messages and formatters. */
  i18n: ImportJobsI18n;
  /** Copies a value of the row; without it a cell offers no copy button. */
  copy: RowCopy | undefined;
  /** The link of a job's page, for its Id cell: see `ImportJobTableProps.getJobHref`. */
  jobHref?: ((job: ImportJob) => string | undefined) | undefined;
  /** Called on a plain left click on a job's link: see `ImportJobTableProps.onFollowJob`. */
  followJob?: ((job: ImportJob, event: MouseEvent<HTMLAnchorElement>) => void) | undefined;
}

/**
 * One column of the import job table, described in one place. Internal.
 *
 * Widths are those of a `table-layout: fixed` table, so a change in one cell lays out one row:
 * - a **fit** column (it has `text`) is as wide as the widest text of its cells and of its header's words, estimated
 *   from the characters (no layout is read), plus `extra` for what sits beside the text; it never cuts a value;
 * - a **fill** column (`fill`) shares the room left with the other fill columns, at least `fill` em, and cuts a long
 *   value with an ellipsis (`truncate`): the full text stays in the DOM;
 * - a **fixed** column (`fixed`) is that many em wide, and cuts too.
 */
export interface ImportJobColumnSpec<Id extends string = string> {
  /** The id: the wire name of the field shown where there is one. */
  readonly id: Id;
  /** The key of its header in `messages.columns`. */
  readonly header: keyof ImportJobColumnHeaders;
  /** Whether it is hidden until the user or the host shows it. */
  readonly hidden?: true | undefined;
  /** Where values line up: `end` for numbers. Default: the start. */
  readonly align?: 'end';
  /** The narrowest a fill column gets, in em. */
  readonly fill?: number;
  /** The width of a fixed column, in em. */
  readonly fixed?: number;
  /** Room beside the text of a fit column, in em (an icon, a bar). Default: none. */
  readonly extra?: number;
  /** Whether long values are cut with an ellipsis (fill and fixed columns). */
  readonly truncate?: true;
  /** The value rows sort by: a string, a number, or `undefined` (sorted last). */
  readonly sortValue: (job: ImportJob) => string | number | undefined;
  /** The text a fit column shows, which also sizes it; `undefined` is a missing value. */
  readonly text?: (job: ImportJob, i18n: ImportJobsI18n) => string | undefined;
  /**
   * The content of the cell, as plain elements and text (no component per cell: a table may mount thousands), given
   * the cell's `text` as the column layout already computed it. Default: the `text`, or the missing-value dash.
   */
  readonly cell?: (job: ImportJob, context: CellContext, text: string | undefined) => ReactNode;
}

const flag = (value: unknown): number | undefined =>
  typeof value === 'boolean' ? (value ? 1 : 0) : undefined;
const number = (value: unknown, i18n: ImportJobsI18n): string | undefined =>
  typeof value === 'number' ? i18n.format.number(value) : undefined;

/** Defines a column, keeping its id's literal type. */
const column = <Id extends string>(spec: ImportJobColumnSpec<Id>) => spec;

type Field = (job: ImportJob) => unknown;

/** A column of a long text field (ids, URLs, ARNs): it shares the room left and cuts what does not fit. */
const long = <Id extends keyof ImportJobColumnHeaders>(id: Id, field: Field, hidden?: true) =>
  column({
    id,
    header: id,
    hidden,
    fill: 4.5,
    truncate: true,
    sortValue: (job) => nonEmpty(field(job)),
    cell: (job, { i18n }) => text(field(job), i18n),
  });

/** A column of a short text field (a format, a type): as wide as its widest value. */
const short = <Id extends keyof ImportJobColumnHeaders>(id: Id, field: Field, hidden?: true) =>
  column({
    id,
    header: id,
    hidden,
    sortValue: (job) => nonEmpty(field(job)),
    text: (job) => nonEmpty(field(job)),
  });

/** A column of a yes-or-no field. */
const yesNo = <Id extends keyof ImportJobColumnHeaders>(id: Id, field: Field) =>
  column({
    id,
    header: id,
    hidden: true,
    sortValue: (job) => flag(field(job)),
    text: (job, i18n) => yesNoText(field(job), i18n),
  });

/** A column of a date: the short date and time. */
const date = <Id extends keyof ImportJobColumnHeaders>(id: Id, field: Field, sameDayAs?: Field) =>
  column({
    id,
    header: id,
    sortValue: (job) => parseDate(field(job))?.getTime(),
    text: (job, i18n) => cellDate(i18n.format, field(job), sameDayAs?.(job)),
  });

/**
 * Every column of the table, in display order: the one place a column is described. Adding a column adds an entry
 * here and its header in `ImportJobColumnHeaders`.
 */
export const IMPORT_JOB_COLUMNS = [
  column({
    id: 'Id',
    header: 'Id',
    // At least 12 characters of the monospace id and the ellipsis.
    fixed: 7.25,
    truncate: true,
    sortValue: (job) => nonEmpty(job.Id),
    cell: (job, { i18n, jobHref, followJob }) => idCell(job, i18n, jobHref, followJob),
  }),
  column({
    id: 'JobStatus',
    header: 'JobStatus',
    extra: 1.5,
    sortValue: (job) => nonEmpty(job.JobStatus),
    text: (job, i18n) => getJobStatusLabel(job.JobStatus, i18n.messages),
    cell: (job, _context, label = '') => statusCell(label, getJobStatusTone(job.JobStatus)),
  }),
  column({
    id: 'Progress',
    header: 'Progress',
    extra: 3,
    sortValue: (job) => {
      const progress = getImportProgress(job);
      return progress.state === 'indeterminate' ? undefined : progress.ratio;
    },
    text: progressText,
    cell: (job, { i18n }, text = '') => progressCell(job, i18n, text),
  }),
  column({
    id: 'TotalProcessed',
    header: 'TotalProcessed',
    align: 'end',
    sortValue: (job) => job.TotalProcessed,
    text: (job, i18n) => number(job.TotalProcessed, i18n),
  }),
  column({
    id: 'Failures',
    header: 'Failures',
    align: 'end',
    sortValue: getFailureCount,
    text: (job, i18n) => number(getFailureCount(job), i18n),
    cell: (job, { i18n }, count) => failuresCell(count, getFailureCount(job), i18n),
  }),
  short('Format', (job) => job.Definition?.Format),
  column({
    id: 'S3Url',
    header: 'S3Url',
    fill: 4.5,
    truncate: true,
    sortValue: (job) => nonEmpty(job.Definition?.S3Url),
    cell: (job, { i18n, copy }) => sourceCell(job.Definition?.S3Url, i18n, copy),
  }),
  column({
    id: 'Segment',
    header: 'Segment',
    fill: 4.5,
    truncate: true,
    sortValue: (job) => {
      const segment = getJobSegment(job);
      return segment && ('name' in segment ? segment.name : segment.id);
    },
    cell: (job, { i18n }) => segmentCell(getJobSegment(job), i18n),
  }),
  date('CreationDate', (job) => job.CreationDate),
  // The time alone on the day the job was created.
  date(
    'CompletionDate',
    (job) => job.CompletionDate,
    (job) => job.CreationDate,
  ),
  column({
    id: 'Duration',
    header: 'Duration',
    sortValue: getJobDuration,
    text: (job, i18n) => {
      const ms = getJobDuration(job);
      return ms === undefined ? undefined : cellDuration(i18n.format, ms);
    },
  }),
  long('RoleArn', (job) => job.Definition?.RoleArn, true),
  yesNo('DefineSegment', (job) => job.Definition?.DefineSegment),
  yesNo('RegisterEndpoints', (job) => job.Definition?.RegisterEndpoints),
  long('ApplicationId', (job) => job.ApplicationId, true),
  short('Type', (job) => job.Type, true),
  long('ExternalId', (job) => job.Definition?.ExternalId, true),
] as const;

/** One entry of {@link IMPORT_JOB_COLUMNS}. */
export type ImportJobColumn = ImportJobColumnSpec<(typeof IMPORT_JOB_COLUMNS)[number]['id']>;

/**
 * The content of one cell: the column's own renderer, else its text, else the missing-value dash.
 *
 * @param column - The column.
 * @param job - The job of the row.
 * @param context - Messages, formatters and the copy action.
 */
export function renderCell(column: ImportJobColumnSpec, job: ImportJob, context: CellContext): ReactNode {
  const value = cellText(column, job, context.i18n);
  if (column.cell) return column.cell(job, context, value);
  return value ?? notAvailable(context.i18n);
}

/** What each job's fit cells show (`text`) and how wide it is (`width`), per set of messages and formatters. */
const memory = new WeakMap<ImportJobsI18n, WeakMap<ImportJob, CellMemory>>();

/** The texts and estimated widths of one job's fit cells, by column id. */
export interface CellMemory {
  text: Record<string, string | undefined>;
  width: Record<string, number>;
}

/**
 * What is remembered of a job's fit cells, per job (by identity) and messages: the column layout measures each text,
 * the row shows it, and a poll formats and measures only the jobs it changed.
 *
 * @param job - The job of the row.
 * @param i18n - Messages and formatters.
 */
export function cellMemory(job: ImportJob, i18n: ImportJobsI18n): CellMemory {
  let byJob = memory.get(i18n);
  if (!byJob) {
    byJob = new WeakMap();
    memory.set(i18n, byJob);
  }
  let cells = byJob.get(job);
  if (!cells) {
    cells = { text: {}, width: {} };
    byJob.set(job, cells);
  }
  return cells;
}

/** The `text` of a fit column's cell, formatted once per job and messages (see {@link cellMemory}). */
export function cellText(
  column: ImportJobColumnSpec,
  job: ImportJob,
  i18n: ImportJobsI18n,
): string | undefined {
  const { text } = cellMemory(job, i18n);
  if (!(column.id in text)) text[column.id] = column.text?.(job, i18n);
  return text[column.id];
}
