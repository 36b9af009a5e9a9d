import type { ReactNode } from 'react';
import type { ImportJob } from '../../core/types.js';
import { parseDate } from '../../format/formatters.js';
import type { ImportJobsI18n } from '../../i18n/context.js';
import type { ImportJobColumnHeaders } from '../../i18n/messages.js';
import { getImportProgress } from '../ImportProgress/getImportProgress.js';
import {
  count,
  date,
  failuresCell,
  notAvailable,
  progressCell,
  type RowCopy,
  segmentCell,
  sourceCell,
  statusCell,
  text,
  yesNo,
} from './cells.js';
import { getFailureCount, getJobDuration, getJobSegment, nonEmpty } from './values.js';

/** What a cell renderer gets besides its job. */
export interface CellContext {
  /** Messages and formatters. */
  i18n: ImportJobsI18n;
  /** Copies a value of the row; without it a cell offers no copy button. */
  copy: RowCopy | undefined;
}

/** One column of the import job table, described in one place. Internal. */
export interface ImportJobColumnSpec<Id extends string = string> {
  /** The id: the wire name of the field shown where there is one. */
  readonly id: Id;
  /** The key of its header in `messages.columns`. */
  readonly header: keyof ImportJobColumnHeaders;
  /** Whether it is hidden until the user or the host shows it. */
  readonly hidden?: true;
  /** The value rows sort by: a string, a number, or `undefined` (sorted last). */
  readonly sortValue: (job: ImportJob) => string | number | undefined;
  /** The content of its cell, as plain elements and text (no component per cell: a table may mount thousands). */
  readonly cell: (job: ImportJob, context: CellContext) => ReactNode;
}

const flag = (value: unknown): number | undefined =>
  typeof value === 'boolean' ? (value ? 1 : 0) : undefined;
const time = (value: unknown): number | undefined => parseDate(value)?.getTime();

/** Defines a column, keeping its id's literal type. */
const column = <Id extends string>(spec: ImportJobColumnSpec<Id>) => spec;

/**
 * Every column of the table, in display order: the one place a column is described. Adding a column adds an entry
 * here and its header in `ImportJobColumnHeaders`.
 */
export const IMPORT_JOB_COLUMNS = [
  column({
    id: 'Id',
    header: 'Id',
    sortValue: (job) => nonEmpty(job.Id),
    cell: (job, { i18n }) => text(job.Id, i18n),
  }),
  column({
    id: 'JobStatus',
    header: 'JobStatus',
    sortValue: (job) => nonEmpty(job.JobStatus),
    cell: (job, { i18n }) => statusCell(job.JobStatus, i18n),
  }),
  column({
    id: 'Progress',
    header: 'Progress',
    sortValue: (job) => {
      const progress = getImportProgress(job);
      return progress.state === 'indeterminate' ? undefined : progress.ratio;
    },
    cell: (job, { i18n }) => progressCell(job, i18n),
  }),
  column({
    id: 'TotalProcessed',
    header: 'TotalProcessed',
    sortValue: (job) => job.TotalProcessed,
    cell: (job, { i18n }) => count(job.TotalProcessed, i18n),
  }),
  column({
    id: 'Failures',
    header: 'Failures',
    sortValue: getFailureCount,
    cell: (job, { i18n }) => failuresCell(getFailureCount(job), i18n),
  }),
  column({
    id: 'Format',
    header: 'Format',
    sortValue: (job) => nonEmpty(job.Definition?.Format),
    cell: (job, { i18n }) => text(job.Definition?.Format, i18n),
  }),
  column({
    id: 'S3Url',
    header: 'S3Url',
    sortValue: (job) => nonEmpty(job.Definition?.S3Url),
    cell: (job, { i18n, copy }) => sourceCell(job.Definition?.S3Url, i18n, copy),
  }),
  column({
    id: 'Segment',
    header: 'Segment',
    sortValue: (job) => {
      const segment = getJobSegment(job);
      return segment === undefined ? undefined : 'name' in segment ? segment.name : segment.id;
    },
    cell: (job, { i18n }) => segmentCell(getJobSegment(job), i18n),
  }),
  column({
    id: 'CreationDate',
    header: 'CreationDate',
    sortValue: (job) => time(job.CreationDate),
    cell: (job, { i18n }) => date(job.CreationDate, i18n),
  }),
  column({
    id: 'CompletionDate',
    header: 'CompletionDate',
    sortValue: (job) => time(job.CompletionDate),
    cell: (job, { i18n }) => date(job.CompletionDate, i18n),
  }),
  column({
    id: 'Duration',
    header: 'Duration',
    sortValue: getJobDuration,
    cell: (job, { i18n }) => {
      const ms = getJobDuration(job);
      return ms === undefined ? notAvailable(i18n) : i18n.format.duration(ms);
    },
  }),
  column({
    id: 'RoleArn',
    header: 'RoleArn',
    hidden: true,
    sortValue: (job) => nonEmpty(job.Definition?.RoleArn),
    cell: (job, { i18n }) => text(job.Definition?.RoleArn, i18n),
  }),
  column({
    id: 'DefineSegment',
    header: 'DefineSegment',
    hidden: true,
    sortValue: (job) => flag(job.Definition?.DefineSegment),
    cell: (job, { i18n }) => yesNo(job.Definition?.DefineSegment, i18n),
  }),
  column({
    id: 'RegisterEndpoints',
    header: 'RegisterEndpoints',
    hidden: true,
    sortValue: (job) => flag(job.Definition?.RegisterEndpoints),
    cell: (job, { i18n }) => yesNo(job.Definition?.RegisterEndpoints, i18n),
  }),
  column({
    id: 'ApplicationId',
    header: 'ApplicationId',
    hidden: true,
    sortValue: (job) => nonEmpty(job.ApplicationId),
    cell: (job, { i18n }) => text(job.ApplicationId, i18n),
  }),
  column({
    id: 'Type',
    header: 'Type',
    hidden: true,
    sortValue: (job) => nonEmpty(job.Type),
    cell: (job, { i18n }) => text(job.Type, i18n),
  }),
  column({
    id: 'ExternalId',
    header: 'ExternalId',
    hidden: true,
    sortValue: (job) => nonEmpty(job.Definition?.ExternalId),
    cell: (job, { i18n }) => text(job.Definition?.ExternalId, i18n),
  }),
] as const;

/** One entry of {@link IMPORT_JOB_COLUMNS}. */
export type ImportJobColumn = (typeof IMPORT_JOB_COLUMNS)[number];
