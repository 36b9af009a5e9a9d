/**
 * The errors, one concept a file in `./errors/`: the model (`pinpointError.ts`), naming an HTTP reply
 * (`fromReply.ts`), naming anything thrown (`fromThrown.ts`) and reading the AWS SDK's errors (`fromSdkError.ts`).
 * The other layers import them from here.
 */
export { errorNameForResponse, type PinpointErrorReply, pinpointErrorFromReply } from './errors/fromReply.js';
export { toPinpointError } from './errors/fromThrown.js';
export {
  isPinpointError,
  isRetryableErrorName,
  PINPOINT_ERROR_NAMES,
  PinpointError,
  type PinpointErrorName,
  type PinpointErrorOptions,
} from './errors/pinpointError.js';
export { parseRetryAfter } from './errors/retryAfter.js';
