import {
  type ImportJobResource,
  type ImportJobResponse,
  isTerminalJobStatus,
  JOB_STATUSES,
  type JobStatus,
} from '../core/types.js';
import { createFailureMessages } from './failures.js';
import { hashSeed, mulberry32, pick, type RandomSource, randomHex, randomInt } from './random.js';

/** The moment fixtures are dated from unless told otherwise: 2025-06-02T09:30:00.000Z. */
export const FIXTURE_EPOCH = Date.UTC(2025, 5, 2, 9, 30, 0);

/** Fields to set on a fixture job; `Definition` is merged member by member into the generated one. */
export interface ImportJobOverrides extends Partial<Omit<ImportJobResponse, 'Definition' | 'JobStatus'>> {
  /**
   * The status. Any string: an unknown one (`'ARCHIVED'`) is kept as it is, with counts of a job that has processed
   * nothing, for testing how a host shows statuses it does not know. Default: `COMPLETED`.
   */
  JobStatus?: JobStatus | (string & {}) | undefined;
  /** Members of the job's `Definition` to set; the others are generated. */
  Definition?: Partial<ImportJobResource> | undefined;
}

/** How {@link createImportJob} generates the fields not overridden. */
export interface CreateImportJobOptions {
  /** Seed of every generated value: the same seed gives the same job. Default: `1`. */
  seed?: number | undefined;
  /**
   * The moment the job is dated back from, as epoch milliseconds, a `Date` or an ISO string; the job was created
   * minutes to hours before it. Default: {@link FIXTURE_EPOCH}.
   */
  now?: number | Date | string | undefined;
}

/** How {@link createImportJobs} generates a list of jobs. */
export interface CreateImportJobsOptions {
  /** Seed of every generated value: the same seed and count give the same jobs. Default: `1`. */
  seed?: number | undefined;
  /**
   * The statuses to give the jobs, newest first, used in turn (repeated when `count` is larger). Default: a
   * seeded mix that is mostly `COMPLETED`, some `FAILED`, and active statuses only among the newest jobs.
   */
  statuses?: readonly (JobStatus | (string & {}))[] | undefined;
  /** The application all jobs belong to. Default: one generated 32-digit ID shared by all jobs. */
  applicationId?: string | undefined;
  /** The segment all jobs import into (`Definition.SegmentId`). Default: one generated ID shared by all jobs. */
  segmentId?: string | undefined;
  /** The segment name all jobs report (`Definition.SegmentName`). Default: one generated name. */
  segmentName?: string | undefined;
  /** The moment the newest job is dated back from. Default: {@link FIXTURE_EPOCH}. */
  now?: number | Date | string | undefined;
}

const SEGMENT_NAMES = [
  'Newsletter subscribers',
  'Spring sale 2025',
  'Lapsed customers (90 days)',
  'Beta testers',
  'Loyalty gold tier',
  'App users without email',
] as const;

const BUCKETS = ['acme-marketing-imports', 'pinpoint-endpoints-prod', 'crm-exports-eu-west-1'] as const;

const FILES = ['endpoints', 'contacts', 'crm-export', 'signups', 'segment-members'] as const;

const ACTIVE_STATUSES = JOB_STATUSES.filter((status) => !isTerminalJobStatus(status)) as unknown as readonly [
  JobStatus,
  ...JobStatus[],
];

function toEpoch(now: number | Date | string | undefined): number {
  if (now === undefined) return FIXTURE_EPOCH;
  if (typeof now === 'number') return now;
  return new Date(now).getTime();
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

interface JobContext {
  applicationId: string;
  segmentId: string;
  segmentName: string;
  accountId: string;
}

function createContext(random: RandomSource): JobContext {
  return {
    applicationId: randomHex(random, 32),
    segmentId: randomHex(random, 32),
    segmentName: pick(random, SEGMENT_NAMES),
    accountId: String(randomInt(random, 100000000000, 999999999999)),
  };
}

/** Counts that fit a status: nothing processed before `PROCESSING`, everything after it. */
/** A status as the fixtures take it: one of the service model's, or any other string, kept as it is. */
type AnyJobStatus = JobStatus | (string & {});

function countsFor(
  random: RandomSource,
  status: AnyJobStatus,
  totalPieces: number,
  endpointsPerPiece: number,
): Pick<ImportJobResponse, 'CompletedPieces' | 'FailedPieces' | 'TotalFailures' | 'TotalProcessed'> {
  switch (status) {
    case 'CREATED':
    case 'PREPARING_FOR_INITIALIZATION':
    case 'INITIALIZING':
    case 'PENDING_JOB':
      return { CompletedPieces: 0, FailedPieces: 0, TotalFailures: 0, TotalProcessed: 0 };
    case 'PROCESSING': {
      const done = randomInt(random, 0, Math.max(0, totalPieces - 1));
      return {
        CompletedPieces: done,
        FailedPieces: 0,
        TotalFailures: 0,
        TotalProcessed: done * endpointsPerPiece + randomInt(random, 0, endpointsPerPiece - 1),
      };
    }
    case 'COMPLETING':
    case 'COMPLETED':
      return {
        CompletedPieces: totalPieces,
        FailedPieces: 0,
        TotalFailures: 0,
        TotalProcessed: totalPieces * endpointsPerPiece,
      };
    case 'FAILING':
    case 'FAILED': {
      const failed = randomInt(random, 1, Math.max(1, Math.ceil(totalPieces / 3)));
      return {
        CompletedPieces: totalPieces - failed,
        FailedPieces: failed,
        TotalFailures: randomInt(random, 101, Math.min(5000, failed * endpointsPerPiece)),
        TotalProcessed: totalPieces * endpointsPerPiece,
      };
    }
    default:
      // A status the service model does not know: nothing processed, as far as anyone can tell.
      return { CompletedPieces: 0, FailedPieces: 0, TotalFailures: 0, TotalProcessed: 0 };
  }
}

function buildImportJob(
  random: RandomSource,
  context: JobContext,
  status: AnyJobStatus,
  createdAt: number,
  overrides: ImportJobOverrides,
): ImportJobResponse {
  const picked = pick(random, ['CSV', 'JSON'] as const);
  // An overridden Format decides the file's extension and the failures' wording too.
  const wanted = overrides.Definition?.Format;
  const format = wanted === 'CSV' || wanted === 'JSON' ? wanted : picked;
  const totalPieces = randomInt(random, 1, 12);
  const endpointsPerPiece = randomInt(random, 400, 25000);
  const counts = countsFor(random, status, totalPieces, endpointsPerPiece);
  const id = randomHex(random, 32);
  const defineSegment = random() < 0.5;
  const day = iso(createdAt).slice(0, 10);
  const extension = format === 'CSV' ? 'csv' : 'json';
  const durationMs = randomInt(random, 90, 45 * 60) * 1000 + randomInt(random, 0, 999);
  const definition: ImportJobResource = {
    DefineSegment: defineSegment,
    ExternalId: context.accountId,
    Format: format,
    RegisterEndpoints: true,
    RoleArn: `arn:aws:iam::${context.accountId}:role/PinpointSegmentImport`,
    S3Url: `s3://${pick(random, BUCKETS)}/imports/${day}/${pick(random, FILES)}-${randomInt(random, 1, 99)}.${extension}`,
    SegmentId: context.segmentId,
    SegmentName: context.segmentName,
    ...overrides.Definition,
  };
  const { Definition: _definition, ...rest } = overrides;
  // An overridden TotalFailures sizes the generated Failures too (at most 100 of them), so the counts agree.
  const totalFailures =
    typeof rest.TotalFailures === 'number' ? rest.TotalFailures : (counts.TotalFailures ?? 0);
  const job: ImportJobResponse = {
    ApplicationId: context.applicationId,
    CompletedPieces: counts.CompletedPieces,
    CreationDate: iso(createdAt),
    Definition: definition,
    FailedPieces: counts.FailedPieces,
    Failures: createFailureMessages(hashSeed(id), totalFailures, definition.Format),
    Id: id,
    // An unknown status goes on the wire as it is, which is the point of asking for one.
    JobStatus: status as JobStatus,
    TotalFailures: counts.TotalFailures,
    TotalPieces: totalPieces,
    TotalProcessed: counts.TotalProcessed,
    Type: 'IMPORT',
  };
  if (status === 'COMPLETED' || status === 'FAILED') job.CompletionDate = iso(createdAt + durationMs);
  return { ...job, ...rest, JobStatus: status as JobStatus, Definition: definition };
}

/**
 * A complete, plausible import job: every field of `ImportJobResponse` filled, the counts consistent with
 * `JobStatus` (nothing processed before `PROCESSING`; `Failures` holding at most 100 of a larger `TotalFailures`
 * when `FAILED`), `CompletionDate` only on terminal jobs. Reproducible: the same overrides and seed give the same job.
 *
 * @param overrides - Fields to set; the rest are generated. Default status: `COMPLETED`.
 * @param options - Seed and reference date.
 */
export function createImportJob(
  overrides: ImportJobOverrides = {},
  options: CreateImportJobOptions = {},
): ImportJobResponse {
  const random = mulberry32(options.seed ?? 1);
  const context = createContext(random);
  const createdAt = toEpoch(options.now) - randomInt(random, 60, 6 * 60) * 60_000;
  return buildImportJob(random, context, overrides.JobStatus ?? 'COMPLETED', createdAt, overrides);
}

function defaultStatus(random: RandomSource, index: number): JobStatus {
  const roll = random();
  if (index < 3 && roll < 0.3) return pick(random, ACTIVE_STATUSES);
  return roll < 0.8 ? 'COMPLETED' : 'FAILED';
}

/**
 * `count` plausible import jobs of one segment, newest first, each created a few hours before the previous one.
 * Reproducible: the same count and options give the same jobs.
 *
 * @param count - How many jobs to create.
 * @param options - Seed, statuses and shared IDs.
 */
export function createImportJobs(count: number, options: CreateImportJobsOptions = {}): ImportJobResponse[] {
  const random = mulberry32(options.seed ?? 1);
  const generated = createContext(random);
  const context: JobContext = {
    ...generated,
    applicationId: options.applicationId ?? generated.applicationId,
    segmentId: options.segmentId ?? generated.segmentId,
    segmentName: options.segmentName ?? generated.segmentName,
  };
  const jobs: ImportJobResponse[] = [];
  let createdAt = toEpoch(options.now) - randomInt(random, 5, 90) * 60_000;
  for (let index = 0; index < count; index += 1) {
    const statuses = options.statuses;
    const status =
      statuses && statuses.length > 0
        ? (statuses[index % statuses.length] ?? 'COMPLETED')
        : defaultStatus(random, index);
    jobs.push(buildImportJob(random, context, status, createdAt, {}));
    createdAt -= randomInt(random, 20, 36 * 60) * 60_000;
  }
  return jobs;
}
