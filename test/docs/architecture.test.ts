/**
 * docs/ARCHITECTURE.md cannot go stale: every concept the page must place has a row in its table, and every path
 * the page names exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const page = readFileSync(resolve(root, 'docs/ARCHITECTURE.md'), 'utf8');

/** The rows of the table under `heading`: each row's cells, the header and separator rows left out. */
function tableRows(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start === -1) return [];
  const lines = markdown.slice(start + heading.length + 2).split('\n');
  const table = lines.slice(lines.findIndex((line) => line.startsWith('|')));
  const end = table.findIndex((line) => !line.startsWith('|'));
  return (end === -1 ? table : table.slice(0, end)).slice(2).map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );
}

/** The backticked paths of a cell or a page: what starts with a top folder, or names a file at the root. */
function pathsIn(text: string): string[] {
  return [...text.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1] as string)
    .filter(
      (token) => /^(src|test|docs|bench|stories|examples)\//.test(token) || /^[\w.-]+\.json$/.test(token),
    );
}

const concepts = tableRows(page, '## Where each concept lives');

describe('docs/ARCHITECTURE.md', () => {
  it('places every concept the issue names', () => {
    const names = concepts.map(([concept]) => concept ?? '');
    for (const concept of [
      'store',
      'observer',
      'entry',
      'reducer',
      'poll delay',
      'backoff',
      'visibility policy',
      'error model',
      'error source: an HTTP reply',
      'error source: anything thrown',
      'error source: the AWS SDK',
      'normaliser',
      'structural sharing',
      'HTTP fetcher',
      'AWS SDK fetcher',
      'column definitions',
      'messages',
    ]) {
      expect(names.some((name) => name.startsWith(concept) || name.includes(` ${concept}`))).toBe(true);
    }
  });

  it('gives each concept at least one file, and nothing but paths in that column', () => {
    expect(concepts.length).toBeGreaterThan(20);
    for (const [concept, files = ''] of concepts) {
      const paths = pathsIn(files);
      expect(paths.length, concept).toBeGreaterThan(0);
      expect(files, concept).toBe(paths.map((path) => `\`${path}\``).join(', '));
    }
  });

  it('names only paths that exist', () => {
    const missing = pathsIn(page).filter((path) => !existsSync(resolve(root, path)));
    expect(missing).toEqual([]);
  });
});
