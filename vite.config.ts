/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';
import { configDefaults } from 'vitest/config';

const root = dirname(fileURLToPath(import.meta.url));

/** Chromium flags that work on this closed network (see ../shared/TOOLCHAIN.md). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Inlines `@import './x.css';` lines, recursively, so `styles.css` ships as one file. */
function inlineCss(file: string): string {
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](\.[^'"]+)['"];\s*$/gm, (_line, path: string) =>
    inlineCss(resolve(dirname(file), path)),
  );
}

/** Emits `dist/styles.css` from `src/styles.css`: the stylesheet is never imported by JS. */
function stylesheet(): Plugin {
  return {
    name: 'pinpoint-import-jobs:stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: inlineCss(resolve(root, 'src/styles.css')),
      });
    },
    writeBundle(options) {
      // Lets `import 'pinpoint-import-jobs/styles.css'` typecheck in hosts without a `*.css` module declaration.
      writeFileSync(resolve(options.dir ?? 'dist', 'styles.css.d.ts'), 'export {};\n');
    },
  };
}

/** Packages the library never bundles: peers and dependencies. */
const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\//,
  /^@radix-ui\//,
  /^@aws-sdk\//,
  /^msw($|\/)/,
  /^@testing-library\//,
  /^playwright-core($|\/)/,
  /^node:/,
];

// React 18 lives in its own folder (test/react18, installed by `npm test`): the low end of the peer range.
const react18 = resolve(root, 'test/react18/node_modules');
const react18Packages = [
  'react',
  'react-dom',
  '@testing-library/react',
  '@testing-library/dom',
  '@tanstack/react-table',
  '@radix-ui/react-progress',
];

/**
 * Which tests run where, by folder and name, never by file extension (docs/DEVELOPMENT.md): the React layers and
 * `*.dom.test.*` suites in jsdom, every other test in Node. The Node project takes the rest, so no test is left out.
 */
const domTests = [
  'src/components/**/*.test.{ts,tsx}',
  'src/react/**/*.test.{ts,tsx}',
  'test/**/*.dom.test.{ts,tsx}',
  'src/testing/**/*.dom.test.{ts,tsx}',
];

/** The example app built from the tarball and driven in Chromium (test/e2e): a project of its own, left out of test:unit. */
const e2eTests = ['test/e2e/**/*.test.ts'];

// A library build is a production build whatever NODE_ENV says: under NODE_ENV=test (set by Vitest, so by any test
// that packs the package) Vite would otherwise emit React's development JSX (`jsxDEV`), which a host's production
// React does not have. Set before Vite reads NODE_ENV for the build.
if (process.argv.includes('build')) process.env.NODE_ENV = 'production';

export default defineConfig({
  plugins: [react(), stylesheet()],
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
    lib: {
      formats: ['es'],
      entry: {
        index: resolve(root, 'src/index.ts'),
        core: resolve(root, 'src/core/index.ts'),
        'aws-sdk': resolve(root, 'src/aws-sdk/index.ts'),
        msw: resolve(root, 'src/msw/index.ts'),
        server: resolve(root, 'src/server/index.ts'),
        simulator: resolve(root, 'src/simulator/index.ts'),
        testing: resolve(root, 'src/testing/index.ts'),
        'testing/playwright': resolve(root, 'src/testing/playwright/index.ts'),
      },
    },
    rollupOptions: { external },
  },
  test: {
    // Nothing the SDK offers a switch for is printed: its notice that its 2027 releases need Node 22.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    // A timeout catches a hang, not slowness: the slowest unit tests take 3 s on a quiet machine and up to 20 s on
    // 2 loaded cores, where Vitest's 5 s default failed them. Heavier suites set their own.
    testTimeout: 30_000,
    // The closing lines: counts per project, with the environment and React each ran on.
    reporters: ['default', './test/reporters/projectCounts.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...domTests, ...e2eTests],
          setupFiles: ['test/setup/console.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: e2eTests,
          setupFiles: ['test/setup/console.ts'],
          // Its setup packs, installs and builds the app (about 30 s on 2 cores, minutes under load).
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: domTests,
          setupFiles: ['test/setup/console.ts', 'test/setup/dom.ts'],
        },
      },
      {
        extends: true,
        resolve: {
          // Everything that loads React resolves inside test/react18, so one React 18 instance serves all.
          alias: react18Packages.map((name) => ({
            find: new RegExp(`^${name.replace('/', '\\/')}(\\/.*)?$`),
            replacement: `${react18}/${name}$1`,
          })),
        },
        test: {
          name: 'react18',
          environment: 'jsdom',
          provide: { react18Modules: react18 },
          // The component and hook tests again, and hostile strings: React 18 does not block javascript: URLs.
          include: [
            'src/components/**/*.test.{ts,tsx}',
            'src/react/**/*.test.{ts,tsx}',
            'test/reliability/hostile.dom.test.tsx',
            'src/testing/**/*.dom.test.{ts,tsx}',
          ],
          setupFiles: ['test/setup/react18.ts', 'test/setup/console.ts', 'test/setup/dom.ts'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: resolve(root, '.storybook') })],
        publicDir: 'public',
        // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page and fail that story.
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            '@tanstack/react-table',
            '@radix-ui/react-progress',
            '@aws-sdk/client-pinpoint',
            'msw',
            'msw/browser',
            'msw-storybook-addon',
            '@testing-library/dom',
          ],
        },
        test: {
          name: 'storybook',
          setupFiles: ['test/setup/console.ts'],
          // axe over hundreds of rows is slow on two cores.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
