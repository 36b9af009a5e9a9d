import { describe, expect, it } from 'vitest';
import { type PinpointError, PinpointError as PinpointErrorClass } from '../errors.js';
import {
  hashEntryKey,
  type ImportJobsEntryKey,
  requestOf,
  type StoreFetcher,
  sendRequest,
} from './entryKey.js';

const key: ImportJobsEntryKey = {
  kind: 'segment',
  applicationId: 'app',
  segmentId: 'seg',
  pageSize: undefined,
  token: undefined,
};

describe('hashEntryKey', () => {
  it('is equal for equal keys and differs when any part differs', () => {
    expect(hashEntryKey({ ...key })).toBe(hashEntryKey(key));
    expect(hashEntryKey({ ...key, token: 't' })).not.toBe(hashEntryKey(key));
    expect(hashEntryKey({ ...key, pageSize: 20 })).not.toBe(hashEntryKey(key));
    // Parts are never confused across their boundary.
    expect(hashEntryKey({ ...key, applicationId: 'a,b', segmentId: 'c' })).not.toBe(
      hashEntryKey({ ...key, applicationId: 'a', segmentId: 'b,c' }),
    );
  });

  it('never confuses the kinds: a segment and a job of the same ID, an application list and its first segment', () => {
    const job: ImportJobsEntryKey = { kind: 'job', applicationId: 'app', jobId: 'seg' };
    const application: ImportJobsEntryKey = { kind: 'application', applicationId: 'app' };
    expect(new Set([hashEntryKey(key), hashEntryKey(job), hashEntryKey(application)]).size).toBe(3);
  });
});

describe('requestOf', () => {
  it('sends the IDs, and the page size and token only when there are any', () => {
    expect(requestOf(key)).toEqual({ ApplicationId: 'app', SegmentId: 'seg' });
    expect(requestOf({ ...key, pageSize: 20, token: 't' })).toEqual({
      ApplicationId: 'app',
      SegmentId: 'seg',
      PageSize: '20',
      Token: 't',
    });
  });

  it('sends a page size only as a whole number of 1 or more', () => {
    expect(requestOf({ ...key, pageSize: 2.7 })).toHaveProperty('PageSize', '2');
    for (const pageSize of [0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(requestOf({ ...key, pageSize })).not.toHaveProperty('PageSize');
    }
  });

  it("sends an application's page without a segment, and one job by its IDs alone", () => {
    expect(requestOf({ kind: 'application', applicationId: 'app', pageSize: 5, token: 't' })).toEqual({
      ApplicationId: 'app',
      PageSize: '5',
      Token: 't',
    });
    expect(requestOf({ kind: 'job', applicationId: 'app', jobId: 'job-1', pageSize: 5, token: 't' })).toEqual(
      {
        ApplicationId: 'app',
        JobId: 'job-1',
      },
    );
  });
});

describe('sendRequest', () => {
  const signal = new AbortController().signal;

  it('calls the function for a segment, and each method on the fetcher (this kept) for the others', async () => {
    const seen: unknown[] = [];
    const fetcher: StoreFetcher = Object.assign(
      async (request: unknown) => {
        seen.push(['segment', request]);
        return 'segment' as never;
      },
      {
        label: 'fetcher',
        async getImportJobs(this: { label: string }, request: unknown) {
          seen.push([this.label, 'application', request]);
          return 'application';
        },
        async getImportJob(this: { label: string }, request: unknown) {
          seen.push([this.label, 'job', request]);
          return 'job';
        },
      },
    );
    expect(await sendRequest(key, fetcher, { signal })).toBe('segment');
    expect(await sendRequest({ kind: 'application', applicationId: 'app' }, fetcher, { signal })).toBe(
      'application',
    );
    expect(await sendRequest({ kind: 'job', applicationId: 'app', jobId: 'j' }, fetcher, { signal })).toBe(
      'job',
    );
    expect(seen).toEqual([
      ['segment', { ApplicationId: 'app', SegmentId: 'seg' }],
      ['fetcher', 'application', { ApplicationId: 'app' }],
      ['fetcher', 'job', { ApplicationId: 'app', JobId: 'j' }],
    ]);
  });

  it.each([
    ['a plain function', async () => ({})],
    ['an object without the method', { getImportJobs: 'not a function' }],
    ['nothing', undefined],
  ])(
    'refuses %s for a job with MethodNotAllowedException, not retryable, sending nothing',
    (_name, fetcher) => {
      let thrown: PinpointError | undefined;
      try {
        void sendRequest({ kind: 'job', applicationId: 'app', jobId: 'j' }, fetcher as never, { signal });
      } catch (error) {
        thrown = error as PinpointError;
      }
      expect(thrown).toBeInstanceOf(PinpointErrorClass);
      expect(thrown).toMatchObject({
        name: 'MethodNotAllowedException',
        retryable: false,
        statusCode: undefined,
      });
      expect(thrown?.message).toContain('getImportJob method');
    },
  );
});
