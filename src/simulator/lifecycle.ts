import type { ImportJobResponse, JobStatus } from '../core/types.js';
import { createFailureMessages } from './failures.js';
import { createImportJob, type ImportJobOverrides } from './fixtures.js';
import { hashSeed } from './random.js';

/** How a live job of the simulated backend runs: it starts `CREATED` and advances one step at a time. */
export interface LiveJobOptions {
  /** How the job ends: `COMPLETED`, or `FAILED` through `FAILING` with `Failures` filled. Default: `COMPLETED`. */
  outcome?: 'COMPLETED' | 'FAILED' | undefined;
  /**
   * Fields of the job that do not change as it runs (`Id`, `ApplicationId`, `Definition`...); the rest are
   * generated from the backend's seed. Counts, `JobStatus` and dates set here are ignored.
   */
  job?: ImportJobOverrides | undefined;
  /** How many pieces the job processes. Default: `4`. */
  totalPieces?: number | undefined;
  /** How many endpoint definitions each piece holds (for `TotalProcessed`). Default: `2500`. */
  endpointsPerPiece?: number | undefined;
  /** How many pieces are processed per step while `PROCESSING`. Default: `1`. */
  piecesPerStep?: number | undefined;
  /** How many pieces fail, when `outcome` is `FAILED` (at least 1). Default: `1`. */
  failedPieces?: number | undefined;
  /** How many endpoint definitions fail in all, when `outcome` is `FAILED`. Default: `2345`. */
  totalFailures?: number | undefined;
}

/** The statuses in which a job holds one of the account's concurrent import slots. */
const RUNNING: ReadonlySet<JobStatus> = new Set<JobStatus>([
  'PREPARING_FOR_INITIALIZATION',
  'INITIALIZING',
  'PROCESSING',
  'COMPLETING',
  'FAILING',
]);

/** The mutable state of one live job inside the simulated backend. */
export interface LiveJob {
  readonly base: ImportJobResponse;
  readonly outcome: 'COMPLETED' | 'FAILED';
  readonly totalPieces: number;
  readonly endpointsPerPiece: number;
  readonly piecesPerStep: number;
  readonly failedPiecesPlanned: number;
  readonly totalFailuresPlanned: number;
  status: JobStatus;
  processedPieces: number;
  failedPieces: number;
  failures: number;
  /** How many steps the job has taken. */
  steps: number;
  completionDate?: string | undefined;
}

function positiveInteger(value: number | undefined, fallback: number, min = 1): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(min, Math.floor(value)) : fallback;
}

/**
 * Creates a live job in `CREATED`.
 *
 * @param options - How the job runs.
 * @param createdAt - Its `CreationDate`, as epoch milliseconds.
 * @param seed - Seed of the generated fields.
 */
export function createLiveJob(options: LiveJobOptions, createdAt: number, seed: number): LiveJob {
  const outcome = options.outcome ?? 'COMPLETED';
  const totalPieces = positiveInteger(options.totalPieces, 4);
  const generated = createImportJob({ ...options.job, JobStatus: 'CREATED' }, { seed });
  const base: ImportJobResponse = { ...generated, CreationDate: new Date(createdAt).toISOString() };
  delete base.CompletionDate;
  return {
    base,
    outcome,
    totalPieces,
    endpointsPerPiece: positiveInteger(options.endpointsPerPiece, 2500),
    piecesPerStep: positiveInteger(options.piecesPerStep, 1),
    failedPiecesPlanned:
      outcome === 'FAILED' ? Math.min(totalPieces, positiveInteger(options.failedPieces, 1)) : 0,
    totalFailuresPlanned: outcome === 'FAILED' ? positiveInteger(options.totalFailures, 2345) : 0,
    status: 'CREATED',
    processedPieces: 0,
    failedPieces: 0,
    failures: 0,
    steps: 0,
  };
}

/** Whether piece `index` (0-based) is one of the failing ones: they are spread evenly over the job. */
function pieceFails(job: LiveJob, index: number): boolean {
  const { failedPiecesPlanned: failed, totalPieces: total } = job;
  return Math.floor(((index + 1) * failed) / total) > Math.floor((index * failed) / total);
}

/** How many definitions fail in the `nth` (0-based) failing piece: `totalFailures` split evenly. */
function failuresOfPiece(job: LiveJob, nth: number): number {
  const { totalFailuresPlanned: total, failedPiecesPlanned: pieces } = job;
  return Math.floor((total * (nth + 1)) / pieces) - Math.floor((total * nth) / pieces);
}

function processPieces(job: LiveJob): void {
  const end = Math.min(job.totalPieces, job.processedPieces + job.piecesPerStep);
  for (let index = job.processedPieces; index < end; index += 1) {
    if (pieceFails(job, index)) {
      job.failures += failuresOfPiece(job, job.failedPieces);
      job.failedPieces += 1;
    }
  }
  job.processedPieces = end;
}

/**
 * Advances every live job one step, oldest first. A job leaves `CREATED` (or `PENDING_JOB`) for
 * `PREPARING_FOR_INITIALIZATION` only while fewer than `maxConcurrentJobs` jobs run; otherwise it waits in
 * `PENDING_JOB`. `PROCESSING` lasts until every piece is processed, then the job goes through `COMPLETING` or
 * `FAILING` to its outcome.
 *
 * @param jobs - Every live job of the backend, oldest first; changed in place.
 * @param maxConcurrentJobs - How many jobs may run at once.
 * @param now - The current time, for `CompletionDate`.
 * @param stepMs - The least time a step takes: `CompletionDate` is never sooner than the steps a job took.
 */
export function stepLiveJobs(
  jobs: readonly LiveJob[],
  maxConcurrentJobs: number,
  now: number,
  stepMs: number,
): void {
  let running = jobs.filter((job) => RUNNING.has(job.status)).length;
  for (const job of jobs) {
    if (job.status !== 'COMPLETED' && job.status !== 'FAILED') job.steps += 1;
    switch (job.status) {
      case 'CREATED':
      case 'PENDING_JOB':
        if (running < maxConcurrentJobs) {
          job.status = 'PREPARING_FOR_INITIALIZATION';
          running += 1;
        } else {
          job.status = 'PENDING_JOB';
        }
        break;
      case 'PREPARING_FOR_INITIALIZATION':
        job.status = 'INITIALIZING';
        break;
      case 'INITIALIZING':
        job.status = 'PROCESSING';
        break;
      case 'PROCESSING':
        processPieces(job);
        if (job.processedPieces >= job.totalPieces) {
          job.status = job.failedPieces > 0 ? 'FAILING' : 'COMPLETING';
        }
        break;
      case 'COMPLETING':
      case 'FAILING':
        job.status = job.status === 'COMPLETING' ? 'COMPLETED' : 'FAILED';
        // No sooner than its steps took (each at least `stepMs`), so a job never completes when it was created.
        job.completionDate = new Date(
          Math.max(now, Date.parse(job.base.CreationDate) + job.steps * stepMs),
        ).toISOString();
        running -= 1;
        break;
      case 'COMPLETED':
      case 'FAILED':
        break;
      default:
        job.status satisfies never;
    }
  }
}

/** Whether every live job has reached `COMPLETED` or `FAILED`. */
export function allLiveJobsSettled(jobs: readonly LiveJob[]): boolean {
  return jobs.every((job) => job.status === 'COMPLETED' || job.status === 'FAILED');
}

/**
 * The job as the service would report it now.
 *
 * @param job - A live job.
 */
export function snapshotLiveJob(job: LiveJob): ImportJobResponse {
  const snapshot: ImportJobResponse = {
    ...job.base,
    Definition: { ...job.base.Definition },
    CompletedPieces: job.processedPieces - job.failedPieces,
    FailedPieces: job.failedPieces,
    Failures: createFailureMessages(hashSeed(job.base.Id), job.failures, job.base.Definition.Format),
    JobStatus: job.status,
    TotalFailures: job.failures,
    TotalPieces: job.totalPieces,
    TotalProcessed: job.processedPieces * job.endpointsPerPiece,
  };
  if (job.completionDate !== undefined) snapshot.CompletionDate = job.completionDate;
  return snapshot;
}
