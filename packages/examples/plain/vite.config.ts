import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Serves the plain example (`npx vite --config packages/examples/plain/vite.config.ts`). Workspace packages
 * resolve to their TypeScript sources through the private `ias-source` condition; a vendor using the published
 * packages needs no configuration at all.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { conditions: ['ias-source', 'module', 'browser', 'development|production'] },
  server: { host: '127.0.0.1' },
  build: { target: 'es2022', emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 2048 },
  logLevel: 'warn',
});
