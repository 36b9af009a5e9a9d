import { requestIdHeader } from '../errors/requestIdHeaders.js';
import { errorNameForResponse, PinpointError } from '../errors.js';
import { isJsonObject } from '../untrusted.js';
import { errorFromHttpResponse } from './errorFromHttpResponse.js';

/** Whether `x-amzn-ErrorType` names a Pinpoint exception (cleaned as `errorNameForResponse` cleans it). */
function namesException(headers: Headers): boolean {
  const type = headers.get('x-amzn-errortype');
  // No status names an exception by itself at 0: only the error type can.
  return type !== null && errorNameForResponse(0, type) !== 'HttpError';
}

function invalidReply(status: number, headers: Headers, message: string, cause?: unknown): PinpointError {
  return new PinpointError({
    name: 'InvalidResponseError',
    message,
    statusCode: status,
    requestId: requestIdHeader(headers),
    cause,
  });
}

/**
 * The failure a reply is whose body broke off (the connection dropped half-way), the same for both fetchers: a
 * failed reply is still named by its status and headers; what came of a 2xx body is no page. Internal.
 *
 * @param status - The HTTP status.
 * @param headers - The reply's headers.
 * @param cause - The error reading the body.
 */
export function cutOffReplyError(status: number, headers: Headers, cause: unknown): PinpointError {
  return status >= 200 && status <= 299
    ? invalidReply(status, headers, 'The response was cut off.', cause)
    : errorFromHttpResponse(status, headers, '');
}

/** The member an SDK output wraps a body in: a page's, or one job's. */
export type ReplyWrapper = 'ImportJobsResponse' | 'ImportJobResponse';

/**
 * Reads the body of a 2xx reply, the same way for both fetchers and every operation. Internal.
 *
 * A reply that names a Pinpoint exception in `x-amzn-ErrorType` is that exception, whatever its status (a gateway
 * that answers 200 with an error body). The body must be a JSON object: the bare `ImportJobsResponse` of a list (or
 * `ImportJobResponse` of one job), or the body wrapped as the SDK outputs it (`{ ImportJobsResponse: { Item, … } }`,
 * `{ ImportJobResponse: { Id, … } }`, from a backend that passes the SDK's output through), which is unwrapped;
 * anything else (a wrapper whose content is no object included) is `InvalidResponseError`.
 *
 * @param status - The HTTP status, 2xx.
 * @param headers - The reply's headers.
 * @param text - The body as text.
 * @param wrapper - What the SDK wraps this operation's body in. Default: a page's.
 * @throws PinpointError - The failure the reply is.
 */
export function bodyFromReply(
  status: number,
  headers: Headers,
  text: string,
  wrapper: ReplyWrapper = 'ImportJobsResponse',
): object {
  if (namesException(headers)) throw errorFromHttpResponse(status, headers, text);
  const invalid = (message: string, cause?: unknown) => invalidReply(status, headers, message, cause);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw invalid('The response is not JSON.', error);
  }
  if (!isJsonObject(body)) throw invalid('The response is not a JSON object.');
  // The bare body never holds its wrapper (a page has `Item`, a job `Id`): a wrapped one is unwrapped rather than
  // read as a body with nothing in it (an empty table over good rows).
  if ((wrapper === 'ImportJobsResponse' ? 'Item' : 'Id') in body || !(wrapper in body)) return body;
  const wrapped = body[wrapper];
  // `{ ImportJobsResponse: null }` is no empty page: it would wipe good rows with nothing.
  if (!isJsonObject(wrapped)) throw invalid(`The response holds no ${wrapper} object.`);
  return wrapped;
}
