import { afterEach, describe, expect, it } from 'vitest';
import { type PinpointTestServer, startPinpointTestServer, wireJob } from './pinpointTestServer.js';

// The shared test server itself: other suites rely on its default reply and its scripted faults.

let server: PinpointTestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('startPinpointTestServer', () => {
  it('listens on 127.0.0.1 and pages `jobs` with page-size and an offset token', async () => {
    server = await startPinpointTestServer({ jobs: [wireJob('a'), wireJob('b'), wireJob('c')], pageSize: 2 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const first = await fetch(`${server.url}/v1/apps/app/segments/seg/jobs/import`);
    expect(first.headers.get('x-amzn-requestid')).toBe('test-request-id');
    expect(await first.json()).toEqual({ Item: [wireJob('a'), wireJob('b')], NextToken: '2' });
    const second = await fetch(`${server.url}/v1/apps/app/segments/seg/jobs/import?page-size=2&token=2`);
    expect(await second.json()).toEqual({ Item: [wireJob('c')] });
    expect(server.requests.map((r) => r.query.get('token'))).toEqual([null, '2']);
  });

  it('answers any other path with a Pinpoint NotFoundException', async () => {
    server = await startPinpointTestServer();
    const response = await fetch(`${server.url}/v1/apps/app/segments/jobs/import`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('NotFoundException');
  });

  it("serves an application's list as the same pages, and one job by its Id, else a NotFoundException", async () => {
    server = await startPinpointTestServer({ jobs: [wireJob('a'), wireJob('b'), wireJob('c')] });
    const list = await fetch(`${server.url}/v1/apps/app/jobs/import?page-size=2`);
    expect(await list.json()).toEqual({ Item: [wireJob('a'), wireJob('b')], NextToken: '2' });
    const one = await fetch(`${server.url}/v1/apps/app/jobs/import/b`);
    expect(await one.json()).toEqual(wireJob('b'));
    const missing = await fetch(`${server.url}/v1/apps/app/jobs/import/z`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-amzn-errortype')).toBe('NotFoundException');
    expect(server.requests.map((r) => [r.operation, r.applicationId, r.jobId])).toEqual([
      ['GetImportJobs', 'app', undefined],
      ['GetImportJob', 'app', 'b'],
      ['GetImportJob', 'app', 'z'],
    ]);
  });

  it('serves enqueued replies first, in order, then the default reply', async () => {
    server = await startPinpointTestServer({ jobs: [wireJob('a')] });
    server.enqueue(
      { kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '1', requestId: 'r1' },
      { kind: 'raw', status: 502, body: '<html></html>', headers: { 'content-type': 'text/html' } },
    );
    const url = `${server.url}/prefix/v1/apps/app/segments/seg/jobs/import`;
    const throttled = await fetch(url);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(await throttled.json()).toEqual({ Message: 'Error 429', RequestID: 'r1' });
    expect((await fetch(url)).status).toBe(502);
    expect(await (await fetch(url)).json()).toEqual({ Item: [wireJob('a')] });
    expect(server.requests[0]?.rawPath).toBe('/prefix/v1/apps/app/segments/seg/jobs/import');
  });

  it('closes while a request hangs', async () => {
    server = await startPinpointTestServer();
    server.enqueue({ kind: 'hang' });
    const pending = fetch(`${server.url}/v1/apps/a/segments/s/jobs/import`).then(
      () => 'answered',
      () => 'dropped',
    );
    await server.waitForRequests(1);
    await server.close();
    server = undefined;
    expect(await pending).toBe('dropped');
  });
});
