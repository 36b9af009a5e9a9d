import { abortAsFailure, abortedError, isPinpointError, PinpointError } from '../errors/pinpointError.js';

/** One request's own abort signal, tied to the caller's signal and to a timeout. Internal. */
export interface Deadline {
  /** Aborted when the caller aborts or the time is up. */
  signal: AbortSignal;
  /** Whether the caller aborted. */
  readonly callerAborted: boolean;
  /**
   * Names a failure: the caller's abort (`AbortError`) and the timeout (`TimeoutError`) win over the error they
   * caused; a `PinpointError` is kept as it is; anything else is named by `otherwise`. An `AbortError` that neither
   * caused (a transport's own controller) is `UnknownError`, a failure to retry and show, not a cancellation.
   */
  failure(error: unknown, otherwise: (error: unknown) => PinpointError): PinpointError;
  /** Clears the timer and the listener on the caller's signal. */
  dispose(): void;
}

/**
 * Starts a deadline for one request. Each fetcher hands its transport this signal rather than the caller's: the
 * SDK may set `onabort` on the signal it is given, which must not clobber the caller's. Internal.
 *
 * @param callerSignal - The signal of the request's caller, if any.
 * @param timeoutMs - The time the request may take; `0` or a non-finite number means none.
 */
export function startDeadline(callerSignal: AbortSignal | undefined, timeoutMs: number): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    get callerAborted() {
      return callerSignal?.aborted === true;
    },
    failure(error, otherwise) {
      if (callerSignal?.aborted) return abortedError(error);
      if (timedOut) {
        return new PinpointError({
          name: 'TimeoutError',
          message: `The request took longer than ${timeoutMs} ms.`,
          cause: error,
        });
      }
      let kept = false;
      try {
        kept = isPinpointError(error);
      } catch {
        // A hostile value (a throwing `name` getter) is named by `otherwise`.
      }
      const named = kept ? (error as PinpointError) : otherwise(error);
      // Neither the caller nor the timeout aborted: an abort from within the transport (a custom `fetch` with a
      // controller of its own) is a failure, not the caller's cancellation.
      return abortAsFailure(named, error);
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/**
 * Rejects when `signal` aborts, else settles as `promise` does: for work that does not take a signal itself (a
 * headers function, the SDK resolving credentials before it sends anything). Internal.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
