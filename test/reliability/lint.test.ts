/**
 * The lint rule that forbids `dangerouslySetInnerHTML` is on and fails the build: Biome is run on a file that uses
 * it (and on one that does not), and the source tree holds no use of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside the project, so Biome applies the project's biome.json; removed after the tests.
const scratch = join(root, 'test/reliability', `tmp-lint-${process.pid}`);

function lint(name: string, source: string) {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, name);
  writeFileSync(file, source);
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'lint', '--reporter=json', relative(root, file)],
    { cwd: root, encoding: 'utf8' },
  );
  const report = JSON.parse(result.stdout) as { diagnostics: { category: string; severity: string }[] };
  return { status: result.status, categories: report.diagnostics.map((d) => `${d.severity} ${d.category}`) };
}

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('no dangerouslySetInnerHTML, enforced by Biome', () => {
  it('biome.json sets security.noDangerouslySetInnerHtml to error', () => {
    const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')) as {
      linter: { rules: { security: Record<string, string> } };
    };
    expect(config.linter.rules.security.noDangerouslySetInnerHtml).toBe('error');
    expect(config.linter.rules.security.noDangerouslySetInnerHtmlWithChildren).toBe('error');
  });

  it('`biome lint` fails on a component that uses dangerouslySetInnerHTML', { timeout: 20_000 }, () => {
    const result = lint(
      'Injected.tsx',
      'export function Injected({ html }: { html: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />;\n}\n',
    );
    expect(result.status).not.toBe(0);
    expect(result.categories).toContain('error lint/security/noDangerouslySetInnerHtml');
  });

  it('`biome lint` passes the same component rendering the text as a child', { timeout: 20_000 }, () => {
    const result = lint(
      'AsText.tsx',
      'export function AsText({ html }: { html: string }) {\n  return <div>{html}</div>;\n}\n',
    );
    expect(result.categories).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('no source file uses dangerouslySetInnerHTML, innerHTML or a biome-ignore of the rule', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) {
          const text = readFileSync(path, 'utf8');
          if (
            /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|noDangerouslySetInnerHtml/.test(
              text,
            )
          )
            offenders.push(relative(root, path));
        }
      }
    };
    walk(join(root, 'src'));
    expect(offenders).toEqual([]);
  });
});
