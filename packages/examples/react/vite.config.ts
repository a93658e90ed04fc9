import { defineConfig } from 'vite';

export default defineConfig({
  // No React plugin needed for this page: Vite's own transform compiles JSX with the automatic runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // React and React DOM (about 190 kB) plus five elements make one chunk of about 600 kB before gzip.
  build: { chunkSizeWarningLimit: 1024 },
});
