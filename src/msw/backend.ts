import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import {
  createSimulation,
  type PinpointBackendOptions,
  type PinpointBackend as SimulatedPinpointBackend,
} from '../simulator/backend.js';

export type {
  PinpointAdvanceMode,
  PinpointBackendOptions,
  PinpointFailOptions,
  PinpointOperation,
  PinpointRecordedRequest,
  PinpointSegmentOptions,
} from '../simulator/backend.js';

/**
 * A simulated Pinpoint backend (see `pinpoint-import-jobs/simulator`) with its MSW request handlers.
 */
export interface PinpointBackend extends SimulatedPinpointBackend {
  /** The MSW request handlers: pass them to `setupServer`, `setupWorker`, `server.use` or `parameters.msw`. */
  readonly handlers: HttpHandler[];
}

/**
 * Creates a simulated Pinpoint backend, as `createPinpointBackend` of `pinpoint-import-jobs/simulator` does, with
 * MSW handlers that answer its routes: `GetSegmentImportJobs`, `GetImportJobs` and `GetImportJob` under `baseUrl`.
 * Requests to other URLs are left to other handlers. It never starts a server: pass `backend.handlers` to MSW.
 *
 * @param options - Segments, jobs, paging, clock and faults.
 */
export function createPinpointBackend(options: PinpointBackendOptions = {}): PinpointBackend {
  const { backend, route, respond } = createSimulation(options);
  const handler = http.get(route, async ({ request }) => {
    const reply = await respond(request, request.signal);
    if (reply === 'network-error') return HttpResponse.error();
    if (reply === 'hang') {
      await delay('infinite');
      return new Response(null, { status: 504 });
    }
    return reply;
  });
  return Object.assign(backend, { handlers: [handler] });
}
