import { PinpointError } from './errors.js';

/**
 * What an `AbortError` is when whoever asked for the request did not abort it (a host `fetch` with a timeout or a
 * controller of its own): a failure, named `UnknownError` and retried, never a cancellation that would leave a view
 * loading for ever, or stale rows looking fresh. Used by both fetchers and the store. Internal.
 *
 * @param cause - The abort, kept as the cause.
 */
export function unaskedAbortError(cause: unknown): PinpointError {
  return new PinpointError({
    name: 'UnknownError',
    message: 'The request was aborted, though whoever asked for it did not abort it.',
    cause,
  });
}
