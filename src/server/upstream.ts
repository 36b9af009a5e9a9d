/** Limits of {@link createUpstream}. */
export interface UpstreamLimits {
  /** How long a value is reused, in milliseconds; `0` for never. */
  maxAgeMs: number;
  /** How many calls run at once. */
  maxConcurrent: number;
  /** How many calls wait for a slot. */
  maxQueue: number;
  /** How many values the cache holds. */
  maxCacheEntries: number;
  /** How long a call may run before it is aborted with a `TimeoutError`, in milliseconds; `0` or `Infinity` for ever. */
  timeoutMs: number;
}

/** How one wait for a value ended. */
export type UpstreamOutcome<T> =
  | { kind: 'value'; value: T }
  | { kind: 'error'; error: unknown }
  /** No slot and no room in the queue: nothing was called. */
  | { kind: 'busy' }
  /** The waiter's own signal aborted first. */
  | { kind: 'aborted' };

/** Values from a slow, limited source, called once for identical requests. */
export interface Upstream<T> {
  /**
   * The value of `key`: from the cache while fresh, else from the call in flight for that key, else from a new call
   * of `call` (run now, or queued for a slot). When every waiter of a call has aborted, the call is aborted (or
   * leaves the queue).
   *
   * @param key - Identifies the request: identical keys share one call and one cached value.
   * @param call - Calls the source; must honour its signal.
   * @param signal - The waiter's signal.
   */
  get(
    key: string,
    call: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<UpstreamOutcome<T>>;
}

/** The longest delay a timer takes (2^31 - 1 ms); a longer timeout is none. */
const MAX_DELAY_MS = 2_147_483_647;

type Settled<T> = { kind: 'value'; value: T } | { kind: 'error'; error: unknown };

interface Flight<T> {
  readonly key: string;
  readonly call: (signal: AbortSignal) => Promise<T>;
  readonly controller: AbortController;
  readonly settled: Promise<Settled<T>>;
  settle(result: Settled<T>): void;
  waiters: number;
  state: 'queued' | 'running' | 'done';
}

/** Resolves when `signal` aborts; never when there is none. */
function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Single flight, a small cache and bounded concurrency in front of a source.
 *
 * @param limits - The limits.
 * @param now - The clock for the cache, in milliseconds.
 */
export function createUpstream<T>(limits: UpstreamLimits, now: () => number = Date.now): Upstream<T> {
  const cache = new Map<string, { value: T; expiresAt: number }>();
  const flights = new Map<string, Flight<T>>();
  const queue: Flight<T>[] = [];
  let running = 0;

  function remember(key: string, value: T): void {
    if (limits.maxAgeMs <= 0 || limits.maxCacheEntries <= 0) return;
    cache.delete(key);
    cache.set(key, { value, expiresAt: now() + limits.maxAgeMs });
    for (const oldest of cache.keys()) {
      if (cache.size <= limits.maxCacheEntries) break;
      cache.delete(oldest);
    }
  }

  function finish(flight: Flight<T>, result: Settled<T>): void {
    if (flight.state === 'done') return;
    if (flight.state === 'running') running -= 1;
    flight.state = 'done';
    if (flights.get(flight.key) === flight) flights.delete(flight.key);
    if (result.kind === 'value') remember(flight.key, result.value);
    flight.settle(result);
    startQueued();
  }

  function start(flight: Flight<T>): void {
    flight.state = 'running';
    running += 1;
    const { signal } = flight.controller;
    const timeout = limits.timeoutMs;
    const timer =
      timeout > 0 && timeout <= MAX_DELAY_MS
        ? setTimeout(() => {
            flight.controller.abort(new DOMException(`The source took over ${timeout} ms.`, 'TimeoutError'));
          }, timeout)
        : undefined;
    // Raced with the signal, so a source that ignores it still frees its slot.
    const aborted = whenAborted(signal).then((): Settled<T> => ({ kind: 'error', error: signal.reason }));
    const called = (async (): Promise<Settled<T>> => {
      try {
        return { kind: 'value', value: await flight.call(signal) };
      } catch (error) {
        return { kind: 'error', error: signal.aborted ? signal.reason : error };
      }
    })();
    void Promise.race([called, aborted]).then((result) => {
      clearTimeout(timer);
      finish(flight, result);
    });
  }

  function startQueued(): void {
    while (running < limits.maxConcurrent) {
      const next = queue.shift();
      if (next === undefined) return;
      start(next);
    }
  }

  function leave(flight: Flight<T>): void {
    flight.waiters -= 1;
    if (flight.waiters > 0 || flight.state === 'done') return;
    // Nobody waits any more: the call is not needed.
    if (flight.state === 'queued') queue.splice(queue.indexOf(flight), 1);
    if (flights.get(flight.key) === flight) flights.delete(flight.key);
    flight.controller.abort(new DOMException('Every caller went away.', 'AbortError'));
    if (flight.state === 'queued') finish(flight, { kind: 'error', error: flight.controller.signal.reason });
  }

  function newFlight(key: string, call: (signal: AbortSignal) => Promise<T>): Flight<T> {
    let settle!: (result: Settled<T>) => void;
    const settled = new Promise<Settled<T>>((resolve) => {
      settle = resolve;
    });
    return { key, call, controller: new AbortController(), settled, settle, waiters: 0, state: 'queued' };
  }

  return {
    async get(key, call, signal) {
      if (signal?.aborted) return { kind: 'aborted' };
      const cached = cache.get(key);
      if (cached !== undefined) {
        if (cached.expiresAt > now()) return { kind: 'value', value: cached.value };
        cache.delete(key);
      }
      let flight = flights.get(key);
      if (flight === undefined) {
        if (running >= limits.maxConcurrent && queue.length >= limits.maxQueue) return { kind: 'busy' };
        flight = newFlight(key, call);
        flights.set(key, flight);
        if (running < limits.maxConcurrent) start(flight);
        else queue.push(flight);
      }
      flight.waiters += 1;
      if (signal === undefined) return flight.settled;
      let onAbort: (() => void) | undefined;
      const gone = new Promise<{ kind: 'aborted' }>((resolve) => {
        onAbort = () => resolve({ kind: 'aborted' });
        signal.addEventListener('abort', onAbort, { once: true });
      });
      const joined = flight;
      const outcome = await Promise.race([joined.settled, gone]);
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      if (outcome.kind === 'aborted') leave(joined);
      return outcome;
    },
  };
}
