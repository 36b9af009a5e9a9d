import { abortedError } from '../errors/pinpointError.js';
import { PinpointError, toPinpointError } from '../errors.js';
import type {
  GetImportJobRequest,
  GetImportJobResponse,
  GetImportJobsRequest,
  GetImportJobsResponse,
  ImportJobsFetcher,
  SegmentImportJobsFetcher,
  SegmentImportJobsFetcherInit,
} from '../types.js';
import { bodyFromReply, cutOffReplyError, type ReplyWrapper } from './bodyFromReply.js';
import { startDeadline, untilAborted } from './deadline.js';
import { errorFromHttpResponse } from './errorFromHttpResponse.js';
import {
  applicationImportJobsUrl,
  importJobUrl,
  isAbsoluteUrl,
  segmentImportJobsUrl,
} from './importJobsUrls.js';
import { redirectError } from './redirectError.js';

/** The default of {@link CreateHttpFetcherOptions.timeoutMs}: 30 seconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Options of {@link createHttpFetcher}. */
export interface CreateHttpFetcherOptions {
  /**
   * Where the Pinpoint REST API (or a route of your backend that speaks it) lives: absolute
   * (`https://pinpoint.example.com`) or relative to the page (`/api/pinpoint`). A path prefix is kept; requests go to
   * `{baseUrl}/v1/apps/{application-id}/…`. A relative URL is resolved against
   * `globalThis.location` at each request; without one (Node.js) it is passed to `fetch` as it is.
   */
  baseUrl: string;
  /**
   * The `fetch` to call, e.g. one that adds credentials or resolves relative URLs on a server. It is called as a plain
   * function with `(url, { method: 'GET', headers, signal, redirect: 'manual' })`; a `fetch` that ignores the signal
   * still times out. Default: `globalThis.fetch`, read at each request.
   */
  fetch?: typeof fetch | undefined;
  /**
   * Headers for every request, or a function (may be async) called before each request, e.g. for a fresh auth token.
   * They are added to `Accept: application/json` and may replace it. If the function throws, the request fails with
   * that error named `UnknownError`. Default: none.
   */
  headers?: (HeadersInit | (() => HeadersInit | Promise<HeadersInit>)) | undefined;
  /**
   * How long a request may take, headers and body included, before it fails with `TimeoutError`, in milliseconds.
   * `0` or `Infinity` turns the timeout off. Default: 30,000.
   */
  timeoutMs?: number | undefined;
}

/**
 * An {@link ImportJobsFetcher} that calls the Pinpoint REST API with `fetch`: the function sends `GetSegmentImportJobs`
 * (`GET {baseUrl}/v1/apps/{ApplicationId}/segments/{SegmentId}/jobs/import?page-size=…&token=…`), `getImportJobs`
 * sends `GetImportJobs` (`GET {baseUrl}/v1/apps/{ApplicationId}/jobs/import?page-size=…&token=…`) and `getImportJob`
 * sends `GetImportJob` (`GET {baseUrl}/v1/apps/{ApplicationId}/jobs/import/{JobId}`), IDs percent-encoded, `page-size`
 * and `token` only when given. The methods need no `this`: they may be passed on alone.
 *
 * It does **not** sign requests (no SigV4): point it at your own backend route that calls Pinpoint for the user, or
 * at an emulator. For AWS itself use `createSdkFetcher` from `pinpoint-import-jobs/aws-sdk`.
 *
 * A 2xx body must be a JSON object (the bare `ImportJobsResponse` of a list, the bare `ImportJobResponse` of a job);
 * it resolves wrapped as the SDK wraps it (`{ ImportJobsResponse: body }`, `{ ImportJobResponse: body }`), unchecked
 * beyond that: the store normalises it. A body already wrapped (a backend that passes the SDK's output through:
 * `{ ImportJobsResponse: { Item, NextToken }, $metadata }`) is unwrapped. Every failure rejects with a
 * {@link PinpointError} named after the error table of docs/fetchers.md: the status and `x-amzn-ErrorType` name HTTP failures
 * (a Pinpoint exception in `x-amzn-ErrorType` even on a 2xx); a redirect, not followed, is `HttpError`; no reply is
 * `NetworkError`; `timeoutMs` elapsed is `TimeoutError`; a body that is not JSON, is cut off or is not an
 * object is `InvalidResponseError`; `init.signal` aborted is `AbortError`. Before anything is sent: an ID that no
 * URL can carry (missing, empty, `.` or `..`) is `BadRequestException`; headers that cannot be sent (or a `headers`
 * function that throws) are `UnknownError`; a relative `baseUrl` with no page to resolve it against and no `fetch`
 * of yours is `UnknownError`, not retryable (retrying cannot help).
 *
 * @example
 * ```ts
 * const fetcher = createHttpFetcher({
 *   baseUrl: '/api/pinpoint',
 *   headers: async () => ({ Authorization: `Bearer ${await getToken()}` }),
 * });
 * ```
 *
 * @param options - Where to send requests and how.
 */
export function createHttpFetcher(options: CreateHttpFetcherOptions): ImportJobsFetcher {
  const { baseUrl, headers, timeoutMs = DEFAULT_TIMEOUT_MS } = options;

  /** Sends `GET url` and reads a 2xx body as `wrapper` says; the URL is built once the signal is checked. */
  async function send<T>(
    urlOf: () => string,
    wrapper: ReplyWrapper,
    init: SegmentImportJobsFetcherInit | undefined,
  ): Promise<T> {
    const callerSignal = init?.signal;
    if (callerSignal?.aborted) throw abortedError(callerSignal.reason);
    // Throws `BadRequestException` for IDs no URL can carry, before anything is sent.
    const url = urlOf();
    if (options.fetch === undefined && !isAbsoluteUrl(url)) {
      throw new PinpointError({
        name: 'UnknownError',
        message: `The baseUrl "${baseUrl}" is relative and there is no page to resolve it against: give an absolute baseUrl, or a fetch that resolves it.`,
        retryable: false,
      });
    }
    const deadline = startDeadline(callerSignal, timeoutMs);

    try {
      const requestHeaders = new Headers({ accept: 'application/json' });
      try {
        const headersInit =
          typeof headers === 'function'
            ? await untilAborted(Promise.resolve(headers()), deadline.signal)
            : headers;
        // A name or value that HTTP cannot carry throws here, as the headers' failure, not a network one.
        if (headersInit !== undefined) {
          new Headers(headersInit).forEach((value, name) => {
            requestHeaders.set(name, value);
          });
        }
      } catch (error) {
        throw deadline.failure(
          error,
          (cause) =>
            new PinpointError({
              name: 'UnknownError',
              message: `The headers option failed: ${cause instanceof Error ? cause.message : String(cause)}`,
              cause,
            }),
        );
      }

      const fetchImpl = options.fetch ?? globalThis.fetch;
      let response: Response;
      try {
        // Raced with the deadline: a `fetch` of yours that ignores the signal still times out. Redirects are not
        // followed, as the SDK follows none: the headers (credentials) must not go to where a reply points.
        response = await untilAborted(
          fetchImpl(url, {
            method: 'GET',
            headers: requestHeaders,
            signal: deadline.signal,
            redirect: 'manual',
          }),
          deadline.signal,
        );
      } catch (error) {
        throw deadline.failure(error, (cause) =>
          cause instanceof TypeError
            ? new PinpointError({
                name: 'NetworkError',
                message: `No response came back: ${cause.message}`,
                cause,
              })
            : toPinpointError(cause),
        );
      }

      if (response.type === 'opaqueredirect') {
        // A browser's answer to a redirect not followed: no status, no headers, no body.
        void response.body?.cancel().catch(() => {});
        throw redirectError();
      }
      let text: string;
      try {
        text = await untilAborted(response.text(), deadline.signal);
      } catch (error) {
        throw deadline.failure(error, (cause) => cutOffReplyError(response.status, response.headers, cause));
      }
      if (deadline.callerAborted) throw abortedError();

      if (response.status < 200 || response.status > 299) {
        throw errorFromHttpResponse(response.status, response.headers, text);
      }
      return { [wrapper]: bodyFromReply(response.status, response.headers, text, wrapper) } as T;
    } finally {
      deadline.dispose();
    }
  }

  const fetcher: SegmentImportJobsFetcher = (request, init) =>
    send(() => segmentImportJobsUrl(baseUrl, request), 'ImportJobsResponse', init);
  return Object.assign(fetcher, {
    getImportJobs: (request: GetImportJobsRequest, init: SegmentImportJobsFetcherInit) =>
      send<GetImportJobsResponse>(
        () => applicationImportJobsUrl(baseUrl, request),
        'ImportJobsResponse',
        init,
      ),
    getImportJob: (request: GetImportJobRequest, init: SegmentImportJobsFetcherInit) =>
      send<GetImportJobResponse>(() => importJobUrl(baseUrl, request), 'ImportJobResponse', init),
  });
}
