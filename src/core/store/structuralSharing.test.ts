import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../types.js';
import { isDeepEqual, replaceEqualDeep, replaceEqualJobs, replaceEqualPage } from './structuralSharing.js';

function jobs(): ImportJob[] {
  return [
    { Id: 'a', JobStatus: 'PROCESSING', CompletedPieces: 1, Definition: { Format: 'CSV' }, Failures: ['x'] },
    { Id: 'b', JobStatus: 'COMPLETED', CompletedPieces: 3 },
  ];
}

describe('isDeepEqual', () => {
  it('compares nested objects and arrays by value', () => {
    expect(isDeepEqual(jobs(), jobs())).toBe(true);
    expect(isDeepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(isDeepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(isDeepEqual([1], { 0: 1 })).toBe(false);
    expect(isDeepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(isDeepEqual(null, {})).toBe(false);
  });
});

describe('replaceEqualJobs', () => {
  it('returns the previous array when nothing changed', () => {
    const previous = jobs();
    expect(replaceEqualJobs(previous, jobs())).toBe(previous);
  });

  it('reuses each unchanged job object and takes the changed one', () => {
    const previous = jobs();
    const next = jobs();
    next[0] = { ...next[0], Id: 'a', CompletedPieces: 2 };
    const shared = replaceEqualJobs(previous, next);
    expect(shared).not.toBe(previous);
    expect(shared[0]).toBe(next[0]);
    expect(shared[1]).toBe(previous[1]);
  });

  it('matches jobs by Id, not by position', () => {
    const previous = jobs();
    const next = [jobs()[1], jobs()[0]] as ImportJob[];
    const shared = replaceEqualJobs(previous, next);
    expect(shared).not.toBe(previous);
    expect(shared[0]).toBe(previous[1]);
    expect(shared[1]).toBe(previous[0]);
  });

  it('gives a new array when a job was added or removed', () => {
    const previous = jobs();
    const fewer = replaceEqualJobs(previous, jobs().slice(0, 1));
    expect(fewer).not.toBe(previous);
    expect(fewer[0]).toBe(previous[0]);
    const more = replaceEqualJobs(previous, [...jobs(), { Id: 'c' }]);
    expect(more).toHaveLength(3);
    expect(more[1]).toBe(previous[1]);
  });

  it('takes next as is without a previous list', () => {
    const next = jobs();
    expect(replaceEqualJobs(undefined, next)).toBe(next);
  });
});

describe('replaceEqualPage', () => {
  it('returns the previous page when jobs and token are unchanged', () => {
    const previous = { jobs: jobs(), nextToken: 't' };
    expect(replaceEqualPage(previous, { jobs: jobs(), nextToken: 't' })).toBe(previous);
  });

  it('keeps the previous jobs array but gives a new page when only the token changed', () => {
    const previous = { jobs: jobs(), nextToken: 't' };
    const next = replaceEqualPage(previous, { jobs: jobs(), nextToken: 'u' });
    expect(next).not.toBe(previous);
    expect(next.jobs).toBe(previous.jobs);
    expect(next.nextToken).toBe('u');
    const last = replaceEqualPage(previous, { jobs: jobs() });
    expect(last).toEqual({ jobs: previous.jobs });
  });
});

describe('replaceEqualDeep', () => {
  it('returns the previous value when deeply equal', () => {
    const previous = { a: [1, { b: 2 }], c: 'x' };
    expect(replaceEqualDeep(previous, { a: [1, { b: 2 }], c: 'x' })).toBe(previous);
  });

  it('keeps the unchanged parts of a changed value', () => {
    const previous = { a: { deep: [1, 2] }, b: { n: 1 } };
    const next = replaceEqualDeep(previous, { a: { deep: [1, 2] }, b: { n: 2 } });
    expect(next).not.toBe(previous);
    expect(next.a).toBe(previous.a);
    expect(next.b).toEqual({ n: 2 });
  });

  it('takes next when the shapes differ', () => {
    const next = { a: 1 };
    expect(replaceEqualDeep([1], next)).toBe(next);
    expect(replaceEqualDeep({ a: 1, b: 2 }, next)).toEqual({ a: 1 });
  });
});
