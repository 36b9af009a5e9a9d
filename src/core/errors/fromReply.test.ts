import { describe, expect, it } from 'vitest';
import { errorNameForResponse, pinpointErrorFromReply } from './fromReply.js';

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
