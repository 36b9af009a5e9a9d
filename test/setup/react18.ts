// The `react18` project must really run on React 18: fail loudly if test/react18 is not installed or an alias
// stops applying.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** test/react18/node_modules, where the `react18` project loads React from (see vite.config.ts). */
    react18Modules?: string;
  }
}

const modules = inject('react18Modules');
if (modules === undefined || !existsSync(join(modules, 'react-dom/package.json'))) {
  throw new Error(
    'test/react18 is not installed: `npm test` installs it; alone, run `node test/react18/install.mjs`',
  );
}

// Loaded by name only once the folder is known to be there: a literal import would fail first, less clearly.
const [react, reactDom] = ['react', 'react-dom'];
const { version: reactVersion } = await import(/* @vite-ignore */ react);
const { version: reactDomVersion } = await import(/* @vite-ignore */ reactDom);
if (!reactVersion.startsWith('18.') || !reactDomVersion.startsWith('18.')) {
  throw new Error(
    `react18 project resolved react ${reactVersion} and react-dom ${reactDomVersion}, not 18.x`,
  );
}
