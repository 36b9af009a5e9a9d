import { IMPORT_JOB_COLUMNS } from './columns.js';

/**
 * The id of a column of {@link ImportJobTable}: one of {@link IMPORT_JOB_COLUMN_IDS}. Ids keep the wire name of the
 * field they show where there is one (`JobStatus`, `S3Url`, `CreationDate`); `Progress`, `Segment` and `Duration`
 * are derived.
 */
export type ImportJobColumnId = (typeof IMPORT_JOB_COLUMNS)[number]['id'];

/** The columns of {@link ImportJobTable}, in display order. */
export const IMPORT_JOB_COLUMN_IDS: readonly ImportJobColumnId[] = IMPORT_JOB_COLUMNS.map(
  (column) => column.id,
);

/** Which columns are shown, by id. A column absent from the map is shown; `false` hides it. */
export type ImportJobColumnVisibility = Partial<Record<ImportJobColumnId, boolean>>;

/**
 * The columns hidden until the user (or the host) shows them: `RoleArn`, `DefineSegment`, `RegisterEndpoints`,
 * `ApplicationId`, `Type` and the deprecated `ExternalId`.
 */
export const DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY: Readonly<ImportJobColumnVisibility> = Object.freeze(
  Object.fromEntries(IMPORT_JOB_COLUMNS.filter((column) => column.hidden).map(({ id }) => [id, false])),
);
