import { describe, expect, it } from 'vitest';
import { wireJob } from '../../test/node/servers/pinpointTestServer.js';
import { isPinpointError, type PinpointError } from './errors.js';
import {
  MAX_NORMALIZED_ITEMS,
  normalizeImportJobResponse,
  normalizeImportJobsResponse,
} from './normalize.js';

function page(Item: unknown, NextToken?: unknown): unknown {
  return NextToken === undefined
    ? { ImportJobsResponse: { Item } }
    : { ImportJobsResponse: { Item, NextToken } };
}

/** What normalizeImportJobsResponse threw; fails the test if it returned. */
function thrown(body: unknown): PinpointError {
  try {
    normalizeImportJobsResponse(body);
  } catch (error) {
    return error as PinpointError;
  }
  throw new Error('expected normalizeImportJobsResponse to throw');
}

describe('well-formed input', () => {
  it('keeps every field of a complete job, in a fresh object', () => {
    const job = wireJob('job-1', {
      CompletionDate: '2024-05-01T11:00:00.000Z',
      Failures: ['line 3: bad'],
      TotalFailures: 1,
      TotalProcessed: 10,
      JobStatus: 'COMPLETED',
      Definition: {
        Format: 'JSON',
        RoleArn: 'arn:role',
        S3Url: 's3://b/k',
        DefineSegment: true,
        RegisterEndpoints: false,
        SegmentId: 'seg-1',
        SegmentName: 'Seg',
        ExternalId: 'ext',
      },
    });
    const body = page([job], 'token-2');
    const result = normalizeImportJobsResponse(body);
    expect(result).toEqual({ jobs: [job], nextToken: 'token-2' });
    expect(result.jobs[0]).not.toBe(job);
    expect(result.jobs[0]?.Definition).not.toBe(job.Definition);
    expect(result.jobs[0]?.Failures).not.toBe(job.Failures);
  });

  it('keeps the order the service sent', () => {
    const result = normalizeImportJobsResponse(page([wireJob('c'), wireJob('a'), wireJob('b')]));
    expect(result.jobs.map((job) => job.Id)).toEqual(['c', 'a', 'b']);
  });
});

describe('wrong types are dropped, never trusted', () => {
  it('drops string counts and a string Failures', () => {
    const result = normalizeImportJobsResponse(page([{ Id: 'job-1', TotalPieces: '3', Failures: 'x' }]));
    expect(result.jobs).toEqual([{ Id: 'job-1' }]);
  });

  it('drops negative and non-finite counts, keeps zero', () => {
    const result = normalizeImportJobsResponse({
      ImportJobsResponse: {
        Item: [
          {
            Id: 'job-1',
            TotalPieces: -1,
            CompletedPieces: Number.NaN,
            FailedPieces: Number.POSITIVE_INFINITY,
            TotalProcessed: 0,
            TotalFailures: 2,
          },
        ],
      },
    });
    expect(result.jobs).toEqual([{ Id: 'job-1', TotalProcessed: 0, TotalFailures: 2 }]);
  });

  it('keeps only the strings of Failures', () => {
    const result = normalizeImportJobsResponse(
      page([{ Id: 'job-1', Failures: ['a', 1, null, { x: 1 }, 'b'] }]),
    );
    expect(result.jobs[0]?.Failures).toEqual(['a', 'b']);
  });

  it('drops string fields of the wrong type', () => {
    const result = normalizeImportJobsResponse(
      page([
        { Id: 'job-1', ApplicationId: 1, CreationDate: {}, CompletionDate: 5, Type: null, JobStatus: 3 },
      ]),
    );
    expect(result.jobs).toEqual([{ Id: 'job-1' }]);
  });

  it('checks each Definition member on its own', () => {
    const result = normalizeImportJobsResponse(
      page([
        {
          Id: 'job-1',
          Definition: {
            Format: 'XML',
            RoleArn: 7,
            S3Url: 's3://bucket/key',
            DefineSegment: 'true',
            RegisterEndpoints: true,
            SegmentId: null,
            SegmentName: 'Name',
            ExternalId: false,
          },
        },
      ]),
    );
    expect(result.jobs[0]?.Definition).toEqual({
      S3Url: 's3://bucket/key',
      RegisterEndpoints: true,
      SegmentName: 'Name',
    });
  });

  it('drops a Definition that is not an object', () => {
    const result = normalizeImportJobsResponse(
      page([
        { Id: 'a', Definition: 'x' },
        { Id: 'b', Definition: [] },
      ]),
    );
    expect(result.jobs).toEqual([{ Id: 'a' }, { Id: 'b' }]);
  });

  it('keeps an unknown JobStatus as the string it is', () => {
    const result = normalizeImportJobsResponse(page([{ Id: 'job-1', JobStatus: 'QUEUED_SOMEWHERE_NEW' }]));
    expect(result.jobs[0]?.JobStatus).toBe('QUEUED_SOMEWHERE_NEW');
  });
});

describe('items', () => {
  it('drops items that are not objects', () => {
    const result = normalizeImportJobsResponse(
      page([1, null, 'job', [wireJob('x')], true, wireJob('job-1')]),
    );
    expect(result.jobs.map((job) => job.Id)).toEqual(['job-1']);
  });

  it('gives a job without a usable Id a synthetic key that is the same on the next poll', () => {
    const noId = { CreationDate: '2024-05-01T10:00:00.000Z', Definition: { S3Url: 's3://b/one.csv' } };
    const first = normalizeImportJobsResponse(page([{ ...noId, JobStatus: 'PROCESSING' }, wireJob('job-1')]));
    // Next poll: a new job came first and the status changed; the key stays.
    const second = normalizeImportJobsResponse(
      page([wireJob('job-0'), wireJob('job-1'), { ...noId, JobStatus: 'COMPLETED', TotalProcessed: 9 }]),
    );
    const key = first.jobs[0]?.Id;
    expect(key).toMatch(/^\$pij-/);
    expect(second.jobs[2]?.Id).toBe(key);
  });

  it('treats an empty, numeric or missing Id as unusable', () => {
    const result = normalizeImportJobsResponse(
      page([{ Id: '', CreationDate: 'a' }, { Id: 42, CreationDate: 'b' }, { CreationDate: 'c' }]),
    );
    const ids = result.jobs.map((job) => job.Id);
    expect(ids.every((id) => id.startsWith('$pij-'))).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });

  it('gives look-alike jobs without Id distinct keys', () => {
    const result = normalizeImportJobsResponse(page([{}, {}, {}]));
    const ids = result.jobs.map((job) => job.Id);
    expect(new Set(ids).size).toBe(3);
    expect(normalizeImportJobsResponse(page([{}, {}, {}])).jobs.map((job) => job.Id)).toEqual(ids);
  });

  it('gives a duplicate Id a stable synthetic key, so rows never collide', () => {
    const result = normalizeImportJobsResponse(
      page([wireJob('job-1', { JobStatus: 'FAILED' }), wireJob('job-2'), wireJob('job-1'), wireJob('job-1')]),
    );
    expect(result.jobs.map((job) => job.Id)).toEqual(['job-1', 'job-2', 'job-1$pij-2', 'job-1$pij-3']);
    expect(result.jobs[0]?.JobStatus).toBe('FAILED');
  });

  it('never lets a synthetic key take a real Id of the same page', () => {
    const result = normalizeImportJobsResponse(page([wireJob('a'), wireJob('a'), wireJob('a$pij-2')]));
    const ids = result.jobs.map((job) => job.Id);
    expect(ids[2]).toBe('a$pij-2');
    expect(new Set(ids).size).toBe(3);
  });
});

describe('the page', () => {
  it('reads Item absent or null as an empty page', () => {
    expect(normalizeImportJobsResponse({ ImportJobsResponse: {} })).toEqual({ jobs: [] });
    expect(normalizeImportJobsResponse(page(null))).toEqual({ jobs: [] });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', '{"ImportJobsResponse":{}}'],
    ['a number', 1],
    ['an array', [{ ImportJobsResponse: { Item: [] } }]],
    ['missing ImportJobsResponse', { Item: [] }],
    ['a null ImportJobsResponse', { ImportJobsResponse: null }],
    ['a string ImportJobsResponse', { ImportJobsResponse: 'x' }],
    ['an array ImportJobsResponse', { ImportJobsResponse: [] }],
    ['an Item that is not an array', { ImportJobsResponse: { Item: { Id: 'job-1' } } }],
  ])('throws InvalidResponseError for %s', (_label, body) => {
    const error = thrown(body);
    expect(isPinpointError(error)).toBe(true);
    expect(error.name).toBe('InvalidResponseError');
    expect(error.retryable).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['null', null],
    ['a number', 5],
    ['an object', { token: 'x' }],
  ])('reads a NextToken that is %s as no next page', (_label, NextToken) => {
    const result = normalizeImportJobsResponse(page([], NextToken));
    expect(result).toEqual({ jobs: [] });
    expect('nextToken' in result).toBe(false);
  });

  it('keeps a NextToken on an empty or null Item', () => {
    expect(normalizeImportJobsResponse(page(null, 'more'))).toEqual({ jobs: [], nextToken: 'more' });
  });
});

describe('hostile input never throws anything but InvalidResponseError', () => {
  it('drops an item whose getter throws and keeps the rest', () => {
    const hostile = {
      get Id(): string {
        throw new Error('getter');
      },
    };
    const result = normalizeImportJobsResponse(page([hostile, wireJob('job-1')]));
    expect(result.jobs.map((job) => job.Id)).toEqual(['job-1']);
  });

  it('names a body whose getter throws InvalidResponseError, keeping the cause', () => {
    const cause = new Error('getter');
    const body = {
      get ImportJobsResponse(): unknown {
        throw cause;
      },
    };
    const error = thrown(body);
    expect(error.name).toBe('InvalidResponseError');
    expect(error.cause).toBe(cause);
  });

  it('survives proxies that throw on every trap', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const evil = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
    expect(thrown(evil).name).toBe('InvalidResponseError');
    expect(thrown({ ImportJobsResponse: evil }).name).toBe('InvalidResponseError');
    expect(normalizeImportJobsResponse(page([evil, wireJob('job-1')])).jobs.map((job) => job.Id)).toEqual([
      'job-1',
    ]);
    const evilArray = new Proxy([], { get: trap });
    expect(thrown(page(evilArray)).name).toBe('InvalidResponseError');
  });

  it('survives a revoked proxy and a thrown non-error', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(thrown(proxy).name).toBe('InvalidResponseError');
    expect(normalizeImportJobsResponse(page([proxy])).jobs).toEqual([]);
    const throwsString = {
      get ImportJobsResponse(): unknown {
        throw 'plain string';
      },
    };
    expect(thrown(throwsString).name).toBe('InvalidResponseError');
  });

  it('handles cyclic objects without recursing', () => {
    const job: Record<string, unknown> = { Id: 'job-1' };
    job.Definition = job;
    job.Failures = [job, 'real'];
    const result = normalizeImportJobsResponse(page([job]));
    expect(result.jobs).toEqual([{ Id: 'job-1', Definition: {}, Failures: ['real'] }]);
  });

  it('rejects an Item longer than MAX_NORMALIZED_ITEMS without walking it', () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    const started = performance.now();
    expect(thrown(page(sparse)).name).toBe('InvalidResponseError');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(MAX_NORMALIZED_ITEMS).toBeGreaterThanOrEqual(10_000);
  });

  it('reads a sparse array hole as an item that is not an object', () => {
    const holes: unknown[] = [];
    holes[2] = wireJob('job-1');
    expect(normalizeImportJobsResponse(page(holes)).jobs.map((job) => job.Id)).toEqual(['job-1']);
  });

  it('normalises 5,000 jobs quickly', () => {
    const jobs = Array.from({ length: 5000 }, (_, i) => wireJob(`job-${i}`, { Failures: ['a', 'b'] }));
    const started = performance.now();
    const result = normalizeImportJobsResponse(page(jobs, 'n'));
    expect(result.jobs).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('one job (GetImportJob)', () => {
  function thrownForJob(body: unknown): PinpointError {
    try {
      normalizeImportJobResponse(body, 'job-1');
    } catch (error) {
      return error as PinpointError;
    }
    throw new Error('expected normalizeImportJobResponse to throw');
  }

  it('keeps every field of a complete job, in a fresh object', () => {
    const job = wireJob('job-1', { Failures: ['line 3: bad'], TotalFailures: 1, JobStatus: 'FAILED' });
    const result = normalizeImportJobResponse({ ImportJobResponse: job }, 'job-1');
    expect(result).toEqual(job);
    expect(result).not.toBe(job);
    expect(result.Definition).not.toBe(job.Definition);
  });

  it('drops wrong types field by field, as in a page, and keeps an unknown status', () => {
    const result = normalizeImportJobResponse({
      ImportJobResponse: {
        Id: 'job-1',
        TotalPieces: '3',
        JobStatus: 'ARCHIVED',
        Definition: { Format: 'XML' },
      },
    });
    expect(result).toEqual({ Id: 'job-1', JobStatus: 'ARCHIVED', Definition: {} });
  });

  it('gives a job without a usable Id the ID it was asked for, else a stable synthetic key', () => {
    expect(
      normalizeImportJobResponse({ ImportJobResponse: { Id: '', JobStatus: 'CREATED' } }, 'job-7').Id,
    ).toBe('job-7');
    const first = normalizeImportJobResponse({ ImportJobResponse: { Id: 5, CreationDate: 'd' } });
    const again = normalizeImportJobResponse({
      ImportJobResponse: { CreationDate: 'd', JobStatus: 'FAILED' },
    });
    expect(first.Id).toMatch(/^\$pij-/);
    expect(again.Id).toBe(first.Id);
  });

  it.each([
    ['null', null],
    ['a string', 'job'],
    ['an array', [wireJob('job-1')]],
    ['no ImportJobResponse', {}],
    ['an ImportJobResponse that is null', { ImportJobResponse: null }],
    ['an ImportJobResponse that is an array', { ImportJobResponse: [wireJob('job-1')] }],
    ['an ImportJobResponse that is a number', { ImportJobResponse: 3 }],
  ])('throws InvalidResponseError for %s', (_name, body) => {
    const error = thrownForJob(body);
    expect(isPinpointError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'InvalidResponseError', retryable: true });
  });

  it('names whatever a hostile body throws InvalidResponseError', () => {
    const hostile = {
      get ImportJobResponse(): unknown {
        throw new Error('boom');
      },
    };
    expect(thrownForJob(hostile).name).toBe('InvalidResponseError');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(thrownForJob({ ImportJobResponse: revoked.proxy }).name).toBe('InvalidResponseError');
  });
});
