import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * The modules that import `pinpoint-import-jobs`, and their stand-ins for `--mode without-library`: that build is
 * the app without the library, so the two builds' difference is what the library costs the app.
 */
const stubs = new Map([
  [source('pinpoint.tsx'), source('measure/NoPinpoint.tsx')],
  [source('pages/SegmentPage.tsx'), source('measure/NoSegmentPage.tsx')],
  [source('pages/ImportsPage.tsx'), source('measure/NoImportsPage.tsx')],
  [source('pages/JobPage.tsx'), source('measure/NoJobPage.tsx')],
]);

function withoutLibrary(): Plugin {
  return {
    name: 'admin-app:without-library',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return (resolved && stubs.get(resolved.id)) ?? null;
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'without-library' ? [withoutLibrary()] : [])],
  publicDir: false,
  build: {
    outDir: mode === 'without-library' ? 'dist-without-library' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
}));
