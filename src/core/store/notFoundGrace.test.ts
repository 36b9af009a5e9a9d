import { describe, expect, it } from 'vitest';
import { PinpointError } from '../errors.js';
import { NOT_FOUND_GRACE_MS } from './constants.js';
import { isGracedNotFound, withNotFoundGrace } from './notFoundGrace.js';

const now = Date.parse('2025-06-01T12:00:00.000Z');
const createdAgo = (ms: number) => ({ Id: 'j', CreationDate: new Date(now - ms).toISOString() });
const notFound = new PinpointError({
  name: 'NotFoundException',
  statusCode: 404,
  requestId: 'r',
  message: 'gone',
});

describe('withNotFoundGrace', () => {
  it.each([
    [0, true],
    [NOT_FOUND_GRACE_MS - 1, true],
    [NOT_FOUND_GRACE_MS, false],
    [-(NOT_FOUND_GRACE_MS - 1), true],
    [-NOT_FOUND_GRACE_MS, false],
  ])('a 404 for a job created %i ms ago is retryable: %s', (ago, graced) => {
    const error = withNotFoundGrace(notFound, createdAgo(ago), now);
    expect(error.retryable).toBe(graced);
    expect(isGracedNotFound(error)).toBe(graced);
    expect(error).toMatchObject({
      name: 'NotFoundException',
      statusCode: 404,
      requestId: 'r',
      message: 'gone',
    });
    // The error the fetcher gave is never changed.
    expect(notFound.retryable).toBe(false);
  });

  it('leaves any other error, and a job without a readable creation date, as they are', () => {
    const forbidden = new PinpointError({ name: 'ForbiddenException' });
    expect(withNotFoundGrace(forbidden, createdAgo(0), now)).toBe(forbidden);
    expect(withNotFoundGrace(notFound, undefined, now)).toBe(notFound);
    expect(withNotFoundGrace(notFound, { Id: 'j' }, now)).toBe(notFound);
    expect(withNotFoundGrace(notFound, { Id: 'j', CreationDate: 'yesterday' }, now)).toBe(notFound);
    expect(isGracedNotFound(new PinpointError({ name: 'InternalServerErrorException' }))).toBe(false);
    expect(isGracedNotFound(undefined)).toBe(false);
  });
});
