/**
 * Every code sample in the docs compiles: the README's quick starts, the reference pages under docs/ and the MDX
 * pages of the docs site, as a host would paste them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allBlocks, docFiles, extractBlocks, root, typecheckBlocks } from './codeBlocks.js';

describe('docs code blocks', () => {
  it('finds the blocks of the README, every docs page and every MDX page', () => {
    const files = docFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('docs/server.md');
    expect(files.some((file) => file.endsWith('.mdx'))).toBe(true);
    const readme = extractBlocks('README.md', readFileSync(resolve(root, 'README.md'), 'utf8'));
    // The three quick starts, at least.
    expect(readme.length).toBeGreaterThanOrEqual(3);
  });

  it('reads ts and tsx fences, and leaves out no-check ones and other languages', () => {
    const text = [
      '```ts',
      'const a: number = 1;',
      '```',
      '',
      '```tsx no-check',
      'partial(',
      '```',
      '',
      '```sh',
      'npm test',
      '```',
      '',
      '  ```tsx',
      '  const b = <p />;',
      '  ```',
    ].join('\n');
    expect(extractBlocks('x.md', text)).toEqual([
      { file: 'x.md', line: 2, lang: 'ts', code: 'const a: number = 1;' },
      { file: 'x.md', line: 14, lang: 'tsx', code: 'const b = <p />;' },
    ]);
  });

  it('typechecks every block against the package entry points', async () => {
    const errors = await typecheckBlocks(allBlocks());
    expect(errors.map(({ file, line, message }) => `${file}:${line}: ${message}`)).toEqual([]);
  });

  it('fails on a broken block, and says where it is', async () => {
    const errors = await typecheckBlocks(
      [
        {
          file: 'good.md',
          line: 10,
          lang: 'ts',
          code: "import { JOB_STATUSES } from 'pinpoint-import-jobs/core';",
        },
        {
          file: 'broken.md',
          line: 20,
          lang: 'tsx',
          code: "import { createHttpFetcher } from 'pinpoint-import-jobs';\n\ncreateHttpFetcher({ baseUrl: 42 });",
        },
      ],
      resolve(root, 'node_modules/.cache/docs-code-blocks-broken'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'broken.md', line: 22 });
  });
});
