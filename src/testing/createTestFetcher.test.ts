import { describe, expect, expectTypeOf, it } from 'vitest';
import { PinpointError } from '../core/errors.js';
import { createImportJobsStore } from '../core/store/index.js';
import type { ImportJobsFetcher } from '../core/types.js';
import { createImportJobs, createTestFetcher } from './index.js';

const signal = new AbortController().signal;
const segments = [
  { applicationId: 'app-1', segmentId: 'seg-1', jobs: createImportJobs(25, { applicationId: 'app-1' }) },
  { applicationId: 'app-1', segmentId: 'seg-2', live: [{ outcome: 'FAILED' as const }] },
];

describe('createTestFetcher', () => {
  it("has the built-in fetchers' shape and serves all three operations from the simulator", async () => {
    const fetcher = createTestFetcher({ segments });
    expectTypeOf(fetcher).toExtend<ImportJobsFetcher>();
    expect(typeof fetcher).toBe('function');
    expect([typeof fetcher.getImportJobs, typeof fetcher.getImportJob]).toEqual(['function', 'function']);
    const first = await fetcher({ ApplicationId: 'app-1', SegmentId: 'seg-1', PageSize: '10' }, { signal });
    expect(first.ImportJobsResponse.Item).toEqual(fetcher.backend.jobs('seg-1').slice(0, 10));
    const second = await fetcher(
      {
        ApplicationId: 'app-1',
        SegmentId: 'seg-1',
        PageSize: '10',
        Token: first.ImportJobsResponse.NextToken ?? '',
      },
      { signal },
    );
    expect(second.ImportJobsResponse.Item).toEqual(fetcher.backend.jobs('seg-1').slice(10, 20));
    // The methods need no `this`, as the built-in fetchers' do not.
    const { getImportJobs, getImportJob } = fetcher;
    const all = await getImportJobs({ ApplicationId: 'app-1' }, { signal });
    expect(all.ImportJobsResponse.Item).toHaveLength(20);
    const id = all.ImportJobsResponse.Item[0]?.Id ?? '';
    expect((await getImportJob({ ApplicationId: 'app-1', JobId: id }, { signal })).ImportJobResponse.Id).toBe(
      id,
    );
    expect(fetcher.requests.map((request) => request.operation)).toEqual([
      'GetSegmentImportJobs',
      'GetSegmentImportJobs',
      'GetImportJobs',
      'GetImportJob',
    ]);
    expect(fetcher.requests[1]).toMatchObject({
      segmentId: 'seg-1',
      pageSize: '10',
      token: expect.any(String),
    });
  });

  it("fails with the simulator's faults, by name and for as many requests as asked", async () => {
    const fetcher = createTestFetcher({ segments });
    fetcher.fail('TooManyRequestsException', { times: 2 });
    fetcher.fail('html-502');
    const request = { ApplicationId: 'app-1', SegmentId: 'seg-1' };
    for (const name of ['TooManyRequestsException', 'TooManyRequestsException', 'ServiceUnavailableError']) {
      const error = await fetcher(request, { signal }).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(PinpointError);
      expect(error).toMatchObject({ name });
    }
    await expect(fetcher(request, { signal })).resolves.toHaveProperty('ImportJobsResponse.Item');
    await expect(
      fetcher.getImportJob({ ApplicationId: 'app-1', JobId: 'nope' }, { signal }),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
    });
  });

  it('moves live jobs one step per answered request, or only on advance() when manual', async () => {
    const request = { ApplicationId: 'app-1', SegmentId: 'seg-2' };
    const stepped = createTestFetcher({ segments });
    const statuses: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push(String((await stepped(request, { signal })).ImportJobsResponse.Item[0]?.JobStatus));
    }
    expect(new Set(statuses).size).toBe(3);

    const manual = createTestFetcher({ segments, advance: 'manual' });
    const read = async () => (await manual(request, { signal })).ImportJobsResponse.Item[0]?.JobStatus;
    expect(await read()).toBe('CREATED');
    expect(await read()).toBe('CREATED');
    manual.advance(100);
    expect(await read()).toBe('FAILED');
  });

  it('feeds the store as any fetcher does', async () => {
    const fetcher = createTestFetcher({ segments });
    const store = createImportJobsStore();
    const observer = store.createObserver({
      applicationId: 'app-1',
      segmentId: 'seg-1',
      fetcher,
      pageSize: 5,
    });
    const unsubscribe = observer.subscribe(() => {});
    await expect.poll(() => observer.getSnapshot().status).toBe('success');
    expect(observer.getSnapshot().jobs.map((job) => job.Id)).toEqual(
      fetcher.backend
        .jobs('seg-1')
        .slice(0, 5)
        .map((job) => job.Id),
    );
    unsubscribe();
  });
});
