// The benchmark cases. Built by bench/run.mjs (Vite SSR build) and run in Node with a jsdom global and React's
// production build. Each case gives our figure and the baseline's, measured side by side in this one process.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  type ImportJob,
  type ImportJobResponse,
  type ImportJobsMessagesOverride,
  ImportJobTable,
  normalizeImportJobsResponse,
  replaceEqualJobs,
} from '../src/index.js';
import { createImportJobs } from '../src/simulator/fixtures.js';
import { BaselineTable, baselineRenders } from './BaselineTable.js';
import { runLifecycle } from './lifecycle.js';
import { compare, time, timeEach } from './measure.js';

/** One line of the report. */
export interface BenchRow {
  name: string;
  ours: number;
  baseline: number;
  /** How the figures read: `ms`, `µs/job`, `rows`, `requests`, `×`. */
  unit: string;
  /** The target, as text (`≤ 2.0`, `= 1`). */
  target: string;
  /** Whether the target is met; `undefined` when the line has no target. */
  ok: boolean | undefined;
  /** Whether the target applies to the ratio ours/baseline rather than to our figure. */
  targetIsRatio: boolean;
  /** For timings: the quartiles of the round-by-round ratio, to read the ratio against the machine's noise. */
  spread?: [number, number];
}

/** Wire jobs as a reply parses from JSON; the first one is active so a page of them polls. */
function wireJobs(count: number, seed = 21): ImportJobResponse[] {
  const jobs = createImportJobs(count, { seed, statuses: ['COMPLETED', 'FAILED', 'COMPLETED'] });
  jobs[0] = {
    ...(jobs[0] as ImportJobResponse),
    JobStatus: 'PROCESSING',
    CompletedPieces: 3,
    TotalPieces: 10,
  };
  return jobs;
}

const reply = (jobs: readonly ImportJobResponse[]): unknown =>
  JSON.parse(JSON.stringify({ ImportJobsResponse: { Item: jobs } }));

function jobsOf(body: unknown): ImportJob[] {
  return normalizeImportJobsResponse(body).jobs;
}

/** A fresh container and root; `dispose` unmounts and removes them. */
function mountPoint(): { root: Root; container: HTMLElement; dispose: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return {
    root,
    container,
    dispose: () => {
      flushSync(() => root.unmount());
      container.remove();
    },
  };
}

/**
 * Times the synchronous mount (render, commit and effects) of an element into a fresh root; with `layout`, also the
 * style and layout the browser does before it can paint it (a real browser only: jsdom has no layout).
 */
function timeMount(element: ReactElement, layout = false): number {
  const { root, dispose } = mountPoint();
  const ms = time(() => {
    flushSync(() => root.render(element));
    if (layout) void document.body.offsetHeight;
  });
  dispose();
  return ms;
}

/** The ids of the rows ImportJobTable rendered: each row render asks for its expander's label. */
const rendered: string[] = [];
const countingMessages: ImportJobsMessagesOverride = {
  showDetails: ({ jobId }) => {
    rendered.push(jobId);
    return `Show details of job ${jobId}`;
  },
};

function mountCases(
  sizes: readonly number[],
  layout: boolean,
): { rows: BenchRow[]; mountMs: Map<number, [number, number]> } {
  const rows: BenchRow[] = [];
  const mountMs = new Map<number, [number, number]>();
  for (const size of sizes) {
    const jobs = jobsOf(reply(wireJobs(size)));
    // `locale` gives each mount of ours its own formatters, as a host's first mount has: new `Intl` objects and
    // empty caches, never the results remembered from the previous sample.
    // The 1,000-job mount carries the target: more rounds, so its median ratio stands out of the noise.
    const rounds = size <= 100 ? 15 : size <= 1_000 ? 15 : 3;
    const warmup = size <= 100 ? 5 : size <= 1_000 ? 2 : 1;
    const result = compare(
      () => timeMount(<ImportJobTable jobs={jobs} locale="en-US" />),
      () => timeMount(<BaselineTable jobs={jobs} />),
      { warmup, rounds },
    );
    mountMs.set(size, [result.ours, result.baseline]);
    const target = size === 1_000 ? 2 : size === 5_000 ? 5 : undefined;
    const ratio = result.ours / result.baseline;
    rows.push({
      name: `mount ${size.toLocaleString('en-US')} jobs`,
      ours: result.ours,
      baseline: result.baseline,
      unit: 'ms',
      target: target === undefined ? '' : `≤ ${target.toFixed(1)}×`,
      ok: target === undefined ? undefined : ratio <= target,
      targetIsRatio: true,
      spread: result.spread,
    });
    if (layout) {
      const painted = compare(
        () => timeMount(<ImportJobTable jobs={jobs} locale="en-US" />, true),
        () => timeMount(<BaselineTable jobs={jobs} />, true),
        { warmup, rounds },
      );
      const paintedTarget = size === 1_000 ? 1.3 : undefined;
      rows.push({
        name: `mount ${size.toLocaleString('en-US')} jobs + layout`,
        ours: painted.ours,
        baseline: painted.baseline,
        unit: 'ms',
        target: paintedTarget === undefined ? '' : `≤ ${paintedTarget.toFixed(1)}×`,
        ok: paintedTarget === undefined ? undefined : painted.ours / painted.baseline <= paintedTarget,
        targetIsRatio: true,
        spread: painted.spread,
      });
    }
  }
  const small = mountMs.get(1_000);
  const large = mountMs.get(5_000);
  if (small && large) {
    // Per-row cost at 5,000 over per-row cost at 1,000: 1.0 is linear.
    const ours = large[0] / 5 / small[0];
    const baseline = large[1] / 5 / small[1];
    rows.push({
      name: 'mount growth per row, 1,000 → 5,000',
      ours,
      baseline,
      unit: '×',
      target: '≤ 1.5',
      ok: ours <= 1.5,
      targetIsRatio: false,
    });
  }
  return { rows, mountMs };
}

function updateCases(oursMount: number, baselineMount: number, layout: boolean): BenchRow[] {
  const size = 1_000;
  const served = wireJobs(size);
  const changing = 500;
  const pieces = served[changing]?.TotalPieces ?? 10;
  /**
   * The reply of poll `n`: job `changing` processed endpoints and pieces since poll `n - 1` (its `TotalProcessed` and
   * `CompletedPieces` changed), every other job as it was.
   */
  const pollReply = (n: number) =>
    reply(
      served.map((job, index) =>
        index === changing ? { ...job, TotalProcessed: n, CompletedPieces: n % (pieces + 1) } : job,
      ),
    );

  // Ours: the table mounted once; each poll normalises, shares by Id and re-renders.
  const ours = mountPoint();
  let oursJobs = jobsOf(pollReply(0));
  flushSync(() => ours.root.render(<ImportJobTable jobs={oursJobs} messages={countingMessages} />));
  const base = mountPoint();
  flushSync(() => base.root.render(<BaselineTable jobs={jobsOf(pollReply(0))} />));

  let oursPoll = 0;
  let baselinePoll = 0;
  let oursRows = 0;
  let baselineRows = 0;
  const result = compare(
    () => {
      oursPoll += 2;
      const next = replaceEqualJobs(oursJobs, jobsOf(pollReply(oursPoll)));
      rendered.length = 0;
      const ms = time(() =>
        flushSync(() => ours.root.render(<ImportJobTable jobs={next} messages={countingMessages} />)),
      );
      oursRows = rendered.length;
      oursJobs = next;
      return ms;
    },
    () => {
      baselinePoll += 2;
      const next = jobsOf(pollReply(baselinePoll));
      baselineRenders.count = 0;
      const ms = time(() => flushSync(() => base.root.render(<BaselineTable jobs={next} />)));
      baselineRows = baselineRenders.count;
      return ms;
    },
    { warmup: 2, rounds: 9 },
  );

  // The same polls again, each timed up to the layout the browser does before it can paint the change.
  const painted = layout
    ? compare(
        () => {
          oursPoll += 2;
          const next = replaceEqualJobs(oursJobs, jobsOf(pollReply(oursPoll)));
          const ms = time(() => {
            flushSync(() => ours.root.render(<ImportJobTable jobs={next} messages={countingMessages} />));
            void document.body.offsetHeight;
          });
          oursJobs = next;
          return ms;
        },
        () => {
          baselinePoll += 2;
          const next = jobsOf(pollReply(baselinePoll));
          return time(() => {
            flushSync(() => base.root.render(<BaselineTable jobs={next} />));
            void document.body.offsetHeight;
          });
        },
        { warmup: 2, rounds: 9 },
      )
    : undefined;

  // DOM mutations of one such poll, as a MutationObserver on each table's container sees them.
  const mutationsOf = (target: Element, poll: () => void) => {
    const observer = new MutationObserver(() => {});
    observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    poll();
    const count = observer.takeRecords().length;
    observer.disconnect();
    return count;
  };
  const oursMutations = mutationsOf(ours.container, () => {
    oursPoll += 2;
    const next = replaceEqualJobs(oursJobs, jobsOf(pollReply(oursPoll)));
    flushSync(() => ours.root.render(<ImportJobTable jobs={next} messages={countingMessages} />));
    oursJobs = next;
  });
  const baselineMutations = mutationsOf(base.container, () => {
    baselinePoll += 2;
    const next = jobsOf(pollReply(baselinePoll));
    flushSync(() => base.root.render(<BaselineTable jobs={next} />));
  });

  // A poll that changes nothing: the same reply as the last one, parsed anew.
  const same = replaceEqualJobs(oursJobs, jobsOf(pollReply(oursPoll)));
  rendered.length = 0;
  flushSync(() => ours.root.render(<ImportJobTable jobs={same} messages={countingMessages} />));
  const unchangedRows = rendered.length;
  baselineRenders.count = 0;
  flushSync(() => base.root.render(<BaselineTable jobs={jobsOf(pollReply(baselinePoll))} />));
  const unchangedBaselineRows = baselineRenders.count;
  ours.dispose();
  base.dispose();

  const fraction = result.ours / oursMount;
  return [
    {
      name: 'poll, 1 of 1,000 changed: rows re-rendered',
      ours: oursRows,
      baseline: baselineRows,
      unit: 'rows',
      target: '= 1',
      ok: oursRows === 1,
      targetIsRatio: false,
    },
    {
      name: 'poll, nothing changed: rows re-rendered',
      ours: unchangedRows,
      baseline: unchangedBaselineRows,
      unit: 'rows',
      target: '= 0',
      ok: unchangedRows === 0,
      targetIsRatio: false,
    },
    {
      name: 'poll, 1 of 1,000 changed: update time',
      ours: result.ours,
      baseline: result.baseline,
      unit: 'ms',
      target: '',
      ok: undefined,
      targetIsRatio: true,
      spread: result.spread,
    },
    ...(painted
      ? [
          {
            name: 'poll, 1 of 1,000 changed: update + layout',
            ours: painted.ours,
            baseline: painted.baseline,
            unit: 'ms',
            target: '≤ 1.2×',
            ok: painted.ours / painted.baseline <= 1.2,
            targetIsRatio: true,
            spread: painted.spread,
          },
        ]
      : []),
    {
      name: 'poll, 1 of 1,000 changed: DOM mutations',
      ours: oursMutations,
      baseline: baselineMutations,
      unit: 'mutations',
      target: '≤ 8',
      ok: oursMutations <= 8,
      targetIsRatio: false,
    },
    {
      name: 'poll, 1 of 1,000 changed: update / mount',
      ours: fraction,
      baseline: result.baseline / baselineMount,
      unit: '×',
      target: '≤ 0.10',
      ok: fraction <= 0.1,
      targetIsRatio: false,
    },
  ];
}

function normaliseCases(): BenchRow[] {
  const size = 1_000;
  const body = reply(wireJobs(size));
  const previous = jobsOf(body);
  const perJob = (ms: number) => (ms * 1_000) / size;
  const normalise = compare(
    () => timeEach(() => normalizeImportJobsResponse(body), 20),
    () => timeEach(() => structuredClone(body), 20),
    { warmup: 10, rounds: 25 },
  );
  const share = compare(
    () => timeEach(() => replaceEqualJobs(previous, normalizeImportJobsResponse(body).jobs), 20),
    () => timeEach(() => structuredClone(body), 20),
    { warmup: 10, rounds: 25 },
  );
  return [
    {
      name: 'normalise 1,000 jobs (vs structuredClone)',
      ours: perJob(normalise.ours),
      baseline: perJob(normalise.baseline),
      unit: 'µs/job',
      target: '',
      ok: undefined,
      targetIsRatio: true,
      spread: normalise.spread,
    },
    {
      name: 'normalise + share by Id (vs structuredClone)',
      ours: perJob(share.ours),
      baseline: perJob(share.baseline),
      unit: 'µs/job',
      target: '',
      ok: undefined,
      targetIsRatio: true,
      spread: share.spread,
    },
  ];
}

/**
 * Mounts ImportJobTable (or the baseline) `times` times with `size` jobs, for a CPU profile
 * (`node --cpu-prof bench/run.mjs --profile-mount 1000`). Returns the median mount time in ms.
 */
export function profileMount(size: number, times: number, baseline = false): number {
  const jobs = jobsOf(reply(wireJobs(size)));
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    samples.push(
      timeMount(baseline ? <BaselineTable jobs={jobs} /> : <ImportJobTable jobs={jobs} locale="en-US" />),
    );
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)] ?? Number.NaN;
}

/** DOM cost of one row: elements and attributes, per row and (ours) per column, from a mount of 100 jobs. */
export function domPerRow(): {
  ours: { elements: number; attributes: number };
  baseline: { elements: number; attributes: number };
  columns: Record<string, { elements: number; attributes: number }>;
} {
  const jobs = jobsOf(reply(wireJobs(100)));
  const count = (nodes: Iterable<Element>) => {
    let elements = 0;
    let attributes = 0;
    for (const node of nodes) {
      elements++;
      attributes += node.attributes.length;
    }
    return { elements, attributes };
  };
  const perRow = (
    element: ReactElement,
    cells?: Record<string, { elements: number; attributes: number }>,
  ) => {
    const { root, dispose } = mountPoint();
    flushSync(() => root.render(element));
    const rows = [...document.querySelectorAll('tbody > tr')];
    const total = count(rows.flatMap((row) => [row, ...row.querySelectorAll('*')]));
    if (cells) {
      for (const cell of document.querySelectorAll('tbody > tr > td')) {
        const id = cell.getAttribute('data-column') ?? '(expander)';
        const sum = cells[id] ?? { elements: 0, attributes: 0 };
        cells[id] = sum;
        const part = count([cell, ...cell.querySelectorAll('*')]);
        sum.elements += part.elements / rows.length;
        sum.attributes += part.attributes / rows.length;
      }
    }
    dispose();
    return { elements: total.elements / rows.length, attributes: total.attributes / rows.length };
  };
  const columns: Record<string, { elements: number; attributes: number }> = {};
  return {
    ours: perRow(<ImportJobTable jobs={jobs} />, columns),
    baseline: perRow(<BaselineTable jobs={jobs} />),
    columns,
  };
}

function domCases(): BenchRow[] {
  const dom = domPerRow();
  return [
    {
      name: 'DOM elements per row',
      ours: dom.ours.elements,
      baseline: dom.baseline.elements,
      unit: 'count',
      target: '',
      ok: undefined,
      targetIsRatio: true,
    },
    {
      name: 'DOM attributes per row',
      ours: dom.ours.attributes,
      baseline: dom.baseline.attributes,
      unit: 'count',
      target: '',
      ok: undefined,
      targetIsRatio: true,
    },
  ];
}

/**
 * How the table sits on an admin page, by layout (a real browser only, the root font at 16 px): the tallest row at
 * each density, and the width the default columns need in a 960 px and a 1,280 px container (the scroll width of
 * ours' region; of the baseline's table, which has no region). 100 jobs.
 */
function geometryCases(): BenchRow[] {
  const jobs = jobsOf(reply(wireJobs(100)));
  const measure = (element: ReactElement, width: number) => {
    const { root, container, dispose } = mountPoint();
    container.style.inlineSize = `${width}px`;
    flushSync(() => root.render(element));
    const table = container.querySelector('table') as HTMLTableElement;
    const scroller = table.parentElement === container ? table : (table.parentElement as HTMLElement);
    const rows = [...table.querySelectorAll('tbody > tr')].map((row) => row.getBoundingClientRect().height);
    const result = { rowHeight: Math.max(...rows), width: scroller.scrollWidth };
    dispose();
    return result;
  };
  const baseline = measure(<BaselineTable jobs={jobs} />, 960);
  const comfortable = measure(<ImportJobTable jobs={jobs} />, 960);
  const compact = measure(<ImportJobTable jobs={jobs} defaultPreferences={{ density: 'compact' }} />, 960);
  const wide = measure(<ImportJobTable jobs={jobs} />, 1_280);
  const baselineWide = measure(<BaselineTable jobs={jobs} />, 1_280);
  const row = (name: string, ours: number, base: number, limit: number): BenchRow => ({
    name,
    ours,
    baseline: base,
    unit: 'px',
    target: `≤ ${limit}`,
    ok: ours <= limit,
    targetIsRatio: false,
  });
  return [
    row('tallest row, comfortable (16 px root)', comfortable.rowHeight, baseline.rowHeight, 44),
    row('tallest row, compact', compact.rowHeight, baseline.rowHeight, 32),
    row('width the default columns need, 960 px container', comfortable.width, baseline.width, 960),
    row('width the default columns need, 1,280 px container', wide.width, baselineWide.width, 1_280),
  ];
}

/** What to run. */
export interface BenchOptions {
  /** Table sizes to mount. Default: 100, 1,000 and 5,000. */
  sizes?: readonly number[];
  /**
   * Whether to time each mount again up to layout, as a host's page waits for it before the first paint (ours with
   * the stylesheet, the baseline with the browser's). Only in a real browser. Default: `false`.
   */
  layout?: boolean;
}

/** Runs every case and returns the lines of the report. */
export async function runBench(
  options: BenchOptions = {},
  log: (line: string) => void = () => {},
): Promise<BenchRow[]> {
  const sizes = options.sizes ?? [100, 1_000, 5_000];
  log('mount…');
  const mount = mountCases(sizes, options.layout ?? false);
  const [oursMount, baselineMount] = mount.mountMs.get(1_000) ?? [Number.NaN, Number.NaN];
  log('poll…');
  const update = updateCases(oursMount, baselineMount, options.layout ?? false);
  log('normalise…');
  const normalise = normaliseCases();
  log('lifecycle…');
  const lifecycle = (await runLifecycle()).map(
    (result): BenchRow => ({
      name: result.name,
      ours: result.ours,
      baseline: result.baseline,
      unit: 'requests',
      target: `= ${result.expected}`,
      ok: result.ours === result.expected,
      targetIsRatio: false,
    }),
  );
  if (options.layout) log('geometry…');
  const geometry = options.layout ? geometryCases() : [];
  return [...mount.rows, ...domCases(), ...geometry, ...update, ...normalise, ...lifecycle];
}
