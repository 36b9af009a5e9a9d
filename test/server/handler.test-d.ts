import { expectTypeOf, test } from 'vitest';
import type { ImportJobResource, ImportJobResponse, SegmentImportJobsFetcher } from '../../src/core/index.js';
import {
  createImportJobsHandler,
  type ImportJobsAuthorizeContext,
  type ImportJobsAuthorizeResult,
  type ImportJobsHandler,
  type ImportJobsOperation,
} from '../../src/server/index.js';
import type { DEFINITION_MEMBERS, JOB_MEMBERS } from '../../src/server/sourcePage.js';

declare const source: SegmentImportJobsFetcher;

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
