import {
  PINPOINT_EXCEPTION_MESSAGES,
  PINPOINT_EXCEPTION_STATUS,
  type PinpointExceptionName,
  type PinpointFault,
} from './faults.js';

/**
 * Headers a browser on another origin needs to read the Pinpoint headers (API Gateway sends the same).
 * Harmless outside a browser.
 */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Retry-After',
} as const;

/** A JSON reply: `text` as it is (`null` for no body), with the CORS headers and `headers`. */
function jsonResponse(text: string | null, status: number, headers: Record<string, string>): Response {
  return new Response(text, {
    status,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/json', ...headers },
  });
}

/**
 * A 200 with a JSON body as the service sends it: the bare `ImportJobsResponse` of a list, or the bare
 * `ImportJobResponse` of one job.
 *
 * @param body - The body.
 * @param requestId - The `x-amzn-RequestId`.
 */
export function okResponse(body: object, requestId: string): Response {
  return jsonResponse(JSON.stringify(body), 200, { 'x-amzn-RequestId': requestId });
}

/**
 * A Pinpoint exception: its status, `x-amzn-ErrorType`, `x-amzn-RequestId` and a `{Message, RequestID}` body.
 *
 * @param exception - Which exception.
 * @param requestId - The request ID, in the header and the body.
 * @param message - The `Message`. Default: the exception's usual message.
 * @param retryAfterSeconds - `Retry-After`, sent with a 429 only. Default: `1`.
 */
export function exceptionResponse(
  exception: PinpointExceptionName,
  requestId: string,
  message: string = PINPOINT_EXCEPTION_MESSAGES[exception],
  retryAfterSeconds = 1,
): Response {
  const status = PINPOINT_EXCEPTION_STATUS[exception];
  const headers: Record<string, string> = { 'x-amzn-ErrorType': exception, 'x-amzn-RequestId': requestId };
  if (status === 429) headers['Retry-After'] = String(retryAfterSeconds);
  return jsonResponse(JSON.stringify({ Message: message, RequestID: requestId }), status, headers);
}

const GATEWAY_TITLES: Record<502 | 503 | 504, string> = {
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
  504: '504 Gateway Time-out',
};

/**
 * The answer a fault gives, or `undefined` for a fault that is no answer of its own: it only delays (`latency`),
 * never answers (`hang`) or fails the connection (`network-error`), which the backend handles itself.
 *
 * @param fault - The fault.
 * @param requestId - The request ID of this request.
 */
export function faultResponse(fault: PinpointFault, requestId: string): Response | undefined {
  switch (fault.kind) {
    case 'exception':
      return exceptionResponse(fault.exception, requestId, fault.message, fault.retryAfterSeconds);
    case 'html': {
      const status = fault.status ?? 502;
      const title = GATEWAY_TITLES[status];
      return new Response(
        `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`,
        { status, headers: { ...CORS_HEADERS, 'Content-Type': 'text/html' } },
      );
    }
    case 'broken-json':
      return jsonResponse('{"Item":[{"ApplicationId":"7a1b","CreationDate":"2025-06-0', 200, {
        'x-amzn-RequestId': requestId,
      });
    case 'empty-body':
      return jsonResponse(null, 200, { 'x-amzn-RequestId': requestId });
    case 'body':
      return jsonResponse(JSON.stringify(fault.body) ?? null, fault.status ?? 200, {
        'x-amzn-RequestId': requestId,
      });
    case 'network-error':
    case 'latency':
    case 'hang':
      return undefined;
    default:
      return fault satisfies never;
  }
}
