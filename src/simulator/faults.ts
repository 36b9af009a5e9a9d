import {
  PINPOINT_EXCEPTION_STATUS as EXCEPTION_STATUS,
  type PinpointExceptionName,
} from '../core/errors/pinpointError.js';

/** The seven exceptions `GetSegmentImportJobs` can answer with. */
export type { PinpointExceptionName };

/** The HTTP status of each exception, as the service sends it. */
export const PINPOINT_EXCEPTION_STATUS: Readonly<Record<PinpointExceptionName, number>> = EXCEPTION_STATUS;

/** The seven exception names, in the order of the error table of docs/fetchers.md. */
export const PINPOINT_EXCEPTION_NAMES = Object.keys(PINPOINT_EXCEPTION_STATUS) as PinpointExceptionName[];

/** The message each exception carries unless the fault sets its own, close to what the service says. */
export const PINPOINT_EXCEPTION_MESSAGES: Readonly<Record<PinpointExceptionName, string>> = {
  BadRequestException: 'Invalid parameter: PageSize',
  ForbiddenException: 'User is not authorized to perform mobiletargeting:GetSegmentImportJobs',
  NotFoundException: 'Resource not found',
  MethodNotAllowedException: 'Method not allowed',
  PayloadTooLargeException: 'Payload too large',
  TooManyRequestsException: 'Too many requests',
  InternalServerErrorException: 'Internal server error',
};

/**
 * A way for the simulated backend to misbehave on one request, as an object:
 *
 * - `exception`: the status, `x-amzn-ErrorType`, `x-amzn-RequestId` and `{Message, RequestID}` body of a Pinpoint
 *   exception; a `TooManyRequestsException` also sends `Retry-After`.
 * - `html`: an HTML page from a proxy or gateway (502, 503 or 504), with no Pinpoint headers.
 * - `broken-json`: a 200 whose JSON body is cut off halfway.
 * - `empty-body`: a 200 with an empty body.
 * - `body`: a 200 (or `status`) with any JSON body, e.g. malformed jobs.
 * - `network-error`: the connection fails (`fetch` rejects with a `TypeError`).
 * - `latency`: the normal answer, `ms` late.
 * - `hang`: no answer, ever (until the client aborts).
 */
export type PinpointFault =
  | {
      kind: 'exception';
      /** Which exception. */
      exception: PinpointExceptionName;
      /** The `Message` of the body. Default: a message like the service's. */
      message?: string;
      /** The `Retry-After` header, in seconds; only sent for 429. Default: `1`. */
      retryAfterSeconds?: number;
    }
  | {
      kind: 'html';
      /** The gateway status. Default: `502`. */
      status?: 502 | 503 | 504;
    }
  | { kind: 'broken-json' }
  | { kind: 'empty-body' }
  | {
      kind: 'body';
      /** The JSON body to answer with, as is. */
      body: unknown;
      /** The status to answer with. Default: `200`. */
      status?: number;
    }
  | { kind: 'network-error' }
  | {
      kind: 'latency';
      /** How late the normal answer comes, in milliseconds. */
      ms: number;
    }
  | { kind: 'hang' };

/** A fault written as a word: an exception name, `html-502`/`html-503`/`html-504`, or a kind with no options. */
export type PinpointFaultShorthand =
  | PinpointExceptionName
  | 'html-502'
  | 'html-503'
  | 'html-504'
  | 'broken-json'
  | 'empty-body'
  | 'network-error'
  | 'hang';

/** Any way to name a fault: {@link PinpointFault} or {@link PinpointFaultShorthand}. */
export type PinpointFaultInput = PinpointFault | PinpointFaultShorthand;

/** A fault scripted for the next requests, as `faults` takes it. */
export interface ScriptedFault {
  /** What goes wrong. */
  fault: PinpointFaultInput;
  /** For how many requests in a row; `Infinity` for every request until `reset()`. Default: `1`. */
  times?: number;
}

/**
 * Turns any way of naming a fault into its object form.
 *
 * @param input - A fault or its shorthand.
 */
export function toPinpointFault(input: PinpointFaultInput): PinpointFault {
  if (typeof input !== 'string') return input;
  switch (input) {
    case 'html-502':
      return { kind: 'html', status: 502 };
    case 'html-503':
      return { kind: 'html', status: 503 };
    case 'html-504':
      return { kind: 'html', status: 504 };
    case 'broken-json':
    case 'empty-body':
    case 'network-error':
    case 'hang':
      return { kind: input };
    default:
      return { kind: 'exception', exception: input };
  }
}
