/**
 * Both fetchers against a real node:http server whose `x-amzn-ErrorType` disagrees with the status: the error type
 * names the error, the status stays the status, and retrying follows the name.
 */
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSdkFetcher } from '../../../src/aws-sdk/createSdkFetcher.js';
import { createHttpFetcher } from '../../../src/core/http/createHttpFetcher.js';
import type { SegmentImportJobsFetcher } from '../../../src/core/types.js';
import { type PinpointTestServer, startPinpointTestServer } from '../servers/pinpointTestServer.js';

/** The wire's exceptions, their statuses and whether they are retried (PINPOINT.md, the service model). */
const EXCEPTIONS = [
  ['BadRequestException', 400, false],
  ['ForbiddenException', 403, false],
  ['NotFoundException', 404, false],
  ['MethodNotAllowedException', 405, false],
  ['PayloadTooLargeException', 413, false],
  ['TooManyRequestsException', 429, true],
  ['InternalServerErrorException', 500, true],
] as const;

/** Each exception sent with every other exception's status, and with a gateway's 502. */
const DISAGREEING = EXCEPTIONS.flatMap(([name, own, retryable]) =>
  [...EXCEPTIONS.map(([, status]) => status), 502]
    .filter((status) => status !== own)
    .map((status) => [name, status, retryable] as const),
);

const ADAPTERS: Record<string, (url: string) => SegmentImportJobsFetcher> = {
  createHttpFetcher: (url) => createHttpFetcher({ baseUrl: url }),
  'createSdkFetcher (real AWS SDK)': (url) =>
    createSdkFetcher(
      new PinpointClient({
        endpoint: url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
        maxAttempts: 1,
      }),
    ),
};

let server: PinpointTestServer;

beforeAll(async () => {
  server = await startPinpointTestServer();
});

afterAll(async () => {
  await server.close();
});

const request = { ApplicationId: 'app-1', SegmentId: 'seg-1' };

describe.each(Object.entries(ADAPTERS))(
  'x-amzn-ErrorType that disagrees with the status, through %s',
  (_adapter, makeFetcher) => {
    async function rejection(): Promise<unknown> {
      try {
        await makeFetcher(server.url)(request, { signal: new AbortController().signal });
      } catch (error) {
        return error;
      }
      throw new Error('expected the fetcher to reject');
    }

    it.each(DISAGREEING)('%s at %i is %s, with that status', async (errorType, status, retryable) => {
      server.enqueue({ kind: 'error', status, errorType, message: 'Nope', requestId: 'req-7' });
      const error = await rejection();
      expect(error).toMatchObject({
        name: errorType,
        statusCode: status,
        retryable,
        message: 'Nope',
        requestId: 'req-7',
      });
    });

    it.each(EXCEPTIONS)(
      '%s on a 200 is that exception, not a page',
      async (errorType, _status, retryable) => {
        server.enqueue({ kind: 'error', status: 200, errorType, message: 'Nope' });
        const error = await rejection();
        expect(error).toMatchObject({ name: errorType, statusCode: 200, retryable });
      },
    );

    it.each(EXCEPTIONS)('%s with a suffix at 418 is still %s', async (errorType, _status, retryable) => {
      server.enqueue({ kind: 'error', status: 418, errorType: `${errorType}:http://internal.amazon.com/` });
      const error = await rejection();
      expect(error).toMatchObject({ name: errorType, statusCode: 418, retryable });
    });

    it('an error type that is no Pinpoint exception leaves the naming to the status', async () => {
      server.enqueue({ kind: 'error', status: 404, errorType: 'SomethingElseException' });
      const error = await rejection();
      expect(error).toMatchObject({ name: 'NotFoundException', statusCode: 404, retryable: false });
    });
  },
);
