/**
 * Kept only for `src/msw/faults.ts`, which imports the exception table from here: the table lives in
 * `errors/pinpointError.ts` now. Delete this file once that import points there.
 */
export { PINPOINT_EXCEPTION_STATUS, type PinpointExceptionName } from './errors/pinpointError.js';
