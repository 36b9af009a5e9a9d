import { describe, expect, it } from 'vitest';
import { toPinpointError } from './fromThrown.js';

// The AWS SDK's errors as toPinpointError meets them; createSdkFetcher's tests cover the same cases end to end.

describe('toPinpointError on AWS SDK errors', () => {
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
});
