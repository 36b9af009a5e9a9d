import { describe, expect, it } from 'vitest';
import { toPinpointError } from './fromThrown.js';
import { PinpointError } from './pinpointError.js';

// toPinpointError on the shapes fetchers throw. The adapters' own tests cover the same cases end to end.

describe('toPinpointError', () => {
  it('returns a PinpointError as it is', () => {
    const error = new PinpointError({ name: 'NotFoundException', statusCode: 404 });
    expect(toPinpointError(error)).toBe(error);
  });

  it("names AbortError (DOMException and the SDK's Error) AbortError", () => {
    expect(toPinpointError(new DOMException('aborted', 'AbortError'))).toMatchObject({
      name: 'AbortError',
      retryable: false,
    });
    expect(toPinpointError(Object.assign(new Error('Request aborted'), { name: 'AbortError' })).name).toBe(
      'AbortError',
    );
  });

  it('names AbortSignal.timeout and ETIMEDOUT TimeoutError', () => {
    expect(toPinpointError(new DOMException('timed out', 'TimeoutError')).name).toBe('TimeoutError');
    expect(toPinpointError(Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' })).name).toBe(
      'TimeoutError',
    );
  });

  it('names connection errors NetworkError, also when the code is on cause (undici)', () => {
    expect(toPinpointError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })).name).toBe(
      'NetworkError',
    );
    const undici = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ENOTFOUND' }),
    });
    expect(toPinpointError(undici).name).toBe('NetworkError');
    expect(toPinpointError(new TypeError('Failed to fetch')).name).toBe('NetworkError');
    // The SDK names a reset socket TimeoutError; its code says what happened.
    expect(
      toPinpointError(
        Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' }),
      ).name,
    ).toBe('NetworkError');
  });

  it('names anything else UnknownError, keeping the cause', () => {
    const cause = new Error('bug');
    expect(toPinpointError(cause)).toMatchObject({ name: 'UnknownError', message: 'bug', retryable: true });
    expect(toPinpointError(cause).cause).toBe(cause);
    expect(toPinpointError('a string')).toMatchObject({ name: 'UnknownError', message: 'a string' });
    expect(toPinpointError(undefined).name).toBe('UnknownError');
    expect(toPinpointError(new TypeError("Cannot read properties of undefined (reading 'x')")).name).toBe(
      'UnknownError',
    );
  });

  it('never throws, even for hostile values', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const evil = new Proxy({}, { get: trap, getPrototypeOf: trap, has: trap });
    expect(toPinpointError(evil)).toMatchObject({ name: 'UnknownError' });
    expect(toPinpointError(evil).cause).toBe(evil);
    expect(toPinpointError(Object.create(null)).name).toBe('UnknownError');
    expect(toPinpointError(Symbol('s')).name).toBe('UnknownError');
  });
});
