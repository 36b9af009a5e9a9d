import type { PinpointClient } from '@aws-sdk/client-pinpoint';
import { expectTypeOf } from 'vitest';
import type { SegmentImportJobsFetcher } from '../core/index.js';
import { type CreateSdkFetcherOptions, createSdkFetcher } from './index.js';

// createSdkFetcher: takes a PinpointClient, gives the same fetcher type.
expectTypeOf(createSdkFetcher).parameter(0).toEqualTypeOf<PinpointClient>();
expectTypeOf(createSdkFetcher).parameter(1).toEqualTypeOf<CreateSdkFetcherOptions | undefined>();
expectTypeOf(createSdkFetcher).returns.toEqualTypeOf<SegmentImportJobsFetcher>();
