/**
 * The handler mounted on Node's `http` through `@hono/node-server`'s `getRequestListener` (the Node and Express
 * mount), on 127.0.0.1, read by the library's HTTP fetcher and by the real `@aws-sdk/client-pinpoint`; and in a Hono
 * app. The source is the real SDK too, calling the simulated backend served on another port.
 */
import { request as httpRequest } from 'node:http';
import {
  GetImportJobCommand,
  GetImportJobsCommand,
  GetSegmentImportJobsCommand,
  PinpointClient,
} from '@aws-sdk/client-pinpoint';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSdkFetcher } from '../../src/aws-sdk/index.js';
import { createHttpFetcher, type ImportJobResponse, type ImportJobsFetcher } from '../../src/core/index.js';
import { createImportJobsHandler, type ImportJobsErrorContext } from '../../src/server/index.js';
import { createPinpointBackend } from '../../src/simulator/index.js';
import { counted, JOBS, type RunningServer, serve } from './helpers.js';

const BASE_PATH = '/api/pinpoint';
const signal = () => new AbortController().signal;

function sdkClient(endpoint: string): PinpointClient {
  return new PinpointClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

const backend = createPinpointBackend({
  segments: [{ segmentId: 'seg-1', applicationId: 'app-1', jobs: JOBS }],
});
let upstream: RunningServer;
let server: RunningServer;
const sourceCalls: string[] = [];
const errors: [unknown, ImportJobsErrorContext][] = [];
const authorize = counted(({ request }: { request: Request }) =>
  request.headers.get('authorization') === 'Bearer good' ? { scope: 'user-1' } : false,
);

beforeAll(async () => {
  // The upstream: the simulated Pinpoint backend on its own port, called through the real SDK.
  upstream = await serve(backend.fetch);
  const sdkSource = createSdkFetcher(sdkClient(upstream.url));
  const source: ImportJobsFetcher = Object.assign(
    (request: Parameters<ImportJobsFetcher>[0], init: Parameters<ImportJobsFetcher>[1]) => {
      sourceCalls.push(request.SegmentId);
      return sdkSource(request, init);
    },
    {
      getImportJobs: sdkSource.getImportJobs,
      getImportJob: sdkSource.getImportJob,
    },
  );
  server = await serve(
    createImportJobsHandler({
      basePath: BASE_PATH,
      source,
      authorize,
      maxAgeMs: 0,
      onError: (error, context) => errors.push([error, context]),
    }),
  );
});

afterAll(async () => {
  await server.close();
  await upstream.close();
});

describe('the Node mount, read by the HTTP fetcher', () => {
  it('pages through every job, the browser-side credentials never reaching the source', async () => {
    const fetcher = createHttpFetcher({
      baseUrl: `${server.url}${BASE_PATH}`,
      headers: { authorization: 'Bearer good', cookie: 'session=secret' },
    });
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const { ImportJobsResponse: page } = await fetcher(
        { ApplicationId: 'app-1', SegmentId: 'seg-1', PageSize: '20', ...(token ? { Token: token } : {}) },
        { signal: signal() },
      );
      seen.push(...page.Item.map((job) => job.Id));
      token = page.NextToken ?? undefined;
    } while (token !== undefined);
    expect(seen).toEqual(JOBS.map((job) => job.Id));
    const upstreamHeaders = backend.requests.map((request) => request.headers);
    expect(upstreamHeaders.length).toBeGreaterThanOrEqual(3);
    for (const headers of upstreamHeaders) {
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
    }
  });

  it('names a refusal ForbiddenException, and an upstream refusing the server 502, retryable', async () => {
    const denied = createHttpFetcher({ baseUrl: `${server.url}${BASE_PATH}` });
    await expect(
      denied({ ApplicationId: 'app-1', SegmentId: 'seg-1' }, { signal: signal() }),
    ).rejects.toMatchObject({ name: 'ForbiddenException', statusCode: 403, retryable: false });

    const allowed = createHttpFetcher({
      baseUrl: `${server.url}${BASE_PATH}`,
      headers: { authorization: 'Bearer good' },
    });
    backend.fail({
      kind: 'exception',
      exception: 'ForbiddenException',
      message: 'The security token is invalid',
    });
    const failure = await allowed({ ApplicationId: 'app-1', SegmentId: 'seg-1' }, { signal: signal() }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'ServiceUnavailableError', statusCode: 502, retryable: true });
    expect(String((failure as Error).message)).not.toContain('security token');
    expect(errors.at(-1)?.[0]).toMatchObject({
      name: 'ForbiddenException',
      message: 'The security token is invalid',
    });
  });

  it('serves a live job as it runs, poll after poll, until it settles', async () => {
    backend.startJob('seg-live', { totalPieces: 2 });
    const fetcher = createHttpFetcher({
      baseUrl: `${server.url}${BASE_PATH}`,
      headers: { authorization: 'Bearer good' },
    });
    const statuses: string[] = [];
    for (let index = 0; index < 12; index += 1) {
      const { ImportJobsResponse: page } = await fetcher(
        { ApplicationId: 'app-1', SegmentId: 'seg-live' },
        { signal: signal() },
      );
      const status = (page.Item[0] as ImportJobResponse).JobStatus;
      statuses.push(status);
      if (status === 'COMPLETED') break;
    }
    expect(statuses[0]).toBe('CREATED');
    expect(statuses.at(-1)).toBe('COMPLETED');
  });
});

describe("the Node mount's application list and single job, read by the HTTP fetcher (source: the real SDK)", () => {
  const good = () =>
    createHttpFetcher({ baseUrl: `${server.url}${BASE_PATH}`, headers: { authorization: 'Bearer good' } });

  it('pages through every job of the application with getImportJobs, and reads each with getImportJob', async () => {
    const fetcher = good();
    const seen: ImportJobResponse[] = [];
    let token: string | undefined;
    do {
      const { ImportJobsResponse: page } = await fetcher.getImportJobs(
        { ApplicationId: 'app-1', PageSize: '20', ...(token ? { Token: token } : {}) },
        { signal: signal() },
      );
      seen.push(...page.Item);
      token = page.NextToken ?? undefined;
    } while (token !== undefined);
    // Every segment of the application: seg-1, and any live segment an earlier test started.
    const everyJob = [...JOBS, ...backend.jobs('seg-live')].map((job) => job.Id).sort();
    expect(seen.map((job) => job.Id).sort()).toEqual(everyJob);
    const job = JOBS[7] as ImportJobResponse;
    const { ImportJobResponse: one } = await fetcher.getImportJob(
      { ApplicationId: 'app-1', JobId: job.Id },
      { signal: signal() },
    );
    expect(one).toEqual(job);
    expect(backend.requests.at(-1)).toMatchObject({ operation: 'GetImportJob', jobId: job.Id });
  });

  it('names an unknown job NotFoundException, not retryable, and a refused caller ForbiddenException', async () => {
    await expect(
      good().getImportJob({ ApplicationId: 'app-1', JobId: 'job-nope' }, { signal: signal() }),
    ).rejects.toMatchObject({ name: 'NotFoundException', statusCode: 404, retryable: false });
    const denied = createHttpFetcher({ baseUrl: `${server.url}${BASE_PATH}` });
    await expect(
      denied.getImportJob({ ApplicationId: 'app-1', JobId: JOBS[0]?.Id as string }, { signal: signal() }),
    ).rejects.toMatchObject({ name: 'ForbiddenException', statusCode: 403 });
    await expect(
      denied.getImportJobs({ ApplicationId: 'app-1' }, { signal: signal() }),
    ).rejects.toMatchObject({
      name: 'ForbiddenException',
    });
  });
});

describe('the Node mount, read by the real AWS SDK', () => {
  it('refuses the SDK without a session, in an error the SDK names', async () => {
    const before = authorize.calls.length;
    await expect(
      sdkClient(`${server.url}${BASE_PATH}`).send(
        new GetSegmentImportJobsCommand({ ApplicationId: 'app-1', SegmentId: 'seg-1', PageSize: '7' }),
      ),
    ).rejects.toMatchObject({ name: 'ForbiddenException', $metadata: { httpStatusCode: 403 } });
    expect(authorize.calls.length).toBe(before + 1);
  });

  let open: RunningServer;
  beforeAll(async () => {
    open = await serve(
      createImportJobsHandler({
        basePath: BASE_PATH,
        source: createHttpFetcher({ baseUrl: 'http://simulated', fetch: backend.fetch }),
        authorize: ({ request }) =>
          request.headers.get('authorization')?.startsWith('AWS4-HMAC-SHA256') === true,
        onError: () => {},
      }),
    );
  });
  afterAll(() => open.close());

  it('pages with GetSegmentImportJobsCommand, and names a missing segment NotFoundException', async () => {
    const client = sdkClient(`${open.url}${BASE_PATH}`);
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const { ImportJobsResponse: page } = await client.send(
        new GetSegmentImportJobsCommand({
          ApplicationId: 'app-1',
          SegmentId: 'seg-1',
          PageSize: '20',
          Token: token,
        }),
      );
      ids.push(...(page?.Item ?? []).map((job) => job.Id ?? ''));
      token = page?.NextToken;
    } while (token !== undefined);
    expect(ids).toEqual(JOBS.map((job) => job.Id));
    await expect(
      client.send(new GetSegmentImportJobsCommand({ ApplicationId: 'app-1', SegmentId: 'nope' })),
    ).rejects.toMatchObject({ name: 'NotFoundException', $metadata: { httpStatusCode: 404 } });
    const fetcher = createSdkFetcher(client);
    await expect(
      fetcher({ ApplicationId: 'app-1', SegmentId: 'a b' }, { signal: signal() }),
    ).rejects.toMatchObject({
      name: 'BadRequestException',
    });
  });

  it('pages with GetImportJobsCommand and reads one job with GetImportJobCommand; an unknown job is NotFoundException', async () => {
    const client = sdkClient(`${open.url}${BASE_PATH}`);
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const { ImportJobsResponse: page } = await client.send(
        new GetImportJobsCommand({ ApplicationId: 'app-1', PageSize: '20', Token: token }),
      );
      ids.push(...(page?.Item ?? []).map((job) => job.Id ?? ''));
      token = page?.NextToken;
    } while (token !== undefined);
    expect(ids.sort()).toEqual([...JOBS, ...backend.jobs('seg-live')].map((job) => job.Id).sort());
    const job = JOBS[3] as ImportJobResponse;
    const { ImportJobResponse: one } = await client.send(
      new GetImportJobCommand({ ApplicationId: 'app-1', JobId: job.Id }),
    );
    expect(one).toMatchObject({
      Id: job.Id,
      JobStatus: job.JobStatus,
      Definition: { S3Url: job.Definition.S3Url },
    });
    await expect(
      client.send(new GetImportJobCommand({ ApplicationId: 'app-1', JobId: 'job-nope' })),
    ).rejects.toMatchObject({ name: 'NotFoundException', $metadata: { httpStatusCode: 404 } });
    // The library's SDK fetcher reads the same mount.
    const fetcher = createSdkFetcher(client);
    const read = await fetcher.getImportJob({ ApplicationId: 'app-1', JobId: job.Id }, { signal: signal() });
    expect(read.ImportJobResponse).toEqual(job);
  });
});

describe('aborts through the Node mount', () => {
  it('aborts the upstream call when the only client closes its connection', async () => {
    let aborted = 0;
    const hanging = await serve(
      createImportJobsHandler({
        source: (_request, init) =>
          new Promise((_resolve, reject) => {
            init.signal.addEventListener('abort', () => {
              aborted += 1;
              reject(init.signal.reason);
            });
          }),
        authorize: () => true,
        onError: () => {},
      }),
    );
    try {
      const request = httpRequest(`${hanging.url}/v1/apps/app-1/segments/seg-1/jobs/import`);
      request.on('error', () => {});
      request.end();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(aborted).toBe(0);
      request.destroy();
      await expect.poll(() => aborted, { timeout: 2_000 }).toBe(1);
    } finally {
      await hanging.close();
    }
  });
});

describe('a Hono app', () => {
  it('mounts the handler on a route as it is', async () => {
    const handler = createImportJobsHandler({
      basePath: BASE_PATH,
      source: createHttpFetcher({ baseUrl: 'http://simulated', fetch: backend.fetch }),
      authorize: () => true,
    });
    const app = new Hono();
    app.all(`${BASE_PATH}/*`, (context) => handler(context.req.raw));
    const response = await app.request(`${BASE_PATH}/v1/apps/app-1/segments/seg-1/jobs/import?page-size=2`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { Item: unknown[] }).Item).toHaveLength(2);
    const post = await app.request(`${BASE_PATH}/v1/apps/app-1/segments/seg-1/jobs/import`, {
      method: 'POST',
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const job = await app.request(`${BASE_PATH}/v1/apps/app-1/jobs/import/${JOBS[0]?.Id}`);
    expect(job.status).toBe(200);
    expect(((await job.json()) as ImportJobResponse).Id).toBe(JOBS[0]?.Id);
  });
});
