import { defineConfig } from 'vitest/config';

/**
 * Shared Vite configuration, picked up by Storybook (`npm start`) and the examples: workspace packages
 * resolve to their TypeScript sources through the `development` export condition, so there is no
 * build step between editing a component and seeing it.
 */
export default defineConfig({
  resolve: { conditions: ['development', 'browser', 'module', 'import', 'default'] },
  server: { host: '127.0.0.1' },
  build: { target: 'es2022' },
  // Node unit tests for the DOM-free core (`npm test -- core`); element tests run in real browsers (web-test-runner).
  test: {
    environment: 'node',
    include: [
      'packages/core/src/**/*.test.ts',
      'packages/cli/src/**/*.test.ts',
      '.tools/**/*.test.ts',
      'stories/**/*.test.ts',
    ],
    reporters: ['default'],
  },
});
