import { HttpResponse } from 'msw';
import type { ImportJobsResponse } from '../core/types.js';
import {
  PINPOINT_EXCEPTION_MESSAGES,
  PINPOINT_EXCEPTION_STATUS,
  type PinpointExceptionName,
  type PinpointFault,
} from '../simulator/faults.js';

/**
 * Headers a browser on another origin needs to read the Pinpoint headers (API Gateway sends the same).
 * Harmless outside a browser.
 */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Retry-After',
} as const;

/**
 * A 200 with the bare `ImportJobsResponse` body, as the service sends it.
 *
 * @param body - The page.
 * @param requestId - The `x-amzn-RequestId`.
 */
export function pageResponse(body: ImportJobsResponse, requestId: string): Response {
  return HttpResponse.json(body, {
    status: 200,
    headers: { ...CORS_HEADERS, 'x-amzn-RequestId': requestId },
  });
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
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'x-amzn-ErrorType': exception,
    'x-amzn-RequestId': requestId,
  };
  if (status === 429) headers['Retry-After'] = String(retryAfterSeconds);
  return HttpResponse.json({ Message: message, RequestID: requestId }, { status, headers });
}

const GATEWAY_TITLES: Record<502 | 503 | 504, string> = {
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
  504: '504 Gateway Time-out',
};

/**
 * The answer a fault gives, or `undefined` for a fault that only delays (`latency`) or never answers (`hang`),
 * which the backend handles itself.
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
      return new HttpResponse(
        `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`,
        { status, headers: { ...CORS_HEADERS, 'Content-Type': 'text/html' } },
      );
    }
    case 'broken-json':
      return new HttpResponse('{"Item":[{"ApplicationId":"7a1b","CreationDate":"2025-06-0', {
        status: 200,
        headers: { ...CORS_HEADERS, 'Content-Type': 'application/json', 'x-amzn-RequestId': requestId },
      });
    case 'empty-body':
      return new HttpResponse(null, {
        status: 200,
        headers: { ...CORS_HEADERS, 'Content-Type': 'application/json', 'x-amzn-RequestId': requestId },
      });
    case 'body':
      return new HttpResponse(JSON.stringify(fault.body) ?? null, {
        status: fault.status ?? 200,
        headers: { ...CORS_HEADERS, 'Content-Type': 'application/json', 'x-amzn-RequestId': requestId },
      });
    case 'network-error':
      return HttpResponse.error();
    case 'latency':
    case 'hang':
      return undefined;
    default:
      return fault satisfies never;
  }
}
