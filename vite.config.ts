import { defineConfig } from 'vitest/config';

/**
 * Shared Vite configuration, picked up by Storybook (`npm start`): workspace packages resolve to their
 * TypeScript sources through the private `ias-source` export condition, so there is no build step between
 * editing a component and seeing it. Only our own tools set that condition; the published package.json
 * files do not carry it (see .tools/pack.mjs), so a vendor's dev server always gets compiled JavaScript.
 */
export default defineConfig({
  resolve: { conditions: ['ias-source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['ias-source', 'module', 'node', 'development|production'] } },
  server: { host: '127.0.0.1' },
  build: { target: 'es2022' },
  // Node unit tests for the DOM-free core (`npm test -- core`); element tests run in real browsers (web-test-runner).
  test: {
    environment: 'node',
    include: [
      'packages/core/src/**/*.test.ts',
      'packages/cli/src/**/*.test.ts',
      'packages/overlay-editor/src/model/**/*.test.ts',
      'packages/plan/src/model/**/*.test.ts',
      '.tools/**/*.test.ts',
      'stories/**/*.test.ts',
    ],
    reporters: ['default'],
    // Property tests run hundreds of cases; 5 s (Vitest's default) is too tight on a busy two-core machine.
    testTimeout: 30_000,
  },
});
