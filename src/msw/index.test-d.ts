import type { HttpHandler } from 'msw';
import { expectTypeOf, test } from 'vitest';
import type { ImportJobResponse } from '../core/types.js';
import {
  createImportJob,
  createImportJobs,
  createPinpointBackend,
  createPinpointHandlers,
  type PinpointBackend,
  type PinpointFaultInput,
} from './index.js';

test('fixtures are wire jobs', () => {
  expectTypeOf(createImportJob()).toEqualTypeOf<ImportJobResponse>();
  expectTypeOf(createImportJobs(3, { seed: 1, statuses: ['FAILED'] })).toEqualTypeOf<ImportJobResponse[]>();
  // An unknown status is accepted, and kept as it is, for testing how a host shows it.
  createImportJobs(3, { statuses: ['ARCHIVED', 'FAILED'] });
  createImportJob({ JobStatus: 'ARCHIVED' });
  // @ts-expect-error: Format is CSV or JSON
  createImportJob({ Definition: { Format: 'XML' } });
});

test('handlers are MSW handlers; the backend has controls', () => {
  expectTypeOf(createPinpointHandlers()).toEqualTypeOf<HttpHandler[]>();
  const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1' }] });
  expectTypeOf(backend).toEqualTypeOf<PinpointBackend>();
  expectTypeOf(backend.handlers).toEqualTypeOf<HttpHandler[]>();
  expectTypeOf(backend.fail).parameter(0).toEqualTypeOf<PinpointFaultInput>();
  backend.fail('TooManyRequestsException', { times: 2 });
  backend.fail({ kind: 'html', status: 503 });
  backend.fail({ kind: 'latency', ms: 100 });
  // @ts-expect-error: not one of the seven exceptions
  backend.fail('TeapotException');
  // @ts-expect-error: gateways answer 502, 503 or 504
  backend.fail({ kind: 'html', status: 500 });
  // @ts-expect-error: latency needs its milliseconds
  backend.fail({ kind: 'latency' });
  // @ts-expect-error: the advance modes are request, time and manual
  createPinpointBackend({ advance: 'poll' });
});
