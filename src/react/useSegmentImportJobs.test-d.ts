import { expectTypeOf } from 'vitest';
import type { PinpointError } from '../core/errors.js';
import type { ImportJobsStore, ImportJobsStoreOptions, PollInterval } from '../core/store/index.js';
import { createImportJobsStore } from '../core/store/index.js';
import type { GetSegmentImportJobsResponse, ImportJob, SegmentImportJobsFetcher } from '../core/types.js';
import type { UseSegmentImportJobsOptions, UseSegmentImportJobsResult } from './useSegmentImportJobs.js';
import { useSegmentImportJobs } from './useSegmentImportJobs.js';

expectTypeOf(useSegmentImportJobs).parameter(0).toEqualTypeOf<UseSegmentImportJobsOptions>();
expectTypeOf(useSegmentImportJobs).returns.toEqualTypeOf<UseSegmentImportJobsResult>();

expectTypeOf<UseSegmentImportJobsOptions['applicationId']>().toEqualTypeOf<string>();
expectTypeOf<UseSegmentImportJobsOptions['fetcher']>().toEqualTypeOf<SegmentImportJobsFetcher>();
expectTypeOf<UseSegmentImportJobsOptions['pageSize']>().toEqualTypeOf<number | undefined>();
expectTypeOf<UseSegmentImportJobsOptions['pollInterval']>().toEqualTypeOf<PollInterval | undefined>();
expectTypeOf<UseSegmentImportJobsOptions['initialData']>().toEqualTypeOf<
  GetSegmentImportJobsResponse | undefined
>();
expectTypeOf<NonNullable<UseSegmentImportJobsOptions['onError']>>()
  .parameter(0)
  .toEqualTypeOf<PinpointError>();
expectTypeOf<NonNullable<UseSegmentImportJobsOptions['onJobSettled']>>()
  .parameter(0)
  .toEqualTypeOf<ImportJob>();

expectTypeOf<UseSegmentImportJobsResult['status']>().toEqualTypeOf<
  'idle' | 'loading' | 'success' | 'error'
>();
expectTypeOf<UseSegmentImportJobsResult['jobs']>().toEqualTypeOf<ImportJob[]>();
expectTypeOf<UseSegmentImportJobsResult['error']>().toEqualTypeOf<PinpointError | undefined>();
expectTypeOf<UseSegmentImportJobsResult['updatedAt']>().toEqualTypeOf<number | undefined>();
expectTypeOf<UseSegmentImportJobsResult['nextRetryAt']>().toEqualTypeOf<number | undefined>();
expectTypeOf<UseSegmentImportJobsResult['pageReset']>().toEqualTypeOf<'expired-token' | undefined>();
expectTypeOf<UseSegmentImportJobsResult['refresh']>().returns.toEqualTypeOf<Promise<void>>();
expectTypeOf<UseSegmentImportJobsResult['isPlaceholderData']>().toEqualTypeOf<boolean>();

expectTypeOf(createImportJobsStore).parameter(0).toEqualTypeOf<ImportJobsStoreOptions | undefined>();
expectTypeOf(createImportJobsStore).returns.toEqualTypeOf<ImportJobsStore>();
expectTypeOf<ImportJobsStore['invalidate']>().parameter(0).toEqualTypeOf<{
  applicationId: string;
  segmentId?: string | undefined;
  jobId?: string | undefined;
}>();

// A pollInterval function gets the settled jobs and context; numbers and false are accepted.
const poll: PollInterval = (jobs, { error, failureCount, pageIndex, updatedAt }) => {
  expectTypeOf(jobs).toEqualTypeOf<ImportJob[]>();
  expectTypeOf(error).toEqualTypeOf<PinpointError | undefined>();
  expectTypeOf(failureCount).toEqualTypeOf<number>();
  expectTypeOf(pageIndex).toEqualTypeOf<number>();
  expectTypeOf(updatedAt).toEqualTypeOf<number | undefined>();
  return false;
};
expectTypeOf(poll).toExtend<PollInterval>();
