import { pinpointErrorFromReply } from './errors/fromReply.js';
import { isPinpointError, PinpointError, type PinpointErrorOptions } from './errors/pinpointError.js';
import { REQUEST_ID_HEADERS } from './errors/requestIdHeaders.js';
import { hasMembers, type UnknownRecord } from './untrusted.js';

export { errorNameForResponse, type PinpointErrorReply, pinpointErrorFromReply } from './errors/fromReply.js';

export {
  isPinpointError,
  isRetryableErrorName,
  PINPOINT_ERROR_NAMES,
  PinpointError,
  type PinpointErrorName,
  type PinpointErrorOptions,
} from './errors/pinpointError.js';

/** Error codes of Node.js, undici and the AWS SDK that mean no reply came back. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

/**
 * Codes that mean no readable reply came back either: TLS failures (a certificate refused, TLS to a plain port) and
 * an HTTP parser that could not read the reply.
 */
const NO_REPLY_CODES = /^(EPROTO|HPE_\w+|ERR_(TLS|SSL)_\w+|\w*CERT\w*|UNABLE_TO_VERIFY_LEAF_SIGNATURE)$/;

/** Whether an error code means no reply came back. */
function isNoReplyCode(code: string | undefined): boolean {
  return code !== undefined && (NETWORK_CODES.has(code) || NO_REPLY_CODES.test(code));
}

/** Error codes that mean the connection or the reply took too long. */
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);

/** Messages of the `TypeError` that `fetch` rejects with when no reply came back (undici, Chromium, Firefox, Safari). */
const FETCH_FAILED =
  /^(fetch failed|failed to fetch|networkerror when attempting to fetch resource\.?|load failed|network request failed|network error)$/i;

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads a header from the SDK's `$response.headers` (lower-case names) or a `Headers`. */
function headerOf(headers: unknown, name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  if (!hasMembers(headers)) return undefined;
  const exact = headers[name];
  if (typeof exact === 'string') return exact;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) return stringOrUndefined(headers[key]);
  }
  return undefined;
}

function codeOf(error: UnknownRecord): string | undefined {
  const code = error.code;
  if (typeof code === 'string') return code;
  const cause = error.cause;
  if (hasMembers(cause)) {
    const causeCode = cause.code;
    if (typeof causeCode === 'string') return causeCode;
  }
  return undefined;
}

/** The first line of a message: the SDK appends a hint about `$response` to deserialisation errors. */
function firstLine(message: unknown): string | undefined {
  if (typeof message !== 'string' || message === '') return undefined;
  const newline = message.indexOf('\n');
  return newline === -1 ? message : message.slice(0, newline);
}

/** JavaScript's own errors, which an SDK error with a reply only is when parsing the reply's body failed. */
const PARSER_FAILURES = /^(SyntaxError|RangeError|TypeError|ReferenceError|InternalError)$/;

/** Names an error of the AWS SDK that carries a reply (`$metadata.httpStatusCode` or `$response`). */
function fromSdkReply(error: UnknownRecord, name: string, status: number): PinpointError {
  const response = hasMembers(error.$response) ? error.$response : undefined;
  const metadata = hasMembers(error.$metadata) ? error.$metadata : undefined;
  const headers = response?.headers;
  const requestId =
    nonEmpty(error.RequestID) ??
    nonEmpty(metadata?.requestId) ??
    REQUEST_ID_HEADERS.map((header) => nonEmpty(headerOf(headers, header))).find(Boolean);
  if (status >= 200 && status < 300) {
    // A 200 the SDK could not read: HTML or cut-off JSON.
    const options: PinpointErrorOptions = {
      name: 'InvalidResponseError',
      message: `The response could not be read: ${firstLine(error.message) ?? name}`,
      statusCode: status,
      cause: error,
    };
    if (requestId !== undefined) options.requestId = requestId;
    return new PinpointError(options);
  }
  // The error type as the HTTP fetcher reads it: `x-amzn-ErrorType`, else the SDK's name, which it took from the
  // body's `__type` or `code` (AWS's `ThrottlingException` at 400 is named as such). `SyntaxError` (an HTML or
  // non-JSON error body) and `Unknown` (no error type) name nothing: the status decides.
  const errorType = headerOf(headers, 'x-amzn-errortype') ?? name;
  // A service exception carries the body's `Message`, as the HTTP fetcher reads it, or the SDK's placeholder
  // `UnknownError`. A failure to parse the body (a `SyntaxError`, a `RangeError` from a body nested too deep) speaks
  // of the parser, not of the reply: the status gives the message, as through the HTTP fetcher.
  const message = PARSER_FAILURES.test(name) ? undefined : firstLine(error.message);
  return pinpointErrorFromReply({
    status,
    errorType,
    message: message === 'UnknownError' || message === 'Unknown' ? undefined : message,
    requestId,
    retryAfter: headerOf(headers, 'retry-after'),
    cause: error,
  });
}

function classify(error: unknown): PinpointError {
  if (isPinpointError(error)) return error;
  if (!hasMembers(error)) {
    return new PinpointError({ name: 'UnknownError', message: String(error), cause: error });
  }
  const name = typeof error.name === 'string' ? error.name : '';
  if (name === 'AbortError') {
    return new PinpointError({ name: 'AbortError', message: 'The request was aborted.', cause: error });
  }
  if (name === 'CredentialsProviderError') {
    // The SDK found no credentials (or its provider failed): nothing was sent. Refused credentials, as far as the
    // user can tell; the store retries once on focus, as they may have been refreshed meanwhile.
    return new PinpointError({
      name: 'ForbiddenException',
      message: typeof error.message === 'string' && error.message !== '' ? error.message : 'No credentials.',
      cause: error,
    });
  }
  const code = codeOf(error);
  // The SDK names a reset socket `TimeoutError` with code `ECONNRESET`: the code tells the truth.
  if (name === 'TimeoutError' && !isNoReplyCode(code)) {
    return new PinpointError({ name: 'TimeoutError', message: 'The request timed out.', cause: error });
  }
  const response = hasMembers(error.$response) ? error.$response : undefined;
  const metadata = hasMembers(error.$metadata) ? error.$metadata : undefined;
  const status = response?.statusCode ?? metadata?.httpStatusCode;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100) {
    return fromSdkReply(error, name, status);
  }
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return new PinpointError({ name: 'TimeoutError', message: 'The request timed out.', cause: error });
  }
  if (
    isNoReplyCode(code) ||
    (name === 'TypeError' && typeof error.message === 'string' && FETCH_FAILED.test(error.message))
  ) {
    return new PinpointError({
      name: 'NetworkError',
      message: `No response came back${code === undefined ? '' : ` (${code})`}.`,
      cause: error,
    });
  }
  return new PinpointError({
    name: 'UnknownError',
    message: typeof error.message === 'string' && error.message !== '' ? error.message : 'Unknown error.',
    cause: error,
  });
}

/**
 * Names anything a fetcher threw, so every failure reaches the controller as a {@link PinpointError} named after the
 * README's error table, whichever fetcher produced it:
 *
 * - a `PinpointError` is returned as it is;
 * - `name: 'AbortError'` gives `AbortError`; `name: 'TimeoutError'` (`AbortSignal.timeout`, the SDK's
 *   `requestTimeout` with `throwOnRequestTimeout`) and timeout codes (`ETIMEDOUT`) give `TimeoutError`, except that a
 *   connection error code wins (the SDK names a reset socket `TimeoutError` with code `ECONNRESET`);
 * - an AWS SDK error with a reply (`$metadata.httpStatusCode` or `$response`) is named by its exception name, else
 *   (`Unknown`, or a `SyntaxError` from an HTML body) by its status (see {@link errorNameForResponse}); a 2xx the SDK
 *   could not read gives `InvalidResponseError`. `requestId` comes from `RequestID` or `$metadata.requestId`, and
 *   `retryAfterMs` from the `Retry-After` header of `$response`;
 * - connection error codes (`ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`, …, also on `cause`) and the `TypeError` that
 *   `fetch` rejects with when no reply came back (`"fetch failed"`, `"Failed to fetch"`, …) give `NetworkError`;
 * - anything else gives `UnknownError`, with the original as `cause`.
 *
 * Never throws, even for values whose properties throw.
 *
 * @param error - Anything thrown or rejected.
 */
export function toPinpointError(error: unknown): PinpointError {
  try {
    return classify(error);
  } catch {
    return new PinpointError({ name: 'UnknownError', message: 'Unknown error.', cause: error });
  }
}
