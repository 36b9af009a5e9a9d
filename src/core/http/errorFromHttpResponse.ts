import { requestIdHeader } from '../errors/requestIdHeaders.js';
import { type PinpointError, pinpointErrorFromReply } from '../errors.js';
import { hasMembers, nonEmptyString } from '../untrusted.js';

function field(body: unknown, ...names: string[]): string | undefined {
  if (!hasMembers(body)) return undefined;
  for (const name of names) {
    const value = nonEmptyString(body[name]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Names a failed HTTP reply (status not 2xx) as the error table of docs/fetchers.md does, for `createHttpFetcher` and for custom
 * fetchers built on `fetch`.
 *
 * The name comes from `x-amzn-ErrorType` (or `__type`/`code` in a JSON body), any `:…` suffix stripped, else from the
 * status; `message` from the body's `Message`; `requestId` from the body's `RequestID`, else the `x-amzn-RequestId`
 * header (or `x-amz-request-id`); `retryAfterMs` from `Retry-After` (seconds or an HTTP date). A body that is not JSON (an HTML page from a
 * gateway) is fine.
 *
 * @param status - The HTTP status code.
 * @param headers - The reply's headers.
 * @param bodyText - The reply's body as text; `''` when unknown.
 */
export function errorFromHttpResponse(status: number, headers: Headers, bodyText: string): PinpointError {
  let body: unknown;
  try {
    body = bodyText === '' ? undefined : JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  return pinpointErrorFromReply({
    status,
    errorType: headers.get('x-amzn-errortype') ?? field(body, '__type', 'code'),
    message: field(body, 'Message', 'message'),
    requestId: field(body, 'RequestID', 'RequestId', 'requestId') ?? requestIdHeader(headers),
    retryAfter: headers.get('retry-after'),
  });
}
