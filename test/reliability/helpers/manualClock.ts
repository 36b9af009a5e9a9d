/**
 * A hand-driven clock and timer queue for the store's injectable `now`, `setTimeout` and `clearTimeout`. Unlike
 * `vi.useFakeTimers`, it leaves Node's own timers alone, so real sockets to a real local server keep working while
 * the store's timers run on simulated time. It counts live timers, so a leak shows.
 */
export interface ManualClock {
  /** The simulated time in ms since the epoch. */
  now(): number;
  /** The store's `setTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** The store's `clearTimeout`. */
  clearTimeout(handle: never): void;
  /** How many timers are armed and not yet fired or cleared. */
  readonly liveTimers: number;
  /** How many timers were ever armed. */
  readonly armedTotal: number;
  /** When the earliest armed timer fires, if any. */
  nextAt(): number | undefined;
  /** Moves time to the earliest armed timer and fires it (and any due at that instant); returns whether one fired. */
  fireNext(): boolean;
  /** Moves time forward by `ms`, firing every timer due on the way, in order. */
  advance(ms: number): void;
}

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/** Creates a {@link ManualClock} starting at `start` (an arbitrary epoch; tests never assert absolute times). */
export function createManualClock(start = 1_700_000_000_000): ManualClock {
  let time = start;
  let nextId = 1;
  let armedTotal = 0;
  const timers = new Map<number, Timer>();

  const earliest = (): Timer | undefined => {
    let best: Timer | undefined;
    for (const timer of timers.values()) {
      if (best === undefined || timer.at < best.at || (timer.at === best.at && timer.id < best.id))
        best = timer;
    }
    return best;
  };

  const clock: ManualClock = {
    now: () => time,
    setTimeout(callback, ms) {
      const id = nextId++;
      armedTotal++;
      const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
      timers.set(id, { id, at: time + delay, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as unknown as number);
    },
    get liveTimers() {
      return timers.size;
    },
    get armedTotal() {
      return armedTotal;
    },
    nextAt: () => earliest()?.at,
    fireNext() {
      const timer = earliest();
      if (timer === undefined) return false;
      timers.delete(timer.id);
      time = Math.max(time, timer.at);
      timer.callback();
      return true;
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        const timer = earliest();
        if (timer === undefined || timer.at > end) break;
        timers.delete(timer.id);
        time = Math.max(time, timer.at);
        timer.callback();
      }
      time = end;
    },
  };
  return clock;
}
