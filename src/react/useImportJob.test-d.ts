import { expectTypeOf } from 'vitest';
import type { PinpointError } from '../core/errors.js';
import type {
  ImportJobPollInterval,
  ImportJobsKeptState,
  ImportJobsObserverResult,
  PollIntervalContext,
} from '../core/store/index.js';
import type {
  ApplicationImportJobsFetcher,
  GetImportJobResponse,
  GetImportJobsResponse,
  ImportJob,
  ImportJobFetcher,
  ImportJobsFetcher,
  SegmentImportJobsFetcher,
} from '../core/types.js';
import {
  type UseApplicationImportJobsOptions,
  type UseApplicationImportJobsResult,
  useApplicationImportJobs,
} from './useApplicationImportJobs.js';
import { type UseImportJobOptions, type UseImportJobResult, useImportJob } from './useImportJob.js';
import { useKeptState } from './useKeptState.js';
import { type UseSegmentImportJobsResult, useSegmentImportJobs } from './useSegmentImportJobs.js';

declare const plain: SegmentImportJobsFetcher;
declare const full: ImportJobsFetcher;
declare const jobsOnly: ApplicationImportJobsFetcher;
declare const jobOnly: ImportJobFetcher;

// useImportJob: options and result.
expectTypeOf(useImportJob).parameter(0).toEqualTypeOf<UseImportJobOptions>();
expectTypeOf(useImportJob).returns.toEqualTypeOf<UseImportJobResult>();
expectTypeOf<UseImportJobOptions['fetcher']>().toEqualTypeOf<ImportJobFetcher>();
expectTypeOf<UseImportJobOptions['initialData']>().toEqualTypeOf<GetImportJobResponse | undefined>();
expectTypeOf<UseImportJobOptions['pollInterval']>().toEqualTypeOf<ImportJobPollInterval | undefined>();
expectTypeOf<NonNullable<UseImportJobOptions['onJobSettled']>>().parameter(0).toEqualTypeOf<ImportJob>();
expectTypeOf<NonNullable<UseImportJobOptions['onError']>>().parameter(0).toEqualTypeOf<PinpointError>();
expectTypeOf<UseImportJobResult>().toEqualTypeOf<{
  status: 'idle' | 'loading' | 'success' | 'error';
  job: ImportJob | undefined;
  error: PinpointError | undefined;
  isFetching: boolean;
  isPolling: boolean;
  isStale: boolean;
  isPlaceholderData: boolean;
  updatedAt: number | undefined;
  failureCount: number;
  nextRetryAt: number | undefined;
  refresh: () => Promise<void>;
}>();
// useApplicationImportJobs: the same result as useSegmentImportJobs.
expectTypeOf(useApplicationImportJobs).parameter(0).toEqualTypeOf<UseApplicationImportJobsOptions>();
expectTypeOf<UseApplicationImportJobsResult>().toEqualTypeOf<UseSegmentImportJobsResult>();
expectTypeOf<UseApplicationImportJobsResult>().toEqualTypeOf<ImportJobsObserverResult>();
expectTypeOf<UseApplicationImportJobsOptions['fetcher']>().toEqualTypeOf<ApplicationImportJobsFetcher>();
expectTypeOf<UseApplicationImportJobsOptions['initialData']>().toEqualTypeOf<
  GetImportJobsResponse | undefined
>();
expectTypeOf<UseApplicationImportJobsOptions['pageSize']>().toEqualTypeOf<number | undefined>();
expectTypeOf<UseApplicationImportJobsOptions>().not.toHaveProperty('segmentId');
expectTypeOf<UseApplicationImportJobsOptions['rememberPlace']>().toEqualTypeOf<boolean | undefined>();

// useKeptState: typed by its initial value, from the kept state of a list's result.
expectTypeOf<UseSegmentImportJobsResult['kept']>().toEqualTypeOf<ImportJobsKeptState>();

// Hook calls, inside a hook as the rules of hooks want; only their types are checked.
export function useTypeChecks(): void {
  // Each hook's fetcher is typed by what it needs: the full fetcher fits every hook.
  useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher: full });
  useApplicationImportJobs({ applicationId: 'a', fetcher: full });
  useImportJob({ applicationId: 'a', jobId: 'j', fetcher: full });
  // An object with just the method a hook needs fits that hook.
  useApplicationImportJobs({ applicationId: 'a', fetcher: jobsOnly });
  useImportJob({ applicationId: 'a', jobId: 'j', fetcher: jobOnly });
  // A plain function still fits a segment's list, and no other hook.
  useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher: plain });
  // @ts-expect-error: a plain function has no getImportJobs
  useApplicationImportJobs({ applicationId: 'a', fetcher: plain });
  // @ts-expect-error: a plain function has no getImportJob
  useImportJob({ applicationId: 'a', jobId: 'j', fetcher: plain });
  useImportJob({
    applicationId: 'a',
    jobId: 'j',
    // @ts-expect-error: an inline plain function neither
    fetcher: async () => ({ ImportJobsResponse: { Item: [] } }),
  });
  // @ts-expect-error: getImportJobs is not getImportJob
  useImportJob({ applicationId: 'a', jobId: 'j', fetcher: jobsOnly });
  // @ts-expect-error: jobId is required
  useImportJob({ applicationId: 'a', fetcher: full });

  // A poll function for one job gets the job.
  useImportJob({
    applicationId: 'a',
    jobId: 'j',
    fetcher: full,
    pollInterval: (job, context) => {
      expectTypeOf(job).toEqualTypeOf<ImportJob | undefined>();
      expectTypeOf(context).toEqualTypeOf<PollIntervalContext>();
      return job?.JobStatus === 'PENDING_JOB' ? 30_000 : 2_000;
    },
  });

  const list = useApplicationImportJobs({ applicationId: 'a', fetcher: full });
  const [sorting, setSorting] = useKeptState(list.kept, 'sorting', [{ id: 'created', desc: true }]);
  expectTypeOf(sorting).toEqualTypeOf<{ id: string; desc: boolean }[]>();
  expectTypeOf(setSorting).parameter(0).toEqualTypeOf<{ id: string; desc: boolean }[]>();
  // @ts-expect-error: the value must have the type of the initial value
  setSorting('created');
}
