import { expectTypeOf, test } from 'vitest';
import type {
  ImportJobFetcher,
  ImportJobResource,
  ImportJobResponse,
  ImportJobsFetcher,
  SegmentImportJobsFetcher,
} from '../../src/core/index.js';
import {
  createImportJobsHandler,
  type ImportJobsAuthorizeContext,
  type ImportJobsAuthorizeResult,
  type ImportJobsHandler,
  type ImportJobsOperation,
  type ImportJobsSource,
  type ShapeJobContext,
} from '../../src/server/index.js';
import type { DEFINITION_MEMBERS, JOB_MEMBERS } from '../../src/server/sourcePage.js';

declare const source: SegmentImportJobsFetcher;
declare const full: ImportJobsFetcher;
declare const jobOnly: ImportJobFetcher;

test('a Fetch handler', () => {
  const handler = createImportJobsHandler({ source, authorize: () => true });
  expectTypeOf(handler).toEqualTypeOf<ImportJobsHandler>();
  expectTypeOf(handler).toEqualTypeOf<(request: Request) => Promise<Response>>();
});

test('authorize is required, and typed', () => {
  // @ts-expect-error: authorize is required
  createImportJobsHandler({ source });
  createImportJobsHandler({
    source,
    authorize: async (context) => {
      expectTypeOf(context).toEqualTypeOf<ImportJobsAuthorizeContext>();
      expectTypeOf(context.operation).toEqualTypeOf<ImportJobsOperation>();
      expectTypeOf(context.request).toEqualTypeOf<Request>();
      return context.applicationId === 'app-1' ? { scope: 'user-1' } : false;
    },
  });
  // @ts-expect-error: a scope is a string
  createImportJobsHandler({ source, authorize: () => ({ scope: 1 }) });
  expectTypeOf<true>().toExtend<ImportJobsAuthorizeResult>();
});

test('shapeJob returns a job or null', () => {
  createImportJobsHandler({
    source,
    authorize: () => true,
    shapeJob: (job, { scope }) =>
      scope === undefined ? null : { ...job, Definition: { ...job.Definition, RoleArn: '' } },
  });
  // @ts-expect-error: a job or null
  createImportJobsHandler({ source, authorize: () => true, shapeJob: () => 'job' });
});

test('every member of the service model is sent', () => {
  expectTypeOf<Exclude<keyof ImportJobResponse, (typeof JOB_MEMBERS)[number]>>().toBeNever();
  expectTypeOf<Exclude<keyof ImportJobResource, (typeof DEFINITION_MEMBERS)[number]>>().toBeNever();
});

test('the three operations, told apart by operation', () => {
  expectTypeOf<ImportJobsOperation>().toEqualTypeOf<
    'GetSegmentImportJobs' | 'GetImportJobs' | 'GetImportJob'
  >();
  createImportJobsHandler({
    source,
    authorize: (context) => {
      expectTypeOf(context.segmentId).toEqualTypeOf<string | undefined>();
      expectTypeOf(context.jobId).toEqualTypeOf<string | undefined>();
      switch (context.operation) {
        case 'GetSegmentImportJobs':
          expectTypeOf(context.segmentId).toEqualTypeOf<string>();
          return context.segmentId === 'seg-1';
        case 'GetImportJob':
          expectTypeOf(context.jobId).toEqualTypeOf<string>();
          return context.jobId.startsWith('job-');
        case 'GetImportJobs':
          expectTypeOf(context.segmentId).toEqualTypeOf<undefined>();
          return true;
        default:
          return context satisfies never;
      }
    },
    shapeJob: (job, context) => {
      expectTypeOf(context).toEqualTypeOf<ShapeJobContext>();
      expectTypeOf(context.scope).toEqualTypeOf<string | undefined>();
      return context.operation === 'GetImportJob' && context.jobId !== job.Id ? null : job;
    },
  });
});

test('the source is the fetcher contract: the function, its methods, or both', () => {
  expectTypeOf(full).toExtend<ImportJobsSource>();
  expectTypeOf(source).toExtend<ImportJobsSource>();
  expectTypeOf(jobOnly).toExtend<ImportJobsSource>();
  createImportJobsHandler({ source: full, authorize: () => true });
  createImportJobsHandler({ source: jobOnly, authorize: () => true });
  // @ts-expect-error: a method must answer its operation
  createImportJobsHandler({ source: { getImportJob: async () => 'job' }, authorize: () => true });
  // @ts-expect-error: a string is no source
  createImportJobsHandler({ source: 'fetcher', authorize: () => true });
});
