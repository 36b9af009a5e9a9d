// Are the types wrong? Packs the package (dist/ as built) and runs attw on the tarball with the `esm-only` profile:
// the package is ESM only, so only the resolutions an ESM host uses count, `node16` from ESM and `bundler`.
// `node10` and `require` from CommonJS cannot load it by design; attw's table would still print them, marked
// "ignored", as failures, so this prints one line per entry point for the two that count, and every problem in
// them when there is one. Run by `npm run test:package`, after the build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const counted = { 'node16-esm': 'node16 (from ESM)', bundler: 'bundler' };

const dir = mkdtempSync(join(tmpdir(), 'pij-attw-'));
let report;
try {
  // The build has just run: pack what it made, without the prepack build again.
  const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  const args = [
    join(dir, tarball),
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    'styles.css',
    '--format',
    'json',
  ];
  // attw exits 1 when a counted resolution has a problem; the JSON says which.
  try {
    report = JSON.parse(execFileSync('npx', ['--no', 'attw', ...args], { cwd: root, encoding: 'utf8' }));
  } catch (error) {
    if (typeof error.stdout !== 'string' || error.stdout === '') throw error;
    report = JSON.parse(error.stdout);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const problems = (report.analysis.problems ?? []).filter((problem) => problem.resolutionKind in counted);
let failed = problems.length > 0;
for (const [entrypoint, { resolutions }] of Object.entries(report.analysis.entrypoints)) {
  const cells = Object.entries(counted).map(([kind, label]) => {
    const found = problems.filter(
      (problem) => problem.entrypoint === entrypoint && problem.resolutionKind === kind,
    );
    const resolved = Boolean(resolutions[kind]?.resolution);
    failed ||= !resolved;
    return found.length === 0 && resolved
      ? `${label} ok`
      : `${label} FAIL (${found.map((problem) => problem.kind).join(', ') || 'NoResolution'})`;
  });
  console.log(`attw ${entrypoint.padEnd(16)} ${cells.join(', ')}`);
}
for (const problem of problems) {
  console.error(
    `attw: ${problem.kind} for "${problem.entrypoint}" under ${problem.resolutionKind}, see https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${problem.kind}.md`,
  );
}
if (failed) process.exit(1);
