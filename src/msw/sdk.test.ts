import { GetSegmentImportJobsCommand, PinpointClient } from '@aws-sdk/client-pinpoint';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createImportJobs, createPinpointBackend, PINPOINT_EXCEPTION_NAMES } from './index.js';

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function client(endpoint = 'http://127.0.0.1:4566'): PinpointClient {
  return new PinpointClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

const jobs = createImportJobs(12, { seed: 21, applicationId: 'app 1', segmentId: 'seg/1' });

describe('the real @aws-sdk/client-pinpoint against the simulated backend', () => {
  it('pages through every job with the SDK, ids percent-encoded and decoded', async () => {
    const backend = createPinpointBackend({
      segments: [{ segmentId: 'seg/1', applicationId: 'app 1', jobs }],
    });
    server.use(...backend.handlers);
    const sdk = client();
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const output = await sdk.send(
        new GetSegmentImportJobsCommand({
          ApplicationId: 'app 1',
          SegmentId: 'seg/1',
          PageSize: '5',
          Token: token,
        }),
      );
      ids.push(...(output.ImportJobsResponse?.Item ?? []).map((job) => job.Id ?? ''));
      token = output.ImportJobsResponse?.NextToken ?? undefined;
    } while (token !== undefined);
    expect(ids).toEqual(jobs.map((job) => job.Id));
    expect(backend.requests).toHaveLength(3);
    expect(backend.requests[0]).toMatchObject({ applicationId: 'app 1', segmentId: 'seg/1', pageSize: '5' });
    expect(backend.requests[0]?.url).toContain('/v1/apps/app%201/segments/seg%2F1/jobs/import');
    expect(backend.requests[0]?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 .*mobiletargeting/);
  });

  it('deserialises a job with every field as the service would send it', async () => {
    server.use(
      ...createPinpointBackend({ segments: [{ segmentId: 'seg/1', jobs: jobs.slice(0, 1) }] }).handlers,
    );
    const output = await client().send(
      new GetSegmentImportJobsCommand({ ApplicationId: 'app 1', SegmentId: 'seg/1' }),
    );
    expect(output.ImportJobsResponse?.Item).toEqual(jobs.slice(0, 1));
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a base path on the endpoint', async () => {
    const backend = createPinpointBackend({ baseUrl: '/emulator', segments: [{ segmentId: 'seg/1', jobs }] });
    server.use(...backend.handlers);
    const output = await client('http://127.0.0.1:4566/emulator').send(
      new GetSegmentImportJobsCommand({ ApplicationId: 'app 1', SegmentId: 'seg/1', PageSize: '2' }),
    );
    expect(output.ImportJobsResponse?.Item).toHaveLength(2);
  });

  it.each(PINPOINT_EXCEPTION_NAMES)(
    'surfaces %s under its own name, status and request id',
    async (exception) => {
      const backend = createPinpointBackend({ segments: [{ segmentId: 'seg/1', jobs }] });
      server.use(...backend.handlers);
      backend.fail(exception);
      const error = await client()
        .send(new GetSegmentImportJobsCommand({ ApplicationId: 'app 1', SegmentId: 'seg/1' }))
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({
        name: exception,
        $metadata: { httpStatusCode: expect.any(Number), requestId: backend.requests[0]?.requestId },
      });
    },
  );

  it('names an unknown segment NotFoundException', async () => {
    server.use(...createPinpointBackend({ segments: [{ segmentId: 'seg/1', jobs }] }).handlers);
    await expect(
      client().send(new GetSegmentImportJobsCommand({ ApplicationId: 'app 1', SegmentId: 'other' })),
    ).rejects.toMatchObject({ name: 'NotFoundException', $metadata: { httpStatusCode: 404 } });
  });

  it('recovers from throttling with the SDK retrying on its own', async () => {
    const backend = createPinpointBackend({
      segments: [{ segmentId: 'seg/1', jobs }],
      faults: [{ fault: { kind: 'exception', exception: 'TooManyRequestsException', retryAfterSeconds: 0 } }],
    });
    server.use(...backend.handlers);
    const retrying = new PinpointClient({
      endpoint: 'http://127.0.0.1:4566',
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
      maxAttempts: 2,
    });
    const output = await retrying.send(
      new GetSegmentImportJobsCommand({ ApplicationId: 'app 1', SegmentId: 'seg/1' }),
    );
    expect(output.ImportJobsResponse?.Item).toHaveLength(12);
    expect(backend.requests).toHaveLength(2);
  });
});
