// Side-by-side timing in one process: ours and the baseline alternate, after warm-up, and the medians are compared.

/** The medians of one comparison, in milliseconds per call, and how much the ratio varied from round to round. */
export interface Comparison {
  ours: number;
  baseline: number;
  /** The first and third quartiles of the ratio ours / baseline of each round: the noise of this machine. */
  spread: [number, number];
}

/** How a comparison runs. */
export interface CompareOptions {
  /** Calls of each side before measuring. */
  warmup: number;
  /** Measured calls of each side, alternating which side goes first. */
  rounds: number;
}

/** One timed call: does the work and returns how long the part worth measuring took, in ms. */
export type Sample = () => number;

const collect = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The value a fraction of the way through the sorted values (0.25: the first quartile), read between neighbours. */
function quantile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * fraction;
  const low = sorted[Math.floor(at)] ?? 0;
  const high = sorted[Math.ceil(at)] ?? low;
  return low + (high - low) * (at - Math.floor(at));
}

/**
 * Runs ours and the baseline alternately and returns the median time of each. A garbage collection (when
 * `--expose-gc` is on) runs before each sample, so one side does not pay for the other's garbage.
 */
export function compare(ours: Sample, baseline: Sample, { warmup, rounds }: CompareOptions): Comparison {
  for (let i = 0; i < warmup; i++) {
    ours();
    baseline();
  }
  const oursTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? ([ours, baseline] as const) : ([baseline, ours] as const);
    for (const side of order) {
      collect?.();
      const time = side();
      (side === ours ? oursTimes : baselineTimes).push(time);
    }
  }
  const ratios = oursTimes.map((ours, round) => ours / (baselineTimes[round] ?? Number.NaN));
  return {
    ours: median(oursTimes),
    baseline: median(baselineTimes),
    spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
  };
}

/** Times a function, in ms. */
export function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Times `repeat` calls of a function and returns ms per call (for work too quick to time once). */
export function timeEach(work: () => void, repeat: number): number {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) work();
  return (performance.now() - start) / repeat;
}
