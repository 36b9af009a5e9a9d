/**
 * The error types the handler answers with: Pinpoint's own, three for a source that failed (502, 503, 504), so a
 * refusal of the server's own credentials is never mistaken for the caller's, and one for a caller that went away.
 */
export type ImportJobsErrorType =
  | 'BadRequestException'
  | 'ForbiddenException'
  | 'NotFoundException'
  | 'MethodNotAllowedException'
  | 'PayloadTooLargeException'
  | 'TooManyRequestsException'
  | 'InternalServerErrorException'
  | 'BadGatewayException'
  | 'ServiceUnavailableException'
  | 'GatewayTimeoutException'
  /** The caller went away before the answer: only ever seen in access logs. */
  | 'RequestAbortedException';

/** The status of each error type, and the one message it carries when the handler has nothing more precise (and safe) to say. */
export const ERRORS: Readonly<Record<ImportJobsErrorType, readonly [status: number, message: string]>> = {
  BadRequestException: [400, 'The request is not valid.'],
  ForbiddenException: [403, 'You may not see these import jobs.'],
  NotFoundException: [404, 'Not found.'],
  MethodNotAllowedException: [405, 'Use GET or HEAD.'],
  PayloadTooLargeException: [413, 'The request is too large.'],
  TooManyRequestsException: [429, 'Too many requests. Try again later.'],
  InternalServerErrorException: [500, 'The server had an internal error.'],
  BadGatewayException: [502, 'The source failed.'],
  ServiceUnavailableException: [503, 'The source is unavailable.'],
  GatewayTimeoutException: [504, 'The source did not answer in time.'],
  RequestAbortedException: [499, 'Aborted.'],
};

/** An error answer: its type, and what else it carries. */
export interface ErrorReply {
  type: ImportJobsErrorType;
  /** Default: the type's generic message. */
  message?: string | undefined;
  /** `Retry-After`, in whole seconds. */
  retryAfterSeconds?: number | undefined;
  /** More headers, e.g. `Allow`. */
  headers?: Record<string, string> | undefined;
}

/** Builds the replies of one request: each with the handler's request ID and the headers every reply has. */
export interface Replies {
  /**
   * A reply with these headers added to those every reply has.
   *
   * @param status - The status.
   * @param body - The JSON text of the body; `null` for none.
   * @param headers - More headers.
   */
  json(status: number, body: string | null, headers?: Record<string, string>): Response;
  /**
   * An error in Pinpoint's format: status, `x-amzn-ErrorType` and a `{ Message, RequestID }` body.
   *
   * @param reply - The error.
   */
  error(reply: ErrorReply): Response;
}

/**
 * The replies of one request.
 *
 * @param requestId - The handler's request ID.
 * @param extraHeaders - Headers for every reply of the request (CORS).
 * @param withBody - `false` for `HEAD`: the same replies without a body.
 */
export function createReplies(
  requestId: string,
  extraHeaders: Record<string, string>,
  withBody: boolean,
): Replies {
  const json = (status: number, body: string | null, headers: Record<string, string> = {}) =>
    new Response(withBody && status !== 204 ? body : null, {
      status,
      headers: {
        ...extraHeaders,
        ...headers,
        'Cache-Control': 'no-store',
        'Content-Type': 'application/json',
        'X-Content-Type-Options': 'nosniff',
        'x-amzn-RequestId': requestId,
      },
    });
  return {
    json,
    error({ type, message, retryAfterSeconds, headers = {} }) {
      const [status, generic] = ERRORS[type];
      const errorHeaders: Record<string, string> = { ...headers, 'x-amzn-ErrorType': type };
      if (retryAfterSeconds !== undefined) errorHeaders['Retry-After'] = String(retryAfterSeconds);
      return json(
        status,
        JSON.stringify({ Message: message ?? generic, RequestID: requestId }),
        errorHeaders,
      );
    },
  };
}
