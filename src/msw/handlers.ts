import type { HttpHandler } from 'msw';
import { createPinpointBackend, type PinpointBackendOptions } from './backend.js';

/**
 * The MSW request handlers of a simulated Pinpoint backend, for when no control is needed after creation: faults
 * can still be scripted with `options.faults`. Use {@link createPinpointBackend} to script faults, advance live
 * jobs or read the received requests later.
 *
 * @param options - Segments, jobs, paging, clock and faults.
 * @returns Handlers for `setupServer(...)`, `setupWorker(...)` or `parameters.msw.handlers`.
 */
export function createPinpointHandlers(options: PinpointBackendOptions = {}): HttpHandler[] {
  return createPinpointBackend(options).handlers;
}
