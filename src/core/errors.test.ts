import { describe, expect, it } from 'vitest';
import { errorNameForResponse, PinpointError, pinpointErrorFromReply, toPinpointError } from './errors.js';

// toPinpointError on the shapes fetchers throw. The adapters' own tests cover the same cases end to end.

describe('errorNameForResponse', () => {
  it.each([
    [400, 'BadRequestException'],
    [403, 'ForbiddenException'],
    [404, 'NotFoundException'],
    [405, 'MethodNotAllowedException'],
    [413, 'PayloadTooLargeException'],
    [429, 'TooManyRequestsException'],
    [500, 'InternalServerErrorException'],
    [502, 'ServiceUnavailableError'],
    [503, 'ServiceUnavailableError'],
    [504, 'ServiceUnavailableError'],
    [401, 'HttpError'],
    [409, 'HttpError'],
    [501, 'HttpError'],
    [302, 'HttpError'],
  ] as const)('names status %i %s', (status, name) => {
    expect(errorNameForResponse(status)).toBe(name);
  });

  it('prefers a known error type, stripping ":…" and "namespace#"', () => {
    expect(errorNameForResponse(400, 'NotFoundException:http://internal.amazon.com/')).toBe(
      'NotFoundException',
    );
    expect(errorNameForResponse(502, 'com.amazonaws.pinpoint#InternalServerErrorException')).toBe(
      'InternalServerErrorException',
    );
  });

  it('falls back to the status for an unknown error type', () => {
    expect(errorNameForResponse(403, 'AccessDeniedException')).toBe('ForbiddenException');
    expect(errorNameForResponse(401, 'UnrecognizedClientException')).toBe('HttpError');
    expect(errorNameForResponse(400, 'SomethingElseException')).toBe('BadRequestException');
  });

  it("names AWS's refused-credentials and throttling types at 400 for what they are", () => {
    for (const type of [
      'ExpiredTokenException',
      'UnrecognizedClientException',
      'InvalidSignatureException',
    ]) {
      expect(errorNameForResponse(400, `${type}:http://internal`)).toBe('ForbiddenException');
    }
    expect(errorNameForResponse(400, 'ThrottlingException')).toBe('TooManyRequestsException');
    expect(pinpointErrorFromReply({ status: 400, errorType: 'ThrottlingException' }).retryable).toBe(true);
  });

  it('keeps at most 1,000 characters of a message', () => {
    const error = pinpointErrorFromReply({ status: 502, message: 'x'.repeat(5_000_000) });
    expect(error.message).toHaveLength(1_001);
    expect(error.message.endsWith('…')).toBe(true);
  });
});

describe('pinpointErrorFromReply', () => {
  it('makes an HttpError retryable for 5xx only', () => {
    expect(pinpointErrorFromReply({ status: 507 })).toMatchObject({ name: 'HttpError', retryable: true });
    expect(pinpointErrorFromReply({ status: 418 })).toMatchObject({ name: 'HttpError', retryable: false });
  });

  it('reads Retry-After on any status', () => {
    expect(pinpointErrorFromReply({ status: 503, retryAfter: '2' }).retryAfterMs).toBe(2000);
  });
});

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

  it('names SDK-shaped errors from $metadata and $response', () => {
    const unknown = Object.assign(new Error('UnknownError'), {
      name: 'Unknown',
      $metadata: { httpStatusCode: 404, requestId: 'meta-id' },
    });
    expect(toPinpointError(unknown)).toMatchObject({
      name: 'NotFoundException',
      statusCode: 404,
      requestId: 'meta-id',
    });
    const throttled = Object.assign(new Error('Slow down'), {
      name: 'TooManyRequestsException',
      RequestID: 'body-id',
      $metadata: { httpStatusCode: 429, requestId: 'meta-id' },
      $response: { statusCode: 429, headers: { 'retry-after': '4' } },
    });
    expect(toPinpointError(throttled)).toMatchObject({
      name: 'TooManyRequestsException',
      message: 'Slow down',
      requestId: 'body-id',
      retryAfterMs: 4000,
    });
    const html = Object.assign(new SyntaxError('Unexpected token <\n  Deserialization error: …'), {
      $metadata: { httpStatusCode: 503 },
    });
    expect(toPinpointError(html)).toMatchObject({ name: 'ServiceUnavailableError', statusCode: 503 });
    const bad200 = Object.assign(new SyntaxError('Unexpected end of JSON input'), {
      $metadata: { httpStatusCode: 200 },
    });
    expect(toPinpointError(bad200)).toMatchObject({ name: 'InvalidResponseError', statusCode: 200 });
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
