import { hasMembers, nonEmptyString, type UnknownRecord } from '../untrusted.js';
import { fromSdkError } from './fromSdkError.js';
import { abortedError, isPinpointError, PinpointError } from './pinpointError.js';

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

function classify(error: unknown): PinpointError {
  if (isPinpointError(error)) return error;
  if (!hasMembers(error)) {
    return new PinpointError({ name: 'UnknownError', message: String(error), cause: error });
  }
  const name = typeof error.name === 'string' ? error.name : '';
  if (name === 'AbortError') return abortedError(error);
  const code = codeOf(error);
  // The SDK names a reset socket `TimeoutError` with code `ECONNRESET`: the code tells the truth.
  if (name === 'TimeoutError' && !isNoReplyCode(code))
    return new PinpointError({ name: 'TimeoutError', message: 'The request timed out.', cause: error });
  const sdkError = fromSdkError(error, name);
  if (sdkError !== undefined) return sdkError;
  if (code !== undefined && TIMEOUT_CODES.has(code))
    return new PinpointError({ name: 'TimeoutError', message: 'The request timed out.', cause: error });
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
    message: nonEmptyString(error.message) ?? 'Unknown error.',
    cause: error,
  });
}

/**
 * Names anything a fetcher threw or rejected with, as the error table of docs/fetchers.md does, so every failure reaches the
 * store as a {@link PinpointError}: a `PinpointError` as it is; an abort, a timeout or a connection failure by its
 * `name`, its error `code` (also on `cause`) or the message of the `TypeError` `fetch` rejects with; an AWS SDK
 * error with a reply as the HTTP fetcher names that reply; anything else `UnknownError`, the original as `cause`.
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
