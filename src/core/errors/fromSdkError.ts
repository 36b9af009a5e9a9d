import { hasMembers, nonEmptyString, type UnknownRecord } from '../untrusted.js';
import { pinpointErrorFromReply } from './fromReply.js';
import { PinpointError } from './pinpointError.js';
import { REQUEST_ID_HEADERS } from './requestIdHeaders.js';

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
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

/** The first line of a message: the SDK appends a hint about `$response` to deserialisation errors. */
function firstLine(message: unknown): string | undefined {
  return nonEmptyString(message)?.split('\n', 1)[0];
}

/** JavaScript's own errors, which an SDK error with a reply only is when parsing the reply's body failed. */
const PARSER_FAILURES = /^(SyntaxError|RangeError|TypeError|ReferenceError|InternalError)$/;

/**
 * Names what the AWS SDK throws once it has something to say: no credentials (`CredentialsProviderError`), or a
 * reply (`$metadata.httpStatusCode` or `$response.statusCode`), named as the HTTP fetcher names the same reply.
 * `undefined` for anything else (the SDK's timeouts and socket errors are named like any other thrown value).
 *
 * @param error - What was thrown.
 * @param name - Its `name`, already read.
 */
export function fromSdkError(error: UnknownRecord, name: string): PinpointError | undefined {
  if (name === 'CredentialsProviderError') {
    // The SDK found no credentials (or its provider failed): nothing was sent. Refused credentials, as far as the
    // user can tell; the store retries once on focus, as they may have been refreshed meanwhile.
    return new PinpointError({
      name: 'ForbiddenException',
      message: nonEmptyString(error.message) ?? 'No credentials.',
      cause: error,
    });
  }
  const response = hasMembers(error.$response) ? error.$response : undefined;
  const metadata = hasMembers(error.$metadata) ? error.$metadata : undefined;
  const status = response?.statusCode ?? metadata?.httpStatusCode;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100) return undefined;
  const headers = response?.headers;
  const requestId =
    nonEmptyString(error.RequestID) ??
    nonEmptyString(metadata?.requestId) ??
    REQUEST_ID_HEADERS.map((header) => nonEmptyString(headerOf(headers, header))).find(Boolean);
  if (status >= 200 && status < 300) {
    // A 200 the SDK could not read: HTML or cut-off JSON.
    return new PinpointError({
      name: 'InvalidResponseError',
      message: `The response could not be read: ${firstLine(error.message) ?? name}`,
      statusCode: status,
      requestId,
      cause: error,
    });
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
