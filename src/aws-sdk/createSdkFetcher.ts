import {
  GetSegmentImportJobsCommand,
  type GetSegmentImportJobsCommandInput,
  type GetSegmentImportJobsCommandOutput,
  type PinpointClient,
} from '@aws-sdk/client-pinpoint';
import { abortedError } from '../core/errors/pinpointError.js';
import { PinpointError, toPinpointError } from '../core/errors.js';
import { DEFAULT_TIMEOUT_MS } from '../core/http/createHttpFetcher.js';
import { startDeadline, untilAborted } from '../core/http/deadline.js';
import { requestIdsError } from '../core/http/requestIdsError.js';
import type { ImportJobsResponse, SegmentImportJobsFetcher } from '../core/types.js';
import { isJsonObject } from '../core/untrusted.js';
import { watchRawPage } from './rawPage.js';

/** Options of {@link createSdkFetcher}. */
export interface CreateSdkFetcherOptions {
  /**
   * How long a request may take before it is aborted and fails with `TimeoutError`, in milliseconds. `0` or
   * `Infinity` turns this timeout off (the client's own `requestHandler` timeouts still apply). Default: 30,000.
   */
  timeoutMs?: number | undefined;
}

/**
 * A {@link SegmentImportJobsFetcher} that sends `GetSegmentImportJobsCommand` through your `PinpointClient`, which
 * signs the request with the client's credentials.
 *
 * Errors are named as the README's error table says, the same way as `createHttpFetcher` names them: the SDK's
 * exception names are kept; its `Unknown` (no `x-amzn-ErrorType`) and the `SyntaxError` it throws for an HTML or
 * non-JSON body are named from `$metadata.httpStatusCode` (an HTML 502 is `ServiceUnavailableError`, a 401 from a
 * proxy `HttpError`); `retryAfterMs` comes from the `Retry-After` header; the raw reply is read as `createHttpFetcher`
 * reads it (a body that is not a JSON object is `InvalidResponseError`, a 200 naming a Pinpoint exception in
 * `x-amzn-ErrorType` is that exception, and the page returned is the raw body's, not the SDK's reshaping of it); `init.signal` aborted is `AbortError`; `timeoutMs` elapsed is `TimeoutError`; an
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
): SegmentImportJobsFetcher {
  const { timeoutMs = DEFAULT_TIMEOUT_MS } = options;

  return async (request, init) => {
    const callerSignal = init?.signal;
    if (callerSignal?.aborted) throw abortedError(callerSignal.reason);
    // The same check as the HTTP fetcher's: an ID of "..", sent as it is, would climb the path.
    const invalid = requestIdsError(request);
    if (invalid !== undefined) throw invalid;
    const input: GetSegmentImportJobsCommandInput = {
      ApplicationId: request.ApplicationId,
      SegmentId: request.SegmentId,
    };
    if (request.PageSize !== undefined && request.PageSize !== '') input.PageSize = String(request.PageSize);
    if (request.Token !== undefined && request.Token !== '') input.Token = String(request.Token);

    const command = new GetSegmentImportJobsCommand(input);
    const rawPage = watchRawPage(command, client);

    const deadline = startDeadline(callerSignal, timeoutMs);
    try {
      let output: GetSegmentImportJobsCommandOutput;
      try {
        // The SDK looks at the signal only once it sends; resolving credentials and signing come first and may take
        // as long as they like. The deadline holds for them too.
        output = await untilAborted(client.send(command, { abortSignal: deadline.signal }), deadline.signal);
      } catch (error) {
        throw deadline.failure(error, toPinpointError);
      }
      if (deadline.callerAborted) throw abortedError();
      // The page as the HTTP fetcher reads it (see `watchRawPage`); the SDK's own output only when the raw reply was
      // not seen (a middleware of the host's answered instead).
      const page: unknown = rawPage() ?? output.ImportJobsResponse;
      if (!isJsonObject<ImportJobsResponse>(page)) {
        throw new PinpointError({
          name: 'InvalidResponseError',
          message: 'The response holds no ImportJobsResponse object.',
          statusCode: output.$metadata.httpStatusCode,
          requestId: output.$metadata.requestId,
        });
      }
      // Untrusted beyond this point: the SDK validates nothing; the store normalises it.
      return { ImportJobsResponse: page };
    } finally {
      deadline.dispose();
    }
  };
}
