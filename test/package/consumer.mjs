// Installs the packed tarball into a fresh, strict TypeScript project the way a host app would, then
// typechecks it and imports every entry point in Node (server rendering the root entry with React).
// Run by `npm run test:package` after the build, whose dist/ it packs as is; needs the npm registry (or npm's cache)
// for react and typescript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'pij-consumer-'));
const cleanup = [dir];
const run = (cmd, args, cwd = dir) => {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
  } catch (error) {
    process.stdout.write(error.stdout?.toString() ?? '');
    console.error(`consumer: \`${cmd} ${args.join(' ')}\` failed`);
    process.exit(1);
  }
};

try {
  const tarball = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], root)
    .trim()
    .split('\n')
    .pop();
  // Nothing of the project's own tests ships: no test file, test folder or test helper (they live in test/).
  const shipped = run('tar', ['-tzf', join(dir, tarball)])
    .trim()
    .split('\n');
  const testCode = shipped.filter((file) =>
    /\.test(-d)?\.|\/__tests__\/|^package\/test\/|expectNo/.test(file),
  );
  if (testCode.length > 0) {
    console.error(`consumer: the tarball ships test code:\n  ${testCode.join('\n  ')}`);
    process.exit(1);
  }
  // A production build, even when built under NODE_ENV=test (as test:package does on purpose): React's development
  // JSX (`jsxDEV`) in dist/ crashes a host's production React.
  const devJsx = shipped.filter(
    (file) =>
      file.endsWith('.js') &&
      readFileSync(join(root, file.replace(/^package\//, '')), 'utf8').includes('jsxDEV'),
  );
  if (devJsx.length > 0) {
    console.error(
      `consumer: the tarball ships React's development JSX (jsxDEV) in:\n  ${devJsx.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`consumer tarball: ${shipped.length} files, no test code, no development JSX`);
  const dev = pkg.devDependencies;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  run('npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    join(dir, tarball),
    `react@${dev.react}`,
    `react-dom@${dev['react-dom']}`,
    `@types/react@${dev['@types/react']}`,
    `@types/react-dom@${dev['@types/react-dom']}`,
    `typescript@${dev.typescript}`,
    `@aws-sdk/client-pinpoint@${dev['@aws-sdk/client-pinpoint']}`,
    `msw@${dev.msw}`,
    `@types/node@${dev['@types/node']}`,
    `playwright-core@${dev['playwright-core']}`,
  ]);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        lib: ['ES2023', 'DOM'],
        types: ['node'],
        noEmit: true,
      },
      include: ['consumer.tsx'],
    }),
  );
  writeFileSync(join(dir, 'consumer.tsx'), readFileSync(join(root, 'test/package/consumer.tsx.txt'), 'utf8'));
  run('npx', ['tsc', '-p', 'tsconfig.json']);
  console.log('consumer typecheck: ok (strict, moduleResolution bundler, exactOptionalPropertyTypes)');
  writeFileSync(join(dir, 'smoke.mjs'), readFileSync(join(root, 'test/package/smoke.mjs.txt'), 'utf8'));
  process.stdout.write(run('node', ['smoke.mjs']));
  // The server and the simulator in a project that holds the package alone: none of its peers installed.
  // Outside the consumer, so no package of its node_modules resolves from there.
  const bare = mkdtempSync(join(tmpdir(), 'pij-bare-'));
  cleanup.push(bare);
  writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--omit=peer',
      join(dir, tarball),
    ],
    bare,
  );
  writeFileSync(
    join(bare, 'smoke.mjs'),
    readFileSync(join(root, 'test/package/server-smoke.mjs.txt'), 'utf8'),
  );
  process.stdout.write(run('node', ['smoke.mjs'], bare));
} finally {
  for (const folder of cleanup) rmSync(folder, { recursive: true, force: true });
}
