import type { PinpointClient } from '@aws-sdk/client-pinpoint';
import { expectTypeOf } from 'vitest';
import type { ImportJobsFetcher, SegmentImportJobsFetcher } from '../core/index.js';
import { type CreateSdkFetcherOptions, createSdkFetcher } from './index.js';

// createSdkFetcher: takes a PinpointClient, gives the same fetcher type as createHttpFetcher: the segment function
// with the methods of the other operations.
expectTypeOf(createSdkFetcher).parameter(0).toEqualTypeOf<PinpointClient>();
expectTypeOf(createSdkFetcher).parameter(1).toEqualTypeOf<CreateSdkFetcherOptions | undefined>();
expectTypeOf(createSdkFetcher).returns.toEqualTypeOf<ImportJobsFetcher>();
expectTypeOf(createSdkFetcher).returns.toExtend<SegmentImportJobsFetcher>();
