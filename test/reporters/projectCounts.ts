/**
 * Closes a Vitest run with its counts per project, after the default summary: which environment each ran in and
 * which React, so a run without React 18 (or without the stories) cannot pass unnoticed. The last line is the total,
 * in the form CI has always read: `vitest: N passed, N failed, N skipped`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Reporter, TestModule, TestProject, Vitest } from 'vitest/node';

function reactVersion(project: TestProject): string {
  const react18Modules = project.getProvidedContext().react18Modules;
  const file =
    react18Modules === undefined
      ? createRequire(import.meta.url).resolve('react/package.json')
      : join(react18Modules, 'react/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function environment(project: TestProject): string {
  const { browser, environment: name } = project.config;
  if (browser.enabled) return `${browser.name}, React ${reactVersion(project)}`;
  return name === 'node' ? 'Node' : `${name}, React ${reactVersion(project)}`;
}

export default class ProjectCounts implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const projects = new Map<
      string,
      { project: TestProject; passed: number; failed: number; skipped: number }
    >();
    for (const module of testModules) {
      const counts = projects.get(module.project.name) ?? {
        project: module.project,
        passed: 0,
        failed: 0,
        skipped: 0,
      };
      projects.set(module.project.name, counts);
      // A file that failed to load has no tests: count it as a failure.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed++;
      for (const test of module.children.allTests()) {
        const { state } = test.result();
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    if (projects.size === 0) return;
    const width = Math.max(...[...projects.keys()].map((name) => name.length));
    const log = (line: string) => (this.vitest ? this.vitest.logger.log(line) : console.log(line));
    log(' Tests per project');
    // In the order vite.config.ts lists them.
    const order = this.vitest?.projects.map((project) => project.name) ?? [];
    const sorted = [...projects].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    const total = { passed: 0, failed: 0, skipped: 0 };
    for (const [name, { project, passed, failed, skipped }] of sorted) {
      log(
        `   ${name.padEnd(width)}  ${String(passed).padStart(4)} passed, ${failed} failed, ${skipped} skipped  (${environment(project)})`,
      );
      total.passed += passed;
      total.failed += failed;
      total.skipped += skipped;
    }
    log(`vitest: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  }
}
