import { describe, expect, it } from 'vitest';
import { hashEntryKey, requestOf } from './entryKey.js';

const key = { applicationId: 'app', segmentId: 'seg', pageSize: undefined, token: undefined };

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
    expect(requestOf({ ...key, pageSize: 2.7 }).PageSize).toBe('2');
    for (const pageSize of [0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(requestOf({ ...key, pageSize })).not.toHaveProperty('PageSize');
    }
  });
});
