import type { PinpointErrorName } from '../core/index.js';
import type { ErrorReply, ImportJobsErrorType } from './replies.js';

/** The Pinpoint exceptions a source's failure keeps: all but `ForbiddenException`, which only `authorize` answers. */
const PINPOINT_EXCEPTIONS: ReadonlySet<string> = new Set([
  'BadRequestException',
  'NotFoundException',
  'MethodNotAllowedException',
  'PayloadTooLargeException',
  'TooManyRequestsException',
  'InternalServerErrorException',
]);

/** What the handler reads of a failure: a `PinpointError`'s members, read from any value without trusting it. */
interface Failure {
  name: PinpointErrorName | (string & {});
  statusCode?: unknown;
  retryAfterMs?: unknown;
}

function failureOf(error: unknown): Failure {
  try {
    if (typeof error === 'object' && error !== null) {
      const { name, statusCode, retryAfterMs } = error as Record<string, unknown>;
      if (typeof name === 'string') return { name, statusCode, retryAfterMs };
    }
  } catch {
    // A value whose members throw names nothing.
  }
  return { name: 'UnknownError' };
}

/**
 * How a failure of the source is answered. The caller gets the error type and status, never the source's message:
 * the reply carries the type's generic message. A source rejects with a `PinpointError` (the built-in fetchers do);
 * of anything else only `name` counts (an AWS SDK exception's name is a Pinpoint exception's).
 *
 * - A Pinpoint exception keeps its type, status and `Retry-After` (a 429 without one gets `1`).
 * - `ForbiddenException` and HTTP 401/403 mean the server's own credentials were refused, not the caller: 502
 *   `BadGatewayException`. Only `authorize` answers 403.
 * - A timeout (`TimeoutError`, or a gateway's 504) is 504 `GatewayTimeoutException`; an upstream 503 is 503
 *   `ServiceUnavailableException`, with its `Retry-After`.
 * - Anything else (no reply, an unreadable one, another status, an unknown error) is 502 `BadGatewayException`.
 *
 * @param error - What the source threw or rejected with.
 */
export function errorReplyForSource(error: unknown): ErrorReply {
  const failure = failureOf(error);
  const retryAfterSeconds =
    typeof failure.retryAfterMs === 'number' && Number.isFinite(failure.retryAfterMs)
      ? Math.max(0, Math.ceil(failure.retryAfterMs / 1000))
      : undefined;
  const { name, statusCode } = failure;
  if (PINPOINT_EXCEPTIONS.has(name)) {
    return {
      type: name as ImportJobsErrorType,
      retryAfterSeconds: name === 'TooManyRequestsException' ? (retryAfterSeconds ?? 1) : undefined,
      headers: name === 'MethodNotAllowedException' ? { Allow: 'GET, HEAD' } : undefined,
    };
  }
  if (name === 'TimeoutError' || statusCode === 504) return { type: 'GatewayTimeoutException' };
  if (statusCode === 503) return { type: 'ServiceUnavailableException', retryAfterSeconds };
  return { type: 'BadGatewayException' };
}
