import type { ImportJobColumnHeaders } from '../../i18n/messages.js';

/**
 * The columns of {@link ImportJobTable}, in display order. Ids keep the wire name of the field they show where
 * there is one (`JobStatus`, `S3Url`, `CreationDate`); `Progress`, `Segment` and `Duration` are derived.
 */
export const IMPORT_JOB_COLUMN_IDS = [
  'Id',
  'JobStatus',
  'Progress',
  'TotalProcessed',
  'Failures',
  'Format',
  'S3Url',
  'Segment',
  'CreationDate',
  'CompletionDate',
  'Duration',
  'RoleArn',
  'DefineSegment',
  'RegisterEndpoints',
  'ApplicationId',
  'Type',
  'ExternalId',
] as const satisfies ReadonlyArray<keyof ImportJobColumnHeaders>;

/** The id of a column of {@link ImportJobTable}: one of {@link IMPORT_JOB_COLUMN_IDS}. */
export type ImportJobColumnId = (typeof IMPORT_JOB_COLUMN_IDS)[number];

/** Which columns are shown, by id. A column absent from the map is shown; `false` hides it. */
export type ImportJobColumnVisibility = Partial<Record<ImportJobColumnId, boolean>>;

/**
 * The columns hidden until the user (or the host) shows them: `RoleArn`, `DefineSegment`, `RegisterEndpoints`,
 * `ApplicationId`, `Type` and the deprecated `ExternalId`.
 */
export const DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY: Readonly<ImportJobColumnVisibility> = Object.freeze({
  RoleArn: false,
  DefineSegment: false,
  RegisterEndpoints: false,
  ApplicationId: false,
  Type: false,
  ExternalId: false,
});
