import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createImportJob,
  createImportJobs,
  createPinpointBackend,
  createPinpointHandlers,
  PINPOINT_EXCEPTION_NAMES,
  PINPOINT_EXCEPTION_STATUS,
} from './index.js';

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ORIGIN = 'http://pinpoint.test';

function jobsUrl(applicationId: string, segmentId: string, query = '', origin = ORIGIN): string {
  return `${origin}/v1/apps/${encodeURIComponent(applicationId)}/segments/${encodeURIComponent(segmentId)}/jobs/import${query}`;
}

/** Fetches `url`, which no handler matches: MSW refuses it (`onUnhandledRequest: 'error'`) and logs which request. */
async function expectUnhandled(url: string): Promise<void> {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await expect(fetch(url)).rejects.toThrow('[MSW] Cannot bypass a request');
    expect(logged).toHaveBeenCalledOnce();
    expect(logged.mock.calls[0]?.[0]).toMatch(
      /^\[MSW\] Error: intercepted a request without a matching request handler/,
    );
    expect(logged.mock.calls[0]?.[0]).toContain(`GET ${url}\n`);
  } finally {
    logged.mockRestore();
  }
}

const jobs = createImportJobs(45, { seed: 11, applicationId: 'app-1', segmentId: 'seg-1' });

describe('wire format', () => {
  it('answers with the bare ImportJobsResponse body and a request id', async () => {
    server.use(...createPinpointHandlers({ segments: [{ segmentId: 'seg-1', jobs }] }));
    const response = await fetch(jobsUrl('app-1', 'seg-1', '?page-size=5'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['Item', 'NextToken']);
    expect(body.Item).toEqual(jobs.slice(0, 5));
    expect(typeof body.NextToken).toBe('string');
  });

  it('pages through opaque tokens until NextToken is absent', async () => {
    server.use(...createPinpointHandlers({ segments: [{ segmentId: 'seg-1', jobs }] }));
    const seen: string[] = [];
    const tokens: string[] = [];
    let token: string | undefined;
    do {
      const query = `?page-size=10${token === undefined ? '' : `&token=${encodeURIComponent(token)}`}`;
      const body = await (await fetch(jobsUrl('app-1', 'seg-1', query))).json();
      seen.push(...body.Item.map((job: { Id: string }) => job.Id));
      token = body.NextToken;
      if (token !== undefined) tokens.push(token);
      expect('NextToken' in body).toBe(token !== undefined);
    } while (token !== undefined);
    expect(seen).toEqual(jobs.map((job) => job.Id));
    expect(tokens).toHaveLength(4);
    for (const opaque of tokens) expect(opaque).not.toMatch(/^\d+$/);
  });

  it('takes segments as a record of static jobs by segment ID', async () => {
    server.use(...createPinpointHandlers({ segments: { 'seg-1': jobs.slice(0, 3), 'seg 2': [] } }));
    const first = await (await fetch(jobsUrl('any-app', 'seg-1'))).json();
    expect(first.Item.map((job: { Id: string }) => job.Id)).toEqual(jobs.slice(0, 3).map((job) => job.Id));
    expect((await (await fetch(jobsUrl('any-app', 'seg 2'))).json()).Item).toEqual([]);
    expect((await fetch(jobsUrl('any-app', 'seg-3'))).headers.get('x-amzn-ErrorType')).toBe(
      'NotFoundException',
    );
  });

  it('uses the default page size when none is sent', async () => {
    server.use(...createPinpointHandlers({ segments: [{ segmentId: 'seg-1', jobs }] }));
    const body = await (await fetch(jobsUrl('app-1', 'seg-1'))).json();
    expect(body.Item).toHaveLength(20);
    server.use(...createPinpointHandlers({ pageSize: 7, segments: [{ segmentId: 'seg-1', jobs }] }));
    const smaller = await (await fetch(jobsUrl('app-1', 'seg-1'))).json();
    expect(smaller.Item).toHaveLength(7);
  });

  it('answers an empty segment with an empty Item and no NextToken', async () => {
    server.use(...createPinpointHandlers({ segments: [{ segmentId: 'empty' }] }));
    const body = await (await fetch(jobsUrl('app-1', 'empty'))).json();
    expect(body).toEqual({ Item: [] });
  });

  it('decodes percent-encoded ids', async () => {
    const backend = createPinpointBackend({
      segments: [{ segmentId: 'a b/c?d#é', applicationId: 'app/1', jobs: jobs.slice(0, 2) }],
    });
    server.use(...backend.handlers);
    const response = await fetch(jobsUrl('app/1', 'a b/c?d#é'));
    expect(response.status).toBe(200);
    expect((await response.json()).Item).toHaveLength(2);
    expect(backend.requests[0]).toMatchObject({ applicationId: 'app/1', segmentId: 'a b/c?d#é' });
  });

  it('answers an unknown segment or application with NotFoundException', async () => {
    server.use(
      ...createPinpointHandlers({ segments: [{ segmentId: 'seg-1', applicationId: 'app-1', jobs }] }),
    );
    for (const url of [jobsUrl('app-1', 'nope'), jobsUrl('app-2', 'seg-1')]) {
      const response = await fetch(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-amzn-ErrorType')).toBe('NotFoundException');
      const body = await response.json();
      expect(body).toEqual({
        Message: expect.any(String),
        RequestID: response.headers.get('x-amzn-RequestId'),
      });
    }
  });

  it('refuses a made-up token, a token of another segment and a bad page size', async () => {
    server.use(
      ...createPinpointHandlers({
        segments: [
          { segmentId: 'seg-1', jobs },
          { segmentId: 'seg-2', jobs },
        ],
      }),
    );
    const first = await (await fetch(jobsUrl('app-1', 'seg-1', '?page-size=5'))).json();
    const otherSegmentToken = `?token=${encodeURIComponent(first.NextToken)}`;
    for (const url of [
      jobsUrl('app-1', 'seg-1', '?token=bogus'),
      jobsUrl('app-1', 'seg-2', otherSegmentToken),
      jobsUrl('app-1', 'seg-1', '?page-size=0'),
      jobsUrl('app-1', 'seg-1', '?page-size=ten'),
    ]) {
      const response = await fetch(url);
      expect(response.status).toBe(400);
      expect(response.headers.get('x-amzn-ErrorType')).toBe('BadRequestException');
    }
  });

  it('records every request with its decoded ids and query', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg 1', jobs }] });
    server.use(...backend.handlers);
    await fetch(jobsUrl('app-1', 'seg 1', '?page-size=3&token=abc'), { headers: { 'x-custom': 'yes' } });
    expect(backend.requests).toEqual([
      expect.objectContaining({
        applicationId: 'app-1',
        segmentId: 'seg 1',
        pageSize: '3',
        token: 'abc',
        headers: expect.objectContaining({ 'x-custom': 'yes' }),
      }),
    ]);
  });
});

describe('base URL', () => {
  it('matches any origin by default', async () => {
    server.use(...createPinpointHandlers({ segments: [{ segmentId: 'seg-1', jobs }] }));
    for (const origin of ['http://127.0.0.1:4010', 'https://pinpoint.us-east-1.amazonaws.com']) {
      expect((await fetch(jobsUrl('app-1', 'seg-1', '', origin))).status).toBe(200);
    }
  });

  it('honours a base path on any origin', async () => {
    server.use(
      ...createPinpointHandlers({ baseUrl: '/api/pinpoint/', segments: [{ segmentId: 'seg-1', jobs }] }),
    );
    const response = await fetch(jobsUrl('app-1', 'seg-1', '', 'http://localhost:3000/api/pinpoint'));
    expect(response.status).toBe(200);
    await expectUnhandled(jobsUrl('app-1', 'seg-1'));
  });

  it('honours an absolute base URL and ignores other origins', async () => {
    server.use(
      ...createPinpointHandlers({
        baseUrl: 'https://emulator.example/v2',
        segments: [{ segmentId: 'seg-1', jobs }],
      }),
    );
    expect((await fetch(jobsUrl('app-1', 'seg-1', '', 'https://emulator.example/v2'))).status).toBe(200);
    await expectUnhandled(jobsUrl('app-1', 'seg-1', '', 'https://other.example/v2'));
  });
});

describe('the operations of an application', () => {
  it('are served through MSW too: all jobs of the application, and one job by its ID', async () => {
    const other = createImportJobs(2, { seed: 12, applicationId: 'app-1', segmentId: 'seg-2' });
    server.use(
      ...createPinpointHandlers({
        baseUrl: '/api/pinpoint',
        segments: [
          { segmentId: 'seg-1', applicationId: 'app-1', jobs: jobs.slice(0, 3) },
          { segmentId: 'seg-2', applicationId: 'app-1', jobs: other },
        ],
      }),
    );
    const list = await (await fetch(`${ORIGIN}/api/pinpoint/v1/apps/app-1/jobs/import?page-size=10`)).json();
    expect(list.Item.map((job: { Id: string }) => job.Id).sort()).toEqual(
      [...jobs.slice(0, 3), ...other].map((job) => job.Id).sort(),
    );
    const one = await fetch(`${ORIGIN}/api/pinpoint/v1/apps/app-1/jobs/import/${other[1]?.Id}`);
    expect(await one.json()).toEqual(other[1]);
    const missing = await fetch(`${ORIGIN}/api/pinpoint/v1/apps/app-1/jobs/import/nope`);
    expect(missing.status).toBe(404);
    await expectUnhandled(`${ORIGIN}/api/pinpoint/v1/apps/app-1/jobs`);
  });
});

describe('scripted faults', () => {
  it.each(PINPOINT_EXCEPTION_NAMES)('answers %s with its status, header and body', async (exception) => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.fail(exception);
    const response = await fetch(jobsUrl('app-1', 'seg-1'));
    expect(response.status).toBe(PINPOINT_EXCEPTION_STATUS[exception]);
    expect(response.headers.get('x-amzn-ErrorType')).toBe(exception);
    const requestId = response.headers.get('x-amzn-RequestId');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ Message: expect.any(String), RequestID: requestId });
    expect(response.headers.get('Retry-After')).toBe(exception === 'TooManyRequestsException' ? '1' : null);
    expect((await fetch(jobsUrl('app-1', 'seg-1'))).status).toBe(200);
  });

  it('sets the message and Retry-After of an exception', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.fail({
      kind: 'exception',
      exception: 'TooManyRequestsException',
      message: 'Slow down',
      retryAfterSeconds: 7,
    });
    const response = await fetch(jobsUrl('app-1', 'seg-1'));
    expect(response.headers.get('Retry-After')).toBe('7');
    expect((await response.json()).Message).toBe('Slow down');
  });

  it.each([502, 503, 504] as const)('answers an HTML %i without Pinpoint headers', async (status) => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.fail(`html-${status}`);
    const response = await fetch(jobsUrl('app-1', 'seg-1'));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-amzn-ErrorType')).toBeNull();
    expect(await response.text()).toContain(`<h1>${status}`);
  });

  it('answers broken JSON and an empty body with a 200', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.fail('broken-json');
    backend.fail('empty-body');
    const broken = await fetch(jobsUrl('app-1', 'seg-1'));
    expect(broken.status).toBe(200);
    await expect(broken.json()).rejects.toThrow(SyntaxError);
    const empty = await fetch(jobsUrl('app-1', 'seg-1'));
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe('');
  });

  it('answers any body it is given', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.fail({
      kind: 'body',
      body: { Item: [{ Id: 'job-3', JobStatus: 'ARCHIVED', TotalPieces: '3' }] },
    });
    expect(await (await fetch(jobsUrl('app-1', 'seg-1'))).json()).toEqual({
      Item: [{ Id: 'job-3', JobStatus: 'ARCHIVED', TotalPieces: '3' }],
    });
  });

  it('fails the connection on network-error', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.fail('network-error');
    await expect(fetch(jobsUrl('app-1', 'seg-1'))).rejects.toThrow(TypeError);
  });

  it('plays faults in order, each for its number of requests', async () => {
    const backend = createPinpointBackend({
      segments: [{ segmentId: 'seg-1', jobs }],
      faults: [{ fault: 'InternalServerErrorException', times: 2 }],
    });
    server.use(...backend.handlers);
    backend.fail('TooManyRequestsException');
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await fetch(jobsUrl('app-1', 'seg-1'))).status);
    expect(statuses).toEqual([500, 500, 429, 200]);
  });

  it('keeps failing with times: Infinity until reset, then plays the options again', async () => {
    const backend = createPinpointBackend({
      segments: [{ segmentId: 'seg-1', jobs }],
      faults: [{ fault: 'ForbiddenException' }],
    });
    server.use(...backend.handlers);
    expect((await fetch(jobsUrl('app-1', 'seg-1'))).status).toBe(403);
    backend.fail('html-503', { times: Number.POSITIVE_INFINITY });
    for (let index = 0; index < 5; index += 1)
      expect((await fetch(jobsUrl('app-1', 'seg-1'))).status).toBe(503);
    backend.reset();
    expect(backend.requests).toEqual([]);
    expect((await fetch(jobsUrl('app-1', 'seg-1'))).status).toBe(403);
    expect((await fetch(jobsUrl('app-1', 'seg-1'))).status).toBe(200);
    backend.fail('BadRequestException', { times: 3 });
    backend.clearFaults();
    expect((await fetch(jobsUrl('app-1', 'seg-1'))).status).toBe(200);
  });

  it('delays an answer by the latency', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.fail({ kind: 'latency', ms: 150 });
    let settled = false;
    const pending = fetch(jobsUrl('app-1', 'seg-1')).then((response) => {
      settled = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(settled).toBe(false);
    expect((await pending).status).toBe(200);
    expect(settled).toBe(true);
  });

  it('delays every answer after setLatency', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.setLatency(150);
    let settled = false;
    const pending = fetch(jobsUrl('app-1', 'seg-1')).then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(settled).toBe(false);
    await pending;
    backend.setLatency(0);
    expect((await fetch(jobsUrl('app-1', 'seg-1'))).status).toBe(200);
  });

  it('never answers on hang, until the client aborts', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    backend.fail('hang');
    const controller = new AbortController();
    let settled = false;
    const pending = fetch(jobsUrl('app-1', 'seg-1'), { signal: controller.signal }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect((await fetch(jobsUrl('app-1', 'seg-1'))).status).toBe(200);
  });
});

describe('like the service, and nothing shared', () => {
  const walk = async (url: (query: string) => string, pageSize: number, between?: (page: number) => void) => {
    const seen: string[] = [];
    let token: string | undefined;
    let page = 0;
    do {
      const query = `?page-size=${pageSize}${token === undefined ? '' : `&token=${encodeURIComponent(token)}`}`;
      const body = await (await fetch(url(query))).json();
      seen.push(...body.Item.map((job: { Id: string }) => job.Id));
      token = body.NextToken;
      between?.(page++);
    } while (token !== undefined);
    return seen;
  };

  it('gives tokens that name nothing readable and bind to their application and segment', async () => {
    server.use(...createPinpointHandlers({ segments: [{ segmentId: 'seg-1', jobs }] }));
    const first = await (await fetch(jobsUrl('app-1', 'seg-1', '?page-size=10'))).json();
    expect(first.NextToken).toMatch(/^[0-9a-f]+$/);
    expect(first.NextToken).not.toContain('seg-1');
    const again = await (await fetch(jobsUrl('app-1', 'seg-1', '?page-size=10'))).json();
    expect(again.NextToken).toBe(first.NextToken);
    const token = `?page-size=10&token=${first.NextToken}`;
    expect((await fetch(jobsUrl('app-2', 'seg-1', token))).status).toBe(400);
    const forged = Buffer.from(JSON.stringify({ s: 'seg-1', o: 3 })).toString('base64url');
    expect((await fetch(jobsUrl('app-1', 'seg-1', `?token=${forged}`))).status).toBe(400);
    expect((await fetch(jobsUrl('app-1', 'seg-1', token))).status).toBe(200);
  });

  it('neither repeats nor skips a job when one is added at the top during a walk', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    server.use(...backend.handlers);
    const seen = await walk(
      (query) => jobsUrl('app-1', 'seg-1', query),
      10,
      (page) => {
        if (page === 0) backend.addJob('seg-1', createImportJob({ Id: 'newest' }));
      },
    );
    expect(seen).toEqual(jobs.map((job) => job.Id));
  });

  it('answers a malformed percent-encoded ID as the service does, with a 400', async () => {
    server.use(...createPinpointHandlers({ segments: [{ segmentId: 'seg-1', jobs }] }));
    const response = await fetch(`${ORIGIN}/v1/apps/app-1/segments/%E0%A4%A/jobs/import`);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-ErrorType')).toBe('BadRequestException');
    expect(await response.json()).toMatchObject({ RequestID: expect.any(String) });
  });

  it('matches a base path right after the origin only, not deeper in the path', async () => {
    server.use(
      ...createPinpointHandlers({ baseUrl: '/api/pinpoint', segments: [{ segmentId: 'seg-1', jobs }] }),
    );
    expect((await fetch(jobsUrl('app-1', 'seg-1', '', `${ORIGIN}/api/pinpoint`))).status).toBe(200);
    await expectUnhandled(jobsUrl('app-1', 'seg-1', '', `${ORIGIN}/other/api/pinpoint`));
  });

  it('keeps its jobs its own: what it was given, what it returns and its log can be changed without effect', async () => {
    const given = createImportJobs(2, { seed: 3 });
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs: given }] });
    server.use(...backend.handlers);
    (given[0] as { JobStatus: string }).JobStatus = 'MUTATED';
    backend.reset();
    const listed = backend.jobs('seg-1');
    expect(listed[0]?.JobStatus).not.toBe('MUTATED');
    (listed[0] as { Definition: { S3Url: string } }).Definition.S3Url = 's3://mutated';
    const started = backend.startJob('seg-1');
    started.Definition.RoleArn = 'arn:mutated';
    const served = (await (await fetch(jobsUrl('app-1', 'seg-1'))).json()).Item as {
      Definition: { S3Url: string; RoleArn: string };
    }[];
    expect(served.map((job) => job.Definition.S3Url)).not.toContain('s3://mutated');
    expect(served.map((job) => job.Definition.RoleArn)).not.toContain('arn:mutated');
    (backend.requests as unknown as unknown[]).push({});
    expect(backend.requests).toHaveLength(1);
  });

  it('moves live jobs on answered requests only: a request that hangs moves nothing', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', live: [{}] }] });
    server.use(...backend.handlers);
    backend.fail('hang');
    const controller = new AbortController();
    const hung = fetch(jobsUrl('app-1', 'seg-1'), { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(hung).rejects.toThrow(/abort/i);
    expect(backend.jobs('seg-1')[0]?.JobStatus).toBe('CREATED');
  });

  it('lets an aborted request under latency go, with no timer left waiting', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }], latencyMs: 60_000 });
    server.use(...backend.handlers);
    const controller = new AbortController();
    const pending = fetch(jobsUrl('app-1', 'seg-1'), { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    expect(after).toBeLessThan(before);
  });

  it('dates live jobs in time mode by their ticks, and never completes a job when it was created', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const timed = createPinpointBackend({
      segments: [{ segmentId: 'seg-1', live: [{ totalPieces: 1 }] }],
      advance: 'time',
      tickMs: 1_000,
      now: () => clock,
    });
    clock += 3 * 1_000;
    expect(timed.jobs('seg-1')[0]?.JobStatus).toBe('PROCESSING');
    clock += 3_600_000;
    const done = timed.jobs('seg-1')[0];
    expect(done?.JobStatus).toBe('COMPLETED');
    // Five steps, one per tick: PREPARING_FOR_INITIALIZATION, INITIALIZING, PROCESSING, COMPLETING, COMPLETED.
    expect(Date.parse(done?.CompletionDate ?? '') - Date.parse(done?.CreationDate ?? '')).toBe(5_000);

    const manual = createPinpointBackend({
      segments: [{ segmentId: 'seg-1', live: [{}] }],
      advance: 'manual',
    });
    manual.advance(20);
    const finished = manual.jobs('seg-1')[0];
    expect(Date.parse(finished?.CompletionDate ?? '')).toBeGreaterThan(
      Date.parse(finished?.CreationDate ?? ''),
    );
  });
});
