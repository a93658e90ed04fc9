import { defineConfig } from 'vite';

// No React plugin needed for this page: Vite's own transform compiles JSX with the automatic runtime.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
});
