import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The React example, built with `vite build` (no React plugin needed: Vite's own Oxc transform compiles
 * JSX with the automatic runtime). Workspace packages resolve to their TypeScript sources through the
 * `ias-source` condition, as in the root vite.config.ts; a vendor using the published packages drops it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { conditions: ['ias-source', 'module', 'browser', 'development|production'] },
  server: { host: '127.0.0.1' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { target: 'es2022', emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 2048 },
  logLevel: 'warn',
});
