/**
 * The names every failure is given, whichever fetcher produced it. The seven Pinpoint exceptions keep their
 * service names; the rest name failures that never reached, or never came back from, the service.
 */
export const PINPOINT_ERROR_NAMES = [
  'BadRequestException',
  'ForbiddenException',
  'NotFoundException',
  'MethodNotAllowedException',
  'PayloadTooLargeException',
  'TooManyRequestsException',
  'InternalServerErrorException',
  'ServiceUnavailableError',
  'HttpError',
  'NetworkError',
  'TimeoutError',
  'InvalidResponseError',
  'AbortError',
  'UnknownError',
] as const;

/** The name of a {@link PinpointError}: one of {@link PINPOINT_ERROR_NAMES}. */
export type PinpointErrorName = (typeof PINPOINT_ERROR_NAMES)[number];

/**
 * The seven exceptions `GetSegmentImportJobs` answers with, and the HTTP status each comes with: one table for
 * naming replies and for the simulated backend (`pinpoint-import-jobs/msw`). Internal.
 */
export const PINPOINT_EXCEPTION_STATUS = {
  BadRequestException: 400,
  ForbiddenException: 403,
  NotFoundException: 404,
  MethodNotAllowedException: 405,
  PayloadTooLargeException: 413,
  TooManyRequestsException: 429,
  InternalServerErrorException: 500,
} as const;

/** The name of one of the seven exceptions of {@link PINPOINT_EXCEPTION_STATUS}. Internal. */
export type PinpointExceptionName = keyof typeof PINPOINT_EXCEPTION_STATUS;

/** What a {@link PinpointError} is made from. A member left `undefined` is left off the error. */
export interface PinpointErrorOptions {
  /** The error's name. */
  name: PinpointErrorName;
  /** A message fit for a log or, failing a translated one, for a person. Default: the name. */
  message?: string | undefined;
  /** The HTTP status of the reply, when there was one. */
  statusCode?: number | undefined;
  /** The request ID, from the body's `RequestID` or the `x-amzn-RequestId` header. */
  requestId?: string | undefined;
  /** Whether trying again may succeed. Default: the name's own (see the error table of docs/fetchers.md). */
  retryable?: boolean | undefined;
  /** How long the server asked us to wait, from `Retry-After`, in milliseconds. */
  retryAfterMs?: number | undefined;
  /** The original error or value, kept for debugging. */
  cause?: unknown;
}

const RETRYABLE: Record<PinpointErrorName, boolean> = {
  BadRequestException: false,
  ForbiddenException: false,
  NotFoundException: false,
  MethodNotAllowedException: false,
  PayloadTooLargeException: false,
  TooManyRequestsException: true,
  InternalServerErrorException: true,
  ServiceUnavailableError: true,
  HttpError: false,
  NetworkError: true,
  TimeoutError: true,
  InvalidResponseError: true,
  AbortError: false,
  UnknownError: true,
};

/**
 * Whether an error of this name is worth retrying when nothing more specific is known.
 *
 * @param name - An error name.
 */
export function isRetryableErrorName(name: PinpointErrorName): boolean {
  return RETRYABLE[name];
}

/**
 * A failure to get a page of import jobs, named the same way by every fetcher: the one error type the store,
 * the hook and the components deal with.
 */
export class PinpointError extends Error {
  /** What went wrong. */
  override name: PinpointErrorName;
  /** The HTTP status of the reply, when there was one. */
  statusCode?: number;
  /** The request ID reported by the service, for support. */
  requestId?: string;
  /** Whether trying again may succeed. */
  retryable: boolean;
  /** How long the server asked us to wait before trying again, in milliseconds. */
  retryAfterMs?: number;

  constructor(options: PinpointErrorOptions) {
    super(
      options.message ?? options.name,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = options.name;
    this.retryable = options.retryable ?? RETRYABLE[options.name];
    if (options.statusCode !== undefined) this.statusCode = options.statusCode;
    if (options.requestId !== undefined) this.requestId = options.requestId;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * Whether `value` is a {@link PinpointError}, also across copies of this library in one app.
 *
 * @param value - Anything.
 */
export function isPinpointError(value: unknown): value is PinpointError {
  return (
    value instanceof PinpointError ||
    (value instanceof Error &&
      (PINPOINT_ERROR_NAMES as readonly string[]).includes(value.name) &&
      typeof (value as { retryable?: unknown }).retryable === 'boolean')
  );
}

/**
 * The error of a request its caller aborted: `AbortError`, never shown to users. Internal.
 *
 * @param cause - The abort, if known.
 */
export function abortedError(cause?: unknown): PinpointError {
  return new PinpointError({ name: 'AbortError', message: 'The request was aborted.', cause });
}

/**
 * `error` as it is, unless it is an `AbortError` that whoever asked for the request did not cause (a host `fetch`
 * with a timeout or a controller of its own): that is a failure, `UnknownError`, retried; as a cancellation it would
 * leave an observer loading for ever, or stale rows looking fresh. Both fetchers and the store use it. Internal.
 *
 * @param error - The error a failure was named.
 * @param cause - What was thrown, kept as the cause.
 */
export function abortAsFailure(error: PinpointError, cause: unknown): PinpointError {
  if (error.name !== 'AbortError') return error;
  return new PinpointError({
    name: 'UnknownError',
    message: 'The request was aborted, though whoever asked for it did not abort it.',
    cause,
  });
}
