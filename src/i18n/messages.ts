import type { PinpointErrorName } from '../core/errors.js';
import type { ImportJobResource, JobStatus } from '../core/types.js';
import type { ImportJobsFormatters } from '../format/formatters.js';

/**
 * The header of each column of the import job table, by column id. The ids are the table's (`ImportJobColumnId`):
 * the wire name of the field a column shows where there is one, and `Progress`, `Segment` and `Duration` for the
 * derived ones. Adding a column adds its header here.
 */
export interface ImportJobColumnHeaders {
  /** Default: `Job ID`. */
  Id: string;
  /** Default: `Status`. */
  JobStatus: string;
  /** Default: `Progress`. */
  Progress: string;
  /** Default: `Endpoints processed`. */
  TotalProcessed: string;
  /** Default: `Failures`. */
  Failures: string;
  /** Default: `Format`. */
  Format: string;
  /** Default: `Source`. */
  S3Url: string;
  /** Default: `Segment`. */
  Segment: string;
  /** Default: `Created`. */
  CreationDate: string;
  /** Default: `Completed`. */
  CompletionDate: string;
  /** Default: `Duration`. */
  Duration: string;
  /** Default: `Role ARN`. */
  RoleArn: string;
  /** Default: `Defines segment`. */
  DefineSegment: string;
  /** Default: `Registers endpoints`. */
  RegisterEndpoints: string;
  /** Default: `Application ID`. */
  ApplicationId: string;
  /** Default: `Type`. */
  Type: string;
  /** Default: `External ID (deprecated)`. */
  ExternalId: string;
}

/**
 * Every piece of visible and assistive text the components show. Plain text is a string; text with values in it
 * is a function that receives the raw values (for plural rules) and the locale's {@link ImportJobsFormatters}
 * (to format them). Override any subset with the `messages` prop of a component or of `ImportJobsI18nProvider`.
 */
export interface ImportJobsMessages {
  /** The label of each known `JobStatus`. Default: the table of docs/components.md (`Created`, `Preparing`, ...). */
  statusLabels: Record<JobStatus, string>;
  /** The label of a status this library does not know. Default: the raw value, or `Unknown` when empty. */
  unknownStatus: (raw: string) => string;

  /** The accessible name of a progress bar. Default: `Import progress`. */
  progressLabel: string;
  /**
   * Visible progress: pieces completed of the total (the failed ones are counted apart, by `progressFailedPieces`);
   * `done` is completed and failed together. Default: `3 of 10 pieces`.
   */
  progressPieces: (
    values: { completed: number; done: number; total: number },
    format: ImportJobsFormatters,
  ) => string;
  /** Visible count of failed pieces. Default: `1 failed`. */
  progressFailedPieces: (values: { failed: number }, format: ImportJobsFormatters) => string;
  /** Visible count of endpoints processed (`TotalProcessed`). Default: `1,234 endpoints processed`. */
  endpointsProcessed: (values: { count: number }, format: ImportJobsFormatters) => string;
  /** `aria-valuetext` of a determinate bar. Default: `40% done: 3 of 10 pieces completed, 1 failed`. */
  progressValueText: (
    values: { completed: number; failed: number; total: number; ratio: number },
    format: ImportJobsFormatters,
  ) => string;
  /** Text of an indeterminate bar of a job that has not started (no total of pieces yet). Default: `Waiting for the job to start`. */
  progressIndeterminate: string;
  /**
   * Text of an indeterminate bar of a job at work (a running status, or pieces or endpoints reported) whose total of
   * pieces is not known. Default: `In progress, total not known yet`.
   */
  progressRunning: string;
  /** Text of a finished job whose pieces are not known. Default: `Finished`. */
  progressFinished: string;
  /** Note shown when the counts disagree (`CompletedPieces > TotalPieces`). Default: `Counts reported by the service disagree`. */
  progressCountsDisagree: string;

  /** The accessible name of a failure list. Default: `Failures`. */
  failuresLabel: string;
  /** How many failures there are. Default: `3 failures`. */
  failuresCount: (values: { count: number }, format: ImportJobsFormatters) => string;
  /** Said when the list holds fewer entries than `TotalFailures`. Default: `Showing 100 of 2,345 failures`. */
  failuresShown: (values: { shown: number; total: number }, format: ImportJobsFormatters) => string;
  /** The empty state of a failure list. Default: `No failures`. */
  failuresEmpty: string;
  /** The copy-all button. Default: `Copy all`. */
  failuresCopy: string;
  /** The download button. Default: `Download as text`. */
  failuresDownload: string;
  /** The name of the downloaded file. Default: `import-job-failures.txt`, or `import-job-<id>-failures.txt`. */
  failuresFileName: (values: { jobId?: string }) => string;
  /** The filter input's label. Default: `Filter failures`. */
  failuresFilter: string;
  /** Announced when a filter is applied. Default: `3 of 40 failures match`. */
  failuresFilterResult: (values: { matches: number; count: number }, format: ImportJobsFormatters) => string;
  /** Said when no failure matches the filter. Default: `No failure matches the filter`. */
  failuresNoMatch: string;
  /** Announced when the download started. Default: `Download started`. */
  downloadStarted: string;
  /** Announced when the browser cannot download a file. Default: `Download is not available in this browser`. */
  downloadUnavailable: string;

  /** The button that copies a value. Default: `Copy`. */
  copy: string;
  /**
   * The accessible name of a button that copies a named value. Default: `Copy <label>`: `Copy Source` in a row,
   * `Copy S3 URL` in its details.
   */
  copyValue: (values: { label: string }) => string;
  /**
   * The accessible name of a table cell's copy button: the column, then the value. Default:
   * `Copy source s3://bucket/key.csv`.
   */
  copyCell: (values: { column: string; value: string }) => string;
  /** The accessible name of the error panel's button that copies the request ID. Default: `Copy request ID`. */
  copyRequestId: string;
  /** Announced after a successful copy. Default: `Copied`. */
  copied: string;
  /** Announced when the clipboard is not available. Default: `Could not copy: select the text and copy it yourself`. */
  copyFailed: string;

  /** The table's caption. Default: `Import jobs`. */
  tableCaption: string;
  /** The header of each column. Default: `Job ID`, `Status`, `Progress`, ... */
  columns: ImportJobColumnHeaders;
  /** The header of the expand column (visually hidden). Default: `Details`. */
  detailsColumn: string;
  /** The expander button of a collapsed row. Default: `Show details of job <id>`. */
  showDetails: (values: { jobId: string }) => string;
  /** The expander button of an expanded row. Default: `Hide details of job <id>`. */
  hideDetails: (values: { jobId: string }) => string;
  /** The heading of the details of a row. Default: `Definition`. */
  definitionHeading: string;
  /** The heading of a job's status, progress, dates and counts in its details. Default: `Summary`. */
  summaryHeading: string;
  /** The label of each field of the `Definition` in the details of a row. Default: `Format`, `S3 URL`, ... */
  definitionFields: Record<keyof ImportJobResource, string>;
  /** A true boolean. Default: `Yes`. */
  yes: string;
  /** A false boolean. Default: `No`. */
  no: string;
  /** A missing value. Default: `–` (with `Not available` for assistive tech, see `notAvailableLabel`). */
  notAvailable: string;
  /** What assistive tech says for a missing value. Default: `Not available`. */
  notAvailableLabel: string;
  /** The tooltip (`title`, the accessible description) of a sortable header's button. Default: `Sort by <column>`. */
  sortBy: (values: { column: string }) => string;
  /** The note shown when the table has more than one page. Default: `Sorting applies to the jobs on this page.` */
  sortsThisPage: string;
  /** @deprecated The table's Preferences replaced its column picker: see `preferences`. Default: `Columns`. */
  columnPicker: string;
  /** The legend of the columns' checkboxes in the table's Preferences. Default: `Visible columns`. */
  columnPickerLegend: string;
  /** The table's Preferences button and dialog: compact rows, wrapped lines, visible columns. Default: `Preferences`. */
  preferences: string;
  /** The choice of the compact density (shorter rows). Default: `Compact rows`. */
  densityCompact: string;
  /** The choice to wrap long values instead of cutting them. Default: `Wrap lines`. */
  wrapLines: string;
  /** The empty state's title. Default: `No import jobs`. */
  emptyTitle: string;
  /** The empty state's description. Default: `This segment has no import jobs yet.` */
  emptyDescription: string;
  /** Said while the first page loads. Default: `Loading import jobs…`. */
  loading: string;
  /** The error panel's title. Default: `Could not load import jobs`. */
  errorTitle: string;
  /** A friendly explanation of each kind of failure. */
  errors: Record<PinpointErrorName, string>;
  /** The request ID of a failure, for support. Default: `Request ID: <id>`. */
  requestId: (values: { requestId: string }) => string;
  /** The retry button. Default: `Try again`. */
  retry: string;
  /** The stale banner's title. Default: `The last refresh failed: these jobs may be out of date.` */
  staleTitle: string;
  /** The age of the data. Default: `Updated 5s ago`. */
  updatedAgo: (values: { updatedAt: number; now: number }, format: ImportJobsFormatters) => string;
  /** The accessible name of the pagination. Default: `Pages`. */
  pagination: string;
  /** The previous-page button. Default: `Previous page`. */
  previousPage: string;
  /** The next-page button. Default: `Next page`. */
  nextPage: string;
  /** The current page: token paging has no total. Default: `Page 2`. */
  pageNumber: (values: { page: number }, format: ImportJobsFormatters) => string;

  /** The accessible name of the drop-in panel. Default: `Segment import jobs`. */
  panelLabel: string;
  /** The accessible name of the panel's toolbar. Default: `Import job actions`. */
  toolbarLabel: string;
  /** The refresh button. Default: `Refresh`. */
  refresh: string;
  /** The refresh button while a request runs. Default: `Refreshing…`. */
  refreshing: string;
  /** The auto-refresh toggle. Default: `Auto-refresh`. */
  autoRefresh: string;
  /** The last-updated time. Default: `Last updated 5s ago`. */
  lastUpdated: (values: { updatedAt: number; now: number }, format: ImportJobsFormatters) => string;
  /** Shown before the first successful load. Default: `Not loaded yet`. */
  neverUpdated: string;
  /**
   * Said when the service refused a page token (it expired) and the panel went back to the first page; gone on the
   * next navigation. Default: `That page had expired, so the list is back on page 1.`
   */
  pageResetExpiredToken: string;

  /** The accessible name of the application's panel (`ApplicationImportJobs`). Default: `Application import jobs`. */
  applicationPanelLabel: string;
  /** The application panel's empty state. Default: `This application has no import jobs yet.` */
  applicationEmptyDescription: string;
  /** The title and accessible name of one job's panel (`ImportJobPanel`). Default: `Import job <id>`. */
  jobPanelLabel: (values: { jobId: string }) => string;
  /** Said while one job loads. Default: `Loading import job…`. */
  jobLoading: string;
  /** The title of one job's error panel. Default: `Could not load import job`. */
  jobErrorTitle: string;
  /** The title of one job's panel when the service has no such job. Default: `Import job not found`. */
  jobNotFoundTitle: string;
  /** Why a job is not found. Default: `This application has no import job with this ID, or you may not see it.` */
  jobNotFound: string;
  /**
   * Said while a job just created is not found yet (it is retried for 30 s). Default: `The job was just created and
   * is not visible yet. Checking again…`
   */
  jobNotFoundYet: string;
}

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** The default, English {@link ImportJobsMessages}. */
export const defaultImportJobsMessages: ImportJobsMessages = {
  statusLabels: {
    CREATED: 'Created',
    PREPARING_FOR_INITIALIZATION: 'Preparing',
    INITIALIZING: 'Initializing',
    PROCESSING: 'Processing',
    PENDING_JOB: 'Pending',
    COMPLETING: 'Completing',
    COMPLETED: 'Completed',
    FAILING: 'Failing',
    FAILED: 'Failed',
  },
  unknownStatus: (raw) => (raw.trim() === '' ? 'Unknown' : raw),

  progressLabel: 'Import progress',
  progressPieces: ({ completed, total }, f) =>
    `${f.number(completed)} of ${f.number(total)} ${plural(total, 'piece', 'pieces')}`,
  progressFailedPieces: ({ failed }, f) => `${f.number(failed)} failed`,
  endpointsProcessed: ({ count }, f) =>
    `${f.number(count)} ${plural(count, 'endpoint', 'endpoints')} processed`,
  progressValueText: ({ completed, failed, total, ratio }, f) =>
    `${f.percent(ratio)} done: ${f.number(completed)} of ${f.number(total)} ${plural(total, 'piece', 'pieces')} completed` +
    (failed > 0 ? `, ${f.number(failed)} failed` : ''),
  progressIndeterminate: 'Waiting for the job to start',
  progressRunning: 'In progress, total not known yet',
  progressFinished: 'Finished',
  progressCountsDisagree: 'Counts reported by the service disagree',

  failuresLabel: 'Failures',
  failuresCount: ({ count }, f) => `${f.number(count)} ${plural(count, 'failure', 'failures')}`,
  failuresShown: ({ shown, total }, f) => `Showing ${f.number(shown)} of ${f.number(total)} failures`,
  failuresEmpty: 'No failures',
  failuresCopy: 'Copy all',
  failuresDownload: 'Download as text',
  failuresFileName: ({ jobId }) => {
    const safe = jobId?.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
    return safe ? `import-job-${safe}-failures.txt` : 'import-job-failures.txt';
  },
  failuresFilter: 'Filter failures',
  failuresFilterResult: ({ matches, count }, f) =>
    `${f.number(matches)} of ${f.number(count)} ${plural(count, 'failure', 'failures')} match`,
  failuresNoMatch: 'No failure matches the filter',
  downloadStarted: 'Download started',
  downloadUnavailable: 'Download is not available in this browser',

  copy: 'Copy',
  copyValue: ({ label }) => `Copy ${label}`,
  copyCell: ({ column, value }) => `Copy ${column.toLowerCase()} ${value}`,
  copyRequestId: 'Copy request ID',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it yourself',

  tableCaption: 'Import jobs',
  columns: {
    Id: 'Job ID',
    JobStatus: 'Status',
    Progress: 'Progress',
    TotalProcessed: 'Endpoints processed',
    Failures: 'Failures',
    Format: 'Format',
    S3Url: 'Source',
    Segment: 'Segment',
    CreationDate: 'Created',
    CompletionDate: 'Completed',
    Duration: 'Duration',
    RoleArn: 'Role ARN',
    DefineSegment: 'Defines segment',
    RegisterEndpoints: 'Registers endpoints',
    ApplicationId: 'Application ID',
    Type: 'Type',
    ExternalId: 'External ID (deprecated)',
  },
  detailsColumn: 'Details',
  showDetails: ({ jobId }) => `Show details of job ${jobId}`,
  hideDetails: ({ jobId }) => `Hide details of job ${jobId}`,
  definitionHeading: 'Definition',
  summaryHeading: 'Summary',
  definitionFields: {
    Format: 'Format',
    S3Url: 'S3 URL',
    RoleArn: 'Role ARN',
    DefineSegment: 'Defines segment',
    RegisterEndpoints: 'Registers endpoints',
    SegmentName: 'Segment name',
    SegmentId: 'Segment ID',
    ExternalId: 'External ID (deprecated)',
  },
  yes: 'Yes',
  no: 'No',
  notAvailable: '–',
  notAvailableLabel: 'Not available',
  sortBy: ({ column }) => `Sort by ${column}`,
  sortsThisPage: 'Sorting applies to the jobs on this page.',
  columnPicker: 'Columns',
  columnPickerLegend: 'Visible columns',
  preferences: 'Preferences',
  densityCompact: 'Compact rows',
  wrapLines: 'Wrap lines',
  emptyTitle: 'No import jobs',
  emptyDescription: 'This segment has no import jobs yet.',
  loading: 'Loading import jobs…',
  errorTitle: 'Could not load import jobs',
  errors: {
    BadRequestException: 'The request was not valid. Check the application and segment IDs.',
    ForbiddenException: 'You do not have permission to see these import jobs.',
    NotFoundException: 'The application or segment was not found.',
    MethodNotAllowedException: 'This request is not served: the fetcher or server lacks this operation.',
    PayloadTooLargeException: 'The request was too large. Try a smaller page size.',
    TooManyRequestsException: 'Too many requests were sent. Wait a moment, then try again.',
    InternalServerErrorException: 'The service had an internal error. Try again in a moment.',
    ServiceUnavailableError: 'The service is unavailable right now. Try again in a moment.',
    HttpError: 'The server answered with an unexpected error.',
    NetworkError: 'The service could not be reached. Check your connection.',
    TimeoutError: 'The service took too long to answer.',
    InvalidResponseError: 'The service sent a response that could not be read.',
    AbortError: 'The request was cancelled.',
    UnknownError: 'Something went wrong.',
  },
  requestId: ({ requestId }) => `Request ID: ${requestId}`,
  retry: 'Try again',
  staleTitle: 'The last refresh failed: these jobs may be out of date.',
  updatedAgo: ({ updatedAt, now }, f) => `Updated ${f.relativeTime(updatedAt, now)}`,
  pagination: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageNumber: ({ page }, f) => `Page ${f.number(page)}`,

  panelLabel: 'Segment import jobs',
  toolbarLabel: 'Import job actions',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  autoRefresh: 'Auto-refresh',
  lastUpdated: ({ updatedAt, now }, f) => `Last updated ${f.relativeTime(updatedAt, now)}`,
  neverUpdated: 'Not loaded yet',
  pageResetExpiredToken: 'That page had expired, so the list is back on page 1.',

  applicationPanelLabel: 'Application import jobs',
  applicationEmptyDescription: 'This application has no import jobs yet.',
  jobPanelLabel: ({ jobId }) => `Import job ${jobId}`,
  jobLoading: 'Loading import job…',
  jobErrorTitle: 'Could not load import job',
  jobNotFoundTitle: 'Import job not found',
  jobNotFound: 'This application has no import job with this ID, or you may not see it.',
  jobNotFoundYet: 'The job was just created and is not visible yet. Checking again…',
};

/**
 * A partial override of {@link ImportJobsMessages}: any top-level key, and any subset of `statusLabels`,
 * `columns` and `errors`.
 */
export type ImportJobsMessagesOverride = Partial<
  Omit<ImportJobsMessages, 'statusLabels' | 'columns' | 'errors' | 'definitionFields'>
> & {
  /** Labels of some `Definition` fields. */
  definitionFields?: Partial<ImportJobsMessages['definitionFields']>;
  /** Labels of some statuses. */
  statusLabels?: Partial<ImportJobsMessages['statusLabels']>;
  /** Headers of some columns. */
  columns?: Partial<ImportJobsMessages['columns']>;
  /** Explanations of some failures. */
  errors?: Partial<ImportJobsMessages['errors']>;
};

/**
 * Merges overrides onto base messages: top-level keys replace, and the `statusLabels`, `columns`, `errors` and
 * `definitionFields` maps are merged key by key.
 *
 * @param base - The messages to start from.
 * @param overrides - Partial messages applied in order; `undefined` entries are skipped.
 */
export function mergeImportJobsMessages(
  base: ImportJobsMessages,
  ...overrides: ReadonlyArray<ImportJobsMessagesOverride | undefined>
): ImportJobsMessages {
  let result = base;
  for (const override of overrides) {
    if (!override) continue;
    result = {
      ...result,
      ...(override as Partial<ImportJobsMessages>),
      statusLabels: { ...result.statusLabels, ...override.statusLabels },
      columns: { ...result.columns, ...override.columns },
      errors: { ...result.errors, ...override.errors },
      definitionFields: { ...result.definitionFields, ...override.definitionFields },
    };
  }
  return result;
}
