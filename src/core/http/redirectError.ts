import { PinpointError } from '../errors.js';

/**
 * The failure a browser's `opaqueredirect` reply is (a redirect not followed: no status, no headers, no body), the
 * same through both fetchers. Internal.
 */
export function redirectError(): PinpointError {
  return new PinpointError({
    name: 'HttpError',
    message: 'The server answered with a redirect, which is not followed.',
    retryable: false,
  });
}
