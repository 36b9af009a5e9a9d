/**
 * The code samples of the docs, as a host would paste them: every ```ts and ```tsx block of README.md, docs/*.md
 * and the MDX pages under stories/, each written out as its own module and typechecked in one `tsc` program against
 * the package's entry points (mapped to src/). A block marked ```tsx no-check is left out: keep those rare.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One fenced block: where it is, its language and its code. */
export interface CodeBlock {
  /** The file, relative to the repository root. */
  file: string;
  /** The line of the block's first code line, 1-based. */
  line: number;
  lang: 'ts' | 'tsx';
  code: string;
}

/** README.md, docs/*.md (the reference pages) and every MDX page under stories/. */
export function docFiles(): string[] {
  const mdx = (dir: string): string[] =>
    readdirSync(resolve(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? mdx(join(dir, entry.name))
        : entry.name.endsWith('.mdx')
          ? [join(dir, entry.name)]
          : [],
    );
  const docs = readdirSync(resolve(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  return ['README.md', ...docs, ...mdx('stories')].sort();
}

/** The ```ts / ```tsx blocks of a Markdown or MDX text, but those marked `no-check`. */
export function extractBlocks(file: string, text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\S*)(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '```', info = '', rest = ''] = open;
    const end = lines.findIndex(
      (line, j) => j > i && line.trimStart().startsWith(fence) && line.trim() === fence,
    );
    const close = end === -1 ? lines.length : end;
    const lang = info === 'typescript' ? 'ts' : info;
    if ((lang === 'ts' || lang === 'tsx') && !/\bno-check\b/.test(rest)) {
      const code = lines
        .slice(i + 1, close)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join('\n');
      blocks.push({ file, line: i + 2, lang, code });
    }
    i = close;
  }
  return blocks;
}

/** Every checked block of every doc file. */
export function allBlocks(): CodeBlock[] {
  return docFiles().flatMap((file) => extractBlocks(file, readFileSync(resolve(root, file), 'utf8')));
}

/** A type error, placed in its doc file. */
export interface BlockError {
  file: string;
  line: number;
  message: string;
}

/**
 * Typechecks the blocks in one `tsc --noEmit` run. The blocks are written under node_modules/.cache, so they resolve
 * the repository's dependencies (react, msw, the AWS SDK, hono) as a host's code resolves its own.
 */
export async function typecheckBlocks(
  blocks: readonly CodeBlock[],
  dir = resolve(root, 'node_modules/.cache/docs-code-blocks'),
): Promise<BlockError[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const src = relative(dir, resolve(root, 'src')).split('\\').join('/');
  const header = '// Written by test/docs/codeBlocks.ts: the docs code block at ';
  const names = blocks.map((block, index) => {
    const name = `block-${String(index).padStart(3, '0')}.${block.lang}`;
    // `export {}` makes every block a module of its own, so blocks never see each other's names.
    writeFileSync(join(dir, name), `${header}${block.file}:${block.line}\n${block.code}\nexport {};\n`);
    return name;
  });
  writeFileSync(join(dir, 'styles.css.d.ts'), 'export {};\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        extends: relative(dir, resolve(root, 'tsconfig.json')).split('\\').join('/'),
        compilerOptions: {
          // What a host's strict project checks; unused names are fine in a sample.
          noUnusedLocals: false,
          noUnusedParameters: false,
          types: ['node', 'vite/client', 'vitest/globals'],
          paths: {
            'pinpoint-import-jobs': [`${src}/index.ts`],
            'pinpoint-import-jobs/styles.css': ['./styles.css.d.ts'],
            'pinpoint-import-jobs/*': [`${src}/*/index.ts`],
          },
        },
        include: [],
        files: names,
      },
      null,
      2,
    ),
  );
  const tsc = resolve(root, 'node_modules/.bin/tsc');
  const output = await new Promise<string>((done) => {
    execFile(tsc, ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { cwd: dir }, (_error, stdout) =>
      done(stdout),
    );
  });
  const errors: BlockError[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.*?)\((\d+),\d+\): error (.*)$/.exec(line);
    if (!match) {
      if (line.trim() !== '' && errors.length > 0) {
        const last = errors[errors.length - 1] as BlockError;
        last.message += `\n${line}`;
      }
      continue;
    }
    const [, path = '', lineText = '0', message = ''] = match;
    const index = names.indexOf(path.replace(/^.*[\\/]/, ''));
    const block = blocks[index];
    if (block && resolve(dir, path) === join(dir, names[index] as string)) {
      // Line 1 of the written file is the header; line 2 is the block's first line.
      errors.push({ file: block.file, line: block.line + Number(lineText) - 2, message });
    } else {
      errors.push({ file: relative(root, resolve(dir, path)), line: Number(lineText), message });
    }
  }
  if (errors.length === 0 && /error/i.test(output)) {
    errors.push({ file: 'tsc', line: 0, message: output.trim() });
  }
  return errors;
}
