import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSdkFetcher } from '../aws-sdk/index.js';
import {
  createHttpFetcher,
  normalizeImportJobsResponse,
  type SegmentImportJobsFetcher,
} from '../core/index.js';
import {
  createImportJobs,
  createPinpointBackend,
  PINPOINT_EXCEPTION_NAMES,
  PINPOINT_EXCEPTION_STATUS,
  type PinpointFaultInput,
} from './index.js';

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ENDPOINT = 'http://127.0.0.1:4566/pinpoint';

const fetchers: [string, () => SegmentImportJobsFetcher][] = [
  ['createHttpFetcher', () => createHttpFetcher({ baseUrl: ENDPOINT })],
  [
    'createSdkFetcher',
    () =>
      createSdkFetcher(
        new PinpointClient({
          endpoint: ENDPOINT,
          region: 'us-east-1',
          credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
          maxAttempts: 1,
        }),
      ),
  ],
];

const jobs = createImportJobs(23, { seed: 8, applicationId: 'app 1', segmentId: 'seg/1' });

function backendFor() {
  const backend = createPinpointBackend({
    baseUrl: '/pinpoint',
    segments: [{ segmentId: 'seg/1', applicationId: 'app 1', jobs }],
  });
  server.use(...backend.handlers);
  return backend;
}

describe.each(fetchers)('%s against the simulated backend', (_name, makeFetcher) => {
  it('pages through every job', async () => {
    const backend = backendFor();
    const fetcher = makeFetcher();
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = normalizeImportJobsResponse(
        await fetcher(
          { ApplicationId: 'app 1', SegmentId: 'seg/1', PageSize: '10', ...(token ? { Token: token } : {}) },
          { signal: new AbortController().signal },
        ),
      );
      ids.push(...page.jobs.map((job) => job.Id));
      token = page.nextToken;
    } while (token !== undefined);
    expect(ids).toEqual(jobs.map((job) => job.Id));
    expect(backend.requests.map((request) => request.pageSize)).toEqual(['10', '10', '10']);
  });

  it.each(PINPOINT_EXCEPTION_NAMES)('names %s as the service does', async (exception) => {
    const backend = backendFor();
    backend.fail(exception);
    const error = await makeFetcher()(
      { ApplicationId: 'app 1', SegmentId: 'seg/1' },
      { signal: new AbortController().signal },
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: exception,
      statusCode: PINPOINT_EXCEPTION_STATUS[exception],
      requestId: backend.requests[0]?.requestId,
    });
  });

  it('reads Retry-After of a 429', async () => {
    const backend = backendFor();
    backend.fail({ kind: 'exception', exception: 'TooManyRequestsException', retryAfterSeconds: 3 });
    await expect(
      makeFetcher()({ ApplicationId: 'app 1', SegmentId: 'seg/1' }, { signal: new AbortController().signal }),
    ).rejects.toMatchObject({ name: 'TooManyRequestsException', retryable: true, retryAfterMs: 3000 });
  });

  it.each<[PinpointFaultInput, string]>([
    ['html-502', 'ServiceUnavailableError'],
    ['html-503', 'ServiceUnavailableError'],
    ['html-504', 'ServiceUnavailableError'],
    ['broken-json', 'InvalidResponseError'],
  ])('names the fault %s %s', async (fault, name) => {
    const backend = backendFor();
    backend.fail(fault);
    await expect(
      makeFetcher()({ ApplicationId: 'app 1', SegmentId: 'seg/1' }, { signal: new AbortController().signal }),
    ).rejects.toMatchObject({ name });
  });

  // Through the SDK in Node, MSW's simulated network error is a bare `TypeError: Network error`; a browser's is
  // `Failed to fetch`. Both are named NetworkError.
  it('names a network error NetworkError', async () => {
    const backend = backendFor();
    backend.fail('network-error');
    await expect(
      makeFetcher()({ ApplicationId: 'app 1', SegmentId: 'seg/1' }, { signal: new AbortController().signal }),
    ).rejects.toMatchObject({ name: 'NetworkError' });
  });

  it('gives up on a request that never answers when aborted', async () => {
    const backend = backendFor();
    backend.fail('hang');
    const controller = new AbortController();
    const pending = makeFetcher()(
      { ApplicationId: 'app 1', SegmentId: 'seg/1' },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
