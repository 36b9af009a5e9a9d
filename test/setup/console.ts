/**
 * Fails any test that logs through `console.error` or `console.warn`, or (in Node) emits a process warning, the way
 * Testing Library's and TanStack's suites do: a warning nobody expected is a bug, or a new one would go unseen.
 *
 * A test that expects output captures it and asserts it, e.g.
 * `const error = vi.spyOn(console, 'error').mockImplementation(() => {})` then `expect(error).toHaveBeenCalledWith(…)`:
 * the spy replaces this guard until it is restored. Shared by every Vitest project, the browser one included.
 */
import { afterAll, afterEach } from 'vitest';

/** What was logged, waiting for the test's `afterEach`. */
const unexpected: string[] = [];

/** `util.format`'s placeholders, enough to read React's and MSW's messages (this file also runs in a browser). */
function format(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  const text = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  if (typeof first !== 'string') return args.map(text).join(' ');
  const message = first.replace(/%[sdifoOjc%]/g, (placeholder) => {
    if (placeholder === '%%') return '%';
    if (rest.length === 0) return placeholder;
    const value = rest.shift();
    return placeholder === '%c' ? '' : text(value);
  });
  return [message, ...rest.map(text)].join(' ');
}

/** The first frame of the stack outside this file and node_modules: who logged. */
function caller(stack: string | undefined): string {
  const frame = stack
    ?.split('\n')
    .slice(1)
    .find((line) => !line.includes('/node_modules/') && !line.includes('test/setup/console.'));
  return frame === undefined ? '' : `\n${frame.trim()}`;
}

function record(source: string, message: string): void {
  unexpected.push(`${source}: ${message}`);
}

for (const method of ['error', 'warn'] as const) {
  console[method] = (...args: unknown[]) =>
    record(`console.${method}`, `${format(args)}${caller(new Error().stack)}`);
}

/** Resolves once Node has delivered the process warnings emitted so far (it does so on a later tick). */
let warningsDelivered = (): Promise<void> => Promise.resolve();

if (typeof process !== 'undefined' && typeof process.on === 'function') {
  const onWarning = (warning: Error) => record('process warning', `${warning.name}: ${warning.message}`);
  process.on('warning', onWarning);
  // Taken now: a test may leave fake timers behind.
  const { setImmediate } = globalThis;
  warningsDelivered = () => new Promise((resolve) => setImmediate(resolve));
  // A worker runs many files: each file's guard leaves with it.
  afterAll(() => {
    process.off('warning', onWarning);
  });
}

async function failOnUnexpectedOutput(when: string): Promise<void> {
  await warningsDelivered();
  if (unexpected.length === 0) return;
  const lines = unexpected.splice(0);
  throw new Error(
    `Unexpected console output ${when} (a test that expects output captures it with vi.spyOn(console, …) and asserts it):\n${lines
      .map((line) => `  ${line.replaceAll('\n', '\n    ')}`)
      .join('\n')}`,
  );
}

afterEach(() => failOnUnexpectedOutput('in this test'));
// Output after the last test of a file (a late timer, a leaked promise) fails the file.
afterAll(() => failOnUnexpectedOutput("after the file's last test"));
