import {
  GetImportJobCommand,
  GetImportJobsCommand,
  GetSegmentImportJobsCommand,
  type PinpointClient,
} from '@aws-sdk/client-pinpoint';
import { abortedError } from '../core/errors/pinpointError.js';
import { PinpointError, toPinpointError } from '../core/errors.js';
import type { ReplyWrapper } from '../core/http/bodyFromReply.js';
import { DEFAULT_TIMEOUT_MS } from '../core/http/createHttpFetcher.js';
import { startDeadline, untilAborted } from '../core/http/deadline.js';
import { type RequestIdField, requestIdsError } from '../core/http/requestIdsError.js';
import type {
  GetImportJobRequest,
  GetImportJobResponse,
  GetImportJobsRequest,
  GetImportJobsResponse,
  ImportJobsFetcher,
  SegmentImportJobsFetcher,
  SegmentImportJobsFetcherInit,
} from '../core/types.js';
import { isJsonObject } from '../core/untrusted.js';
import { type AnyCommand, watchRawBody } from './rawBody.js';

/** What the SDK tells of every reply. */
interface ResponseMetadata {
  httpStatusCode?: number | undefined;
  requestId?: string | undefined;
}

/** `PageSize` and `Token` as the SDK takes them: strings, and only when given. */
function pageInput(request: { PageSize?: string; Token?: string }): { PageSize?: string; Token?: string } {
  const input: { PageSize?: string; Token?: string } = {};
  if (request.PageSize !== undefined && request.PageSize !== '') input.PageSize = String(request.PageSize);
  if (request.Token !== undefined && request.Token !== '') input.Token = String(request.Token);
  return input;
}

/** Options of {@link createSdkFetcher}. */
export interface CreateSdkFetcherOptions {
  /**
   * How long a request may take before it is aborted and fails with `TimeoutError`, in milliseconds. `0` or
   * `Infinity` turns this timeout off (the client's own `requestHandler` timeouts still apply). Default: 30,000.
   */
  timeoutMs?: number | undefined;
}

/**
 * An {@link ImportJobsFetcher} that sends its commands through your `PinpointClient`, which signs each request with
 * the client's credentials: the function sends `GetSegmentImportJobsCommand`, `getImportJobs` sends
 * `GetImportJobsCommand` and `getImportJob` sends `GetImportJobCommand`. The methods need no `this`.
 *
 * Errors are named as the error table of docs/fetchers.md says, the same way as `createHttpFetcher` names them: the SDK's
 * exception names are kept; its `Unknown` (no `x-amzn-ErrorType`) and the `SyntaxError` it throws for an HTML or
 * non-JSON body are named from `$metadata.httpStatusCode` (an HTML 502 is `ServiceUnavailableError`, a 401 from a
 * proxy `HttpError`); `retryAfterMs` comes from the `Retry-After` header; the raw reply is read as `createHttpFetcher`
 * reads it (a body that is not a JSON object is `InvalidResponseError`, a 200 naming a Pinpoint exception in
 * `x-amzn-ErrorType` is that exception, and the page or job returned is the raw body's, not the SDK's reshaping of
 * it); `init.signal` aborted is `AbortError`; `timeoutMs` elapsed is `TimeoutError`; an
 * ID that no URL can carry (missing, empty, `.` or `..`) is `BadRequestException`, and nothing is sent.
 *
 * Create the client with `maxAttempts: 1`: the library does its own retrying, with backoff and `Retry-After`, and
 * the SDK's retries would multiply it (by default it tries 429 and 500 three times).
 *
 * @example
 * ```ts
 * import { PinpointClient } from '@aws-sdk/client-pinpoint';
 * import { createSdkFetcher } from 'pinpoint-import-jobs/aws-sdk';
 *
 * const fetcher = createSdkFetcher(new PinpointClient({ region: 'us-east-1', maxAttempts: 1 }));
 * ```
 *
 * @param client - A configured `PinpointClient` (credentials, region or endpoint).
 * @param options - The timeout.
 */
export function createSdkFetcher(
  client: PinpointClient,
  options: CreateSdkFetcherOptions = {},
): ImportJobsFetcher {
  const { timeoutMs = DEFAULT_TIMEOUT_MS } = options;

  /**
   * Sends the command `create` builds for a request whose `fields` are checked first, and reads its body as
   * `wrapper` says.
   */
  async function send<T>(
    request: object,
    fields: readonly RequestIdField[],
    create: () => AnyCommand,
    wrapper: ReplyWrapper,
    init: SegmentImportJobsFetcherInit | undefined,
  ): Promise<T> {
    const callerSignal = init?.signal;
    if (callerSignal?.aborted) throw abortedError(callerSignal.reason);
    // The same check as the HTTP fetcher's: an ID of "..", sent as it is, would climb the path.
    const invalid = requestIdsError(request, fields);
    if (invalid !== undefined) throw invalid;
    const command = create();
    const rawBody = watchRawBody(command, client, wrapper);

    const deadline = startDeadline(callerSignal, timeoutMs);
    try {
      let output: { $metadata: ResponseMetadata } & Partial<Record<ReplyWrapper, unknown>>;
      try {
        // The SDK looks at the signal only once it sends; resolving credentials and signing come first and may take
        // as long as they like. The deadline holds for them too.
        output = await untilAborted(
          client.send(command as GetImportJobCommand, { abortSignal: deadline.signal }),
          deadline.signal,
        );
      } catch (error) {
        throw deadline.failure(error, toPinpointError);
      }
      if (deadline.callerAborted) throw abortedError();
      // The body as the HTTP fetcher reads it (see `watchRawBody`); the SDK's own output only when the raw reply was
      // not seen (a middleware of the host's answered instead).
      const body: unknown = rawBody() ?? output[wrapper];
      if (!isJsonObject(body)) {
        throw new PinpointError({
          name: 'InvalidResponseError',
          message: `The response holds no ${wrapper} object.`,
          statusCode: output.$metadata.httpStatusCode,
          requestId: output.$metadata.requestId,
        });
      }
      // Untrusted beyond this point: the SDK validates nothing; the store normalises it.
      return { [wrapper]: body } as T;
    } finally {
      deadline.dispose();
    }
  }

  const fetcher: SegmentImportJobsFetcher = (request, init) =>
    send(
      request,
      ['ApplicationId', 'SegmentId'],
      () =>
        new GetSegmentImportJobsCommand({
          ApplicationId: request.ApplicationId,
          SegmentId: request.SegmentId,
          ...pageInput(request),
        }),
      'ImportJobsResponse',
      init,
    );
  return Object.assign(fetcher, {
    getImportJobs: (request: GetImportJobsRequest, init: SegmentImportJobsFetcherInit) =>
      send<GetImportJobsResponse>(
        request,
        ['ApplicationId'],
        () => new GetImportJobsCommand({ ApplicationId: request.ApplicationId, ...pageInput(request) }),
        'ImportJobsResponse',
        init,
      ),
    getImportJob: (request: GetImportJobRequest, init: SegmentImportJobsFetcherInit) =>
      send<GetImportJobResponse>(
        request,
        ['ApplicationId', 'JobId'],
        () => new GetImportJobCommand({ ApplicationId: request.ApplicationId, JobId: request.JobId }),
        'ImportJobResponse',
        init,
      ),
  });
}
