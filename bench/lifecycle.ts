// Requests over a simulated job lifecycle, counted on a virtual clock: the real store against a naive poller
// (one interval per component, polling whatever the status and the visibility).
import {
  createImportJobsStore,
  createManualVisibility,
  DEFAULT_POLL_INTERVAL_MS,
  type GetSegmentImportJobsResponse,
  type JobStatus,
  type ManualVisibility,
  type SegmentImportJobsFetcher,
} from '../src/core/index.js';
import { createImportJobs } from '../src/simulator/fixtures.js';

const TICK = DEFAULT_POLL_INTERVAL_MS;

/** A clock and timers that move only when told: the store's `now`, `setTimeout` and `clearTimeout`. */
class VirtualClock {
  current = 0;
  #nextId = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  now = (): number => this.current;

  setTimeout = (callback: () => void, ms: number): number => {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.current + Math.max(0, ms), callback });
    return id;
  };

  clearTimeout = (handle: never): void => {
    this.#timers.delete(handle as unknown as number);
  };

  /** Moves time on by `ms`, firing due timers in order and letting replies settle in between. */
  async advance(ms: number): Promise<void> {
    const end = this.current + ms;
    for (;;) {
      await settle();
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const timer of this.#timers)
        if (timer[1].at <= end && (!due || timer[1].at < due[1].at)) due = timer;
      if (due === undefined) break;
      this.#timers.delete(due[0]);
      this.current = due[1].at;
      due[1].callback();
    }
    this.current = end;
    await settle();
  }
}

/** Lets every pending promise settle: a macrotask (`setImmediate` in Node, a zero timeout in a browser). */
const settle = () =>
  new Promise<void>((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

/** A backend whose jobs take the next status of `lifecycle` at each request (the last one repeats). */
function createBackend(lifecycle: readonly JobStatus[]) {
  const jobs = createImportJobs(3, { seed: 11, statuses: ['PROCESSING'] });
  const backend = { requests: 0, fetcher: undefined as unknown as SegmentImportJobsFetcher };
  backend.fetcher = async (): Promise<GetSegmentImportJobsResponse> => {
    const status = lifecycle[Math.min(backend.requests, lifecycle.length - 1)] ?? 'COMPLETED';
    backend.requests++;
    return { ImportJobsResponse: { Item: jobs.map((job) => ({ ...job, JobStatus: status })) } };
  };
  return backend;
}

interface Scenario {
  /** Jobs' statuses, one per request. */
  lifecycle: readonly JobStatus[];
  /** How many components read the segment. */
  readers: number;
  /** What happens, after the first load: returns the requests made during the phase counted. */
  play: (clock: VirtualClock, visibility: ManualVisibility, requests: () => number) => Promise<number>;
}

async function runOurs(scenario: Scenario): Promise<number> {
  const clock = new VirtualClock();
  const visibility = createManualVisibility(true);
  const store = createImportJobsStore({
    now: clock.now,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    random: () => 0,
    visibility,
  });
  const backend = createBackend(scenario.lifecycle);
  const stops = Array.from({ length: scenario.readers }, () =>
    store
      .createObserver({ applicationId: 'app', segmentId: 'seg', fetcher: backend.fetcher })
      .subscribe(() => {}),
  );
  await clock.advance(0);
  const counted = await scenario.play(clock, visibility, () => backend.requests);
  for (const stop of stops) stop();
  await clock.advance(0);
  return counted;
}

/** The naive way: each component polls every tick with its own interval, whatever the status or visibility. */
async function runNaive(scenario: Scenario): Promise<number> {
  const clock = new VirtualClock();
  const visibility = createManualVisibility(true);
  const backend = createBackend(scenario.lifecycle);
  for (let reader = 0; reader < scenario.readers; reader++) {
    const poll = () => {
      void backend.fetcher(
        { ApplicationId: 'app', SegmentId: 'seg' },
        { signal: new AbortController().signal },
      );
      clock.setTimeout(poll, TICK);
    };
    poll();
  }
  await clock.advance(0);
  return scenario.play(clock, visibility, () => backend.requests);
}

/** Counts the requests made during `ticks` ticks. */
async function during(clock: VirtualClock, requests: () => number, ticks: number): Promise<number> {
  const before = requests();
  await clock.advance(ticks * TICK);
  return requests() - before;
}

/** One line of the lifecycle comparison. */
export interface LifecycleResult {
  name: string;
  ours: number;
  baseline: number;
  expected: number;
}

const ACTIVE: readonly JobStatus[] = ['CREATED', 'INITIALIZING', 'PROCESSING', 'PROCESSING', 'COMPLETING'];

/** Requests over a job's life: active ticks, ticks after all are terminal, hidden ticks, ten readers. */
export async function runLifecycle(): Promise<LifecycleResult[]> {
  const scenarios: Array<Scenario & { name: string; expected: number }> = [
    {
      name: 'requests, 1 reader, 4 ticks while active',
      lifecycle: [...ACTIVE, 'COMPLETED'],
      readers: 1,
      expected: 4,
      play: (clock, _visibility, requests) => during(clock, requests, 4),
    },
    {
      name: 'requests, 1 reader, 10 ticks after all terminal',
      lifecycle: [...ACTIVE, 'COMPLETED'],
      readers: 1,
      expected: 0,
      play: async (clock, _visibility, requests) => {
        // Four active replies, then the fifth tick's reply says COMPLETED.
        await clock.advance(5 * TICK);
        return during(clock, requests, 10);
      },
    },
    {
      name: 'requests, 1 reader, 10 ticks while hidden',
      lifecycle: ['PROCESSING'],
      readers: 1,
      expected: 0,
      play: async (clock, visibility, requests) => {
        visibility.setVisible(false);
        const counted = await during(clock, requests, 10);
        visibility.setVisible(true);
        return counted;
      },
    },
    {
      name: 'requests, 10 readers of one segment, 4 ticks',
      lifecycle: ['PROCESSING'],
      readers: 10,
      expected: 4,
      play: (clock, _visibility, requests) => during(clock, requests, 4),
    },
  ];
  const results: LifecycleResult[] = [];
  for (const scenario of scenarios) {
    results.push({
      name: scenario.name,
      ours: await runOurs(scenario),
      baseline: await runNaive(scenario),
      expected: scenario.expected,
    });
  }
  return results;
}
