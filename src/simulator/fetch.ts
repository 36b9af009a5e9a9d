import { resolutionBase } from './routes.js';

/**
 * What the backend does with one request: a `Response`, or no answer of its own: the connection fails
 * (`network-error`) or nothing ever comes (`hang`). Internal: `backend.fetch` and the MSW handlers each turn it into
 * what their caller expects.
 */
export type SimulatedReply = Response | 'network-error' | 'hang';

/** A `fetch` served by the simulated backend: the same signature as the global one. */
export type SimulatedFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** What {@link createSimulatedFetch} needs of the backend. */
interface SimulatedFetchOptions {
  /** The backend's `baseUrl`, which relative URLs are resolved against. */
  baseUrl: string;
  /** Answers a request. */
  respond(request: Request, signal: AbortSignal | undefined): Promise<SimulatedReply>;
}

/** What `fetch` rejects with when its signal aborts: the signal's reason, as the Fetch standard says. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Settles never, or rejects when `signal` aborts: a request the server never answers. */
function never(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

/**
 * A `fetch` that hands every request to the simulated backend, with nothing sent over any network. It settles as
 * `fetch` does: a `TypeError` when the connection fails (`network-error`), the signal's reason when aborted, never
 * for a request that is never answered (`hang`) until its signal aborts.
 *
 * @param options - The backend's routes and answers.
 */
export function createSimulatedFetch(options: SimulatedFetchOptions): SimulatedFetch {
  const base = resolutionBase(options.baseUrl);
  return async (input, init) => {
    const given = input instanceof Request ? input : new URL(String(input), base).href;
    // As `fetch`, a request whose options cannot make a request (a body on a GET, a bad header) rejects.
    const request = new Request(given, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? undefined;
    if (signal?.aborted) throw abortReason(signal);

    const reply = await options.respond(request, signal);
    if (reply === 'hang') return never(signal);
    if (signal?.aborted) throw abortReason(signal);
    if (reply === 'network-error') throw new TypeError('fetch failed');
    return request.method === 'HEAD'
      ? new Response(null, { status: reply.status, statusText: reply.statusText, headers: reply.headers })
      : reply;
  };
}
