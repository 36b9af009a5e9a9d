import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../core/http/createHttpFetcher.js';
import type { ImportJobResponse, ImportJobsResponse } from '../core/types.js';
import { createImportJob, createImportJobs, createPinpointBackend } from './index.js';

const jobs = createImportJobs(45, { seed: 11, applicationId: 'app-1', segmentId: 'seg-1' });
const ids = (list: readonly ImportJobResponse[]) => list.map((job) => job.Id);

async function page(response: Response): Promise<ImportJobsResponse> {
  expect(response.status).toBe(200);
  return (await response.json()) as ImportJobsResponse;
}

describe('backend.fetch', () => {
  it('answers a relative URL, resolved against a base path, in the wire format', async () => {
    const backend = createPinpointBackend({ baseUrl: '/pinpoint', segments: [{ segmentId: 'seg-1', jobs }] });
    const response = await backend.fetch('/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import?page-size=5');
    expect(response.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = await page(response);
    expect(Object.keys(body).sort()).toEqual(['Item', 'NextToken']);
    expect(ids(body.Item)).toEqual(ids(jobs.slice(0, 5)));
    // A path without a leading slash is under the base path.
    expect((await backend.fetch('v1/apps/app-1/segments/seg-1/jobs/import')).status).toBe(200);
    expect(backend.requests.map((request) => request.url)).toEqual([
      'http://localhost/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import?page-size=5',
      'http://localhost/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import',
    ]);
  });

  it('resolves against an absolute base URL and takes a URL object or a Request', async () => {
    const backend = createPinpointBackend({
      baseUrl: 'https://emulator.example/v2',
      segments: [{ segmentId: 'seg-1', jobs }],
    });
    expect((await backend.fetch('/v2/v1/apps/app-1/segments/seg-1/jobs/import')).status).toBe(200);
    const url = new URL('https://emulator.example/v2/v1/apps/app-1/segments/seg-1/jobs/import');
    expect((await backend.fetch(url)).status).toBe(200);
    expect((await backend.fetch(new Request(url, { headers: { 'x-custom': 'yes' } }))).status).toBe(200);
    expect(backend.requests.at(-1)?.headers['x-custom']).toBe('yes');
  });

  it('answers a URL outside its routes with NotFoundException and another method with MethodNotAllowedException, recording neither', async () => {
    const backend = createPinpointBackend({ baseUrl: '/pinpoint', segments: [{ segmentId: 'seg-1', jobs }] });
    for (const url of [
      '/v1/apps/app-1/segments/seg-1/jobs/import',
      '/other/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import',
      '/pinpoint/v1/apps/app-1/segments/seg-1/jobs',
    ]) {
      const response = await backend.fetch(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-amzn-ErrorType')).toBe('NotFoundException');
    }
    const post = await backend.fetch('/pinpoint/v1/apps/app-1/segments/seg-1/jobs/import', {
      method: 'POST',
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('x-amzn-ErrorType')).toBe('MethodNotAllowedException');
    expect(backend.requests).toEqual([]);
  });

  it('answers HEAD as GET without a body', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    const head = await backend.fetch('/v1/apps/app-1/segments/nope/jobs/import', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(head.headers.get('x-amzn-ErrorType')).toBe('NotFoundException');
    expect(await head.text()).toBe('');
  });

  it('rejects with the reason of a signal aborted before, during the latency, or while it hangs, leaving no timer', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }], latencyMs: 60_000 });
    const url = '/v1/apps/app-1/segments/seg-1/jobs/import';
    await expect(backend.fetch(url, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(backend.requests).toEqual([]);

    const controller = new AbortController();
    const pending = backend.fetch(url, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    controller.abort(new Error('gone'));
    await expect(pending).rejects.toThrow('gone');
    const after = process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    expect(after).toBeLessThan(before);

    backend.setLatency(0);
    backend.fail('hang');
    const hanging = new AbortController();
    let settled = false;
    const hung = backend
      .fetch(new Request(`http://localhost${url}`, { signal: hanging.signal }))
      .finally(() => {
        settled = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    hanging.abort();
    await expect(hung).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('fails the connection with a TypeError on network-error, as fetch does', async () => {
    const backend = createPinpointBackend({ segments: [{ segmentId: 'seg-1', jobs }] });
    backend.fail('network-error');
    await expect(backend.fetch('/v1/apps/app-1/segments/seg-1/jobs/import')).rejects.toThrow(TypeError);
    expect((await backend.fetch('/v1/apps/app-1/segments/seg-1/jobs/import')).status).toBe(200);
  });

  it('is the fetch of createHttpFetcher: pages, names errors and honours the caller abort', async () => {
    const backend = createPinpointBackend({
      baseUrl: '/pinpoint',
      segments: [{ segmentId: 'seg/1', applicationId: 'app 1', jobs }],
    });
    const fetcher = createHttpFetcher({ baseUrl: '/pinpoint', fetch: backend.fetch });
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const { ImportJobsResponse: body } = await fetcher(
        { ApplicationId: 'app 1', SegmentId: 'seg/1', PageSize: '20', ...(token ? { Token: token } : {}) },
        { signal: new AbortController().signal },
      );
      seen.push(...ids(body.Item));
      token = body.NextToken ?? undefined;
    } while (token !== undefined);
    expect(seen).toEqual(ids(jobs));
    expect(backend.requests[0]).toMatchObject({ applicationId: 'app 1', segmentId: 'seg/1', pageSize: '20' });

    backend.fail('TooManyRequestsException');
    await expect(
      fetcher({ ApplicationId: 'app 1', SegmentId: 'seg/1' }, { signal: new AbortController().signal }),
    ).rejects.toMatchObject({ name: 'TooManyRequestsException', retryAfterMs: 1000 });
    backend.fail('hang');
    const controller = new AbortController();
    const pending = fetcher({ ApplicationId: 'app 1', SegmentId: 'seg/1' }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the operations of an application', () => {
  const older = createImportJobs(5, { seed: 2, now: '2025-01-01T00:00:00Z' });
  const newer = createImportJobs(5, { seed: 3, now: '2025-03-01T00:00:00Z' });
  const options = {
    segments: [
      { segmentId: 'seg-a', applicationId: 'app-1', jobs: older },
      { segmentId: 'seg-b', applicationId: 'app-1', jobs: newer },
      { segmentId: 'seg-c', applicationId: 'app-2', jobs: createImportJobs(3, { seed: 4 }) },
    ],
  };

  it('lists the jobs of all its segments, newest first, with tokens bound to that list', async () => {
    const backend = createPinpointBackend(options);
    const seen: ImportJobResponse[] = [];
    let token: string | undefined;
    do {
      const query = `?page-size=4${token === undefined ? '' : `&token=${encodeURIComponent(token)}`}`;
      const body = await page(await backend.fetch(`/v1/apps/app-1/jobs/import${query}`));
      seen.push(...body.Item);
      token = body.NextToken ?? undefined;
    } while (token !== undefined);
    expect(ids(seen)).toEqual(ids([...newer, ...older]));
    const dates = seen.map((job) => Date.parse(job.CreationDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(backend.requests[0]).toMatchObject({
      operation: 'GetImportJobs',
      applicationId: 'app-1',
      segmentId: '',
    });

    const first = await page(await backend.fetch('/v1/apps/app-1/jobs/import?page-size=2'));
    const segmentPage = await page(
      await backend.fetch('/v1/apps/app-1/segments/seg-a/jobs/import?page-size=2'),
    );
    const across = [
      `/v1/apps/app-1/segments/seg-a/jobs/import?token=${first.NextToken}`,
      `/v1/apps/app-2/jobs/import?token=${first.NextToken}`,
      `/v1/apps/app-1/jobs/import?token=${segmentPage.NextToken}`,
    ];
    for (const url of across) expect((await backend.fetch(url)).status).toBe(400);
  });

  it('answers an application with no segment NotFoundException', async () => {
    const backend = createPinpointBackend(options);
    const response = await backend.fetch('/v1/apps/app-9/jobs/import');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-ErrorType')).toBe('NotFoundException');
  });

  it('answers one job by its ID as the bare ImportJobResponse, and an unknown one NotFoundException', async () => {
    const backend = createPinpointBackend(options);
    const wanted = older[2] as ImportJobResponse;
    const response = await backend.fetch(`/v1/apps/app-1/jobs/import/${wanted.Id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(wanted);
    expect(backend.requests[0]).toMatchObject({ operation: 'GetImportJob', jobId: wanted.Id });
    for (const url of [`/v1/apps/app-2/jobs/import/${wanted.Id}`, '/v1/apps/app-1/jobs/import/nope']) {
      const missing = await backend.fetch(url);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('x-amzn-ErrorType')).toBe('NotFoundException');
    }
  });

  it('serves a live job by its ID as it advances', async () => {
    const backend = createPinpointBackend({
      advance: 'manual',
      segments: [{ segmentId: 'seg-1', live: [{}] }],
    });
    const started = backend.startJob('seg-1', { job: { Id: 'job-live' } });
    expect(started.JobStatus).toBe('CREATED');
    backend.advance(3);
    const job = (await (
      await backend.fetch('/v1/apps/any/jobs/import/job-live')
    ).json()) as ImportJobResponse;
    expect(job.JobStatus).toBe('PROCESSING');
  });

  it('keeps job IDs unique across segments: fixtures, added and live jobs alike', async () => {
    const same = createImportJobs(3, { seed: 1 });
    const backend = createPinpointBackend({
      advance: 'manual',
      segments: { 'seg-a': same, 'seg-b': same },
    });
    const first = ids(backend.jobs('seg-a'));
    expect(first).toEqual(ids(same));
    expect(ids(backend.jobs('seg-b'))).toEqual(ids(same).map((id) => `${id}-2`));
    backend.addJob('seg-b', createImportJob({ Id: 'job-x' }));
    backend.addJob('seg-a', createImportJob({ Id: 'job-x' }));
    backend.startJob('seg-a', { job: { Id: 'job-x' } });
    const all = ids((await page(await backend.fetch('/v1/apps/app/jobs/import?page-size=100'))).Item);
    expect(all).toHaveLength(9);
    expect(new Set(all).size).toBe(9);
    expect(all).toEqual(expect.arrayContaining(['job-x', 'job-x-2', 'job-x-3']));
    for (const id of all) expect((await backend.fetch(`/v1/apps/app/jobs/import/${id}`)).status).toBe(200);
  });
});

describe('no peer', () => {
  it('imports nothing of msw', () => {
    const folder = fileURLToPath(new URL('.', import.meta.url));
    const sources = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.includes('.test'));
    expect(sources).toContain('backend.ts');
    for (const file of sources) {
      expect(readFileSync(`${folder}/${file}`, 'utf8')).not.toMatch(/from ['"]msw|import\(['"]msw/);
    }
  });
});
