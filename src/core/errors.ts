import {
  PINPOINT_EXCEPTION_STATUS as EXCEPTION_STATUS,
  type PinpointExceptionName as ExceptionName,
  isPinpointError,
  PinpointError,
  type PinpointErrorName,
  type PinpointErrorOptions,
} from './errors/pinpointError.js';
import { REQUEST_ID_HEADERS } from './errors/requestIdHeaders.js';
import { parseRetryAfter } from './errors/retryAfter.js';

export {
  isPinpointError,
  isRetryableErrorName,
  PINPOINT_ERROR_NAMES,
  PinpointError,
  type PinpointErrorName,
  type PinpointErrorOptions,
} from './errors/pinpointError.js';

function isExceptionName(value: string): value is ExceptionName {
  return Object.hasOwn(EXCEPTION_STATUS, value);
}

/**
 * Cleans an error code the way the AWS SDK does: `"BadRequestException:http://internal.amazon.com/"` and
 * `"aws.protocoltests#BadRequestException"` both become `"BadRequestException"`; of a header sent twice
 * (`"ForbiddenException, NotFoundException"`) the first counts.
 */
function sanitizeErrorType(raw: string): string {
  let value = raw;
  const comma = value.indexOf(',');
  if (comma >= 0) value = value.slice(0, comma);
  const colon = value.indexOf(':');
  if (colon >= 0) value = value.slice(0, colon);
  const hash = value.indexOf('#');
  if (hash >= 0) value = value.slice(hash + 1);
  return value.trim();
}

/**
 * AWS's own error types for refused credentials, which AWS endpoints and gateways answer at 400 as well as 403:
 * named `ForbiddenException`, so the store retries them once on focus, as credentials may have been refreshed,
 * rather than taking a 400 on page 2 for an expired page token.
 */
const AUTH_ERROR_TYPES =
  /^(ExpiredToken(Exception)?|UnrecognizedClient(Exception)?|InvalidSignature(Exception)?|IncompleteSignature(Exception)?|SignatureDoesNotMatch|InvalidClientTokenId|MissingAuthenticationToken(Exception)?|AccessDenied(Exception)?|NotAuthorized(Exception)?)$/;

/** AWS's own error types for throttling: named `TooManyRequestsException`, retried with backoff. */
const THROTTLING_ERROR_TYPES =
  /^(Throttling(Exception)?|ThrottledException|RequestLimitExceeded|TooManyRequests|RequestThrottled(Exception)?|SlowDown)$/;

/**
 * Names a failed HTTP reply as the error table of the README does.
 *
 * A Pinpoint exception named by `errorType` (`x-amzn-ErrorType`, or `__type`/`code` in the body; any `:…` suffix
 * stripped) wins; at 400, AWS's error types for refused credentials (`ExpiredTokenException`,
 * `AccessDeniedException`, …) give `ForbiddenException` and its throttling ones (`ThrottlingException`, …)
 * `TooManyRequestsException`. Otherwise the status decides: 400, 403, 404, 405, 413, 429 and 500 give their Pinpoint exception;
 * 502, 503 and 504 give `ServiceUnavailableError`; anything else gives `HttpError`.
 *
 * @param status - The HTTP status code.
 * @param errorType - The error type the reply named, if any.
 */
export function errorNameForResponse(status: number, errorType?: string | null): PinpointErrorName {
  if (typeof errorType === 'string') {
    const name = sanitizeErrorType(errorType);
    if (isExceptionName(name)) return name;
    // A 400 that is no bad request: refused credentials, or throttling, by AWS's own names.
    if (status === 400 && AUTH_ERROR_TYPES.test(name)) return 'ForbiddenException';
    if (status === 400 && THROTTLING_ERROR_TYPES.test(name)) return 'TooManyRequestsException';
  }
  for (const name of Object.keys(EXCEPTION_STATUS) as ExceptionName[]) {
    if (EXCEPTION_STATUS[name] === status) return name;
  }
  if (status === 502 || status === 503 || status === 504) return 'ServiceUnavailableError';
  return 'HttpError';
}

/** The longest message kept from a reply (a proxy may put a whole page in it). */
const MAX_MESSAGE_LENGTH = 1_000;

const truncate = (message: string) =>
  message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;

/** What {@link pinpointErrorFromReply} builds an error from. */
export interface PinpointErrorReply {
  /** The HTTP status code. */
  status: number;
  /** The error type the reply named (`x-amzn-ErrorType`, `__type` or `code`), if any. */
  errorType?: string | null | undefined;
  /** The message of the body (`Message` or `message`), if any. */
  message?: string | null | undefined;
  /** The request ID (body `RequestID`, else header `x-amzn-RequestId`), if any. */
  requestId?: string | null | undefined;
  /** The `Retry-After` header, if any. */
  retryAfter?: string | null | undefined;
  /** The original error, if there was one. */
  cause?: unknown;
}

/**
 * Builds the {@link PinpointError} for a failed reply, whichever adapter received it. `HttpError` is retryable for a
 * 5xx status only; every other name has its own `retryable`.
 *
 * @param reply - What is known about the reply.
 */
export function pinpointErrorFromReply(reply: PinpointErrorReply): PinpointError {
  const name = errorNameForResponse(reply.status, reply.errorType);
  const message =
    typeof reply.message === 'string' && reply.message !== ''
      ? truncate(reply.message)
      : name === 'HttpError' || name === 'ServiceUnavailableError'
        ? `The request failed with HTTP status ${reply.status}.`
        : `${name} (HTTP status ${reply.status}).`;
  const options: PinpointErrorOptions = { name, message, statusCode: reply.status };
  if (name === 'HttpError') options.retryable = reply.status >= 500;
  if (typeof reply.requestId === 'string' && reply.requestId !== '') options.requestId = reply.requestId;
  const retryAfterMs = parseRetryAfter(reply.retryAfter);
  if (retryAfterMs !== undefined) options.retryAfterMs = retryAfterMs;
  if (reply.cause !== undefined) options.cause = reply.cause;
  return new PinpointError(options);
}

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

type Bag = Record<string, unknown>;

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads a header from the SDK's `$response.headers` (lower-case names) or a `Headers`. */
function headerOf(headers: unknown, name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  if (!isBag(headers)) return undefined;
  const exact = headers[name];
  if (typeof exact === 'string') return exact;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) return stringOrUndefined(headers[key]);
  }
  return undefined;
}

function codeOf(error: Bag): string | undefined {
  const code = error.code;
  if (typeof code === 'string') return code;
  const cause = error.cause;
  if (isBag(cause)) {
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
function fromSdkReply(error: Bag, name: string, status: number): PinpointError {
  const response = isBag(error.$response) ? error.$response : undefined;
  const metadata = isBag(error.$metadata) ? error.$metadata : undefined;
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
  if (!isBag(error)) {
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
  const response = isBag(error.$response) ? error.$response : undefined;
  const metadata = isBag(error.$metadata) ? error.$metadata : undefined;
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
