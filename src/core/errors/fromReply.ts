import { nonEmptyString } from '../untrusted.js';
import {
  PINPOINT_EXCEPTION_STATUS as EXCEPTION_STATUS,
  type PinpointExceptionName as ExceptionName,
  PinpointError,
  type PinpointErrorName,
} from './pinpointError.js';
import { parseRetryAfter } from './retryAfter.js';

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
 * Names a failed HTTP reply as the error table of docs/fetchers.md does: a Pinpoint exception named by `errorType` wins; at
 * 400, AWS's own types for refused credentials and for throttling give `ForbiddenException` and
 * `TooManyRequestsException`; otherwise the status decides (502, 503 and 504 are `ServiceUnavailableError`, a status
 * no exception comes with `HttpError`).
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
  const text = nonEmptyString(reply.message);
  const message =
    text !== undefined
      ? truncate(text)
      : name === 'HttpError' || name === 'ServiceUnavailableError'
        ? `The request failed with HTTP status ${reply.status}.`
        : `${name} (HTTP status ${reply.status}).`;
  return new PinpointError({
    name,
    message,
    statusCode: reply.status,
    retryable: name === 'HttpError' ? reply.status >= 500 : undefined,
    requestId: nonEmptyString(reply.requestId),
    retryAfterMs: parseRetryAfter(reply.retryAfter),
    cause: reply.cause,
  });
}
