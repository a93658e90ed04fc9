import { defineConfig } from 'vitest/config';

/** Node unit tests for the DOM-free core (`npm run test:core`). Element tests run in real browsers via web-test-runner. */
export default defineConfig({
  resolve: { conditions: ['development'] },
  test: {
    environment: 'node',
    include: ['packages/core/src/**/*.test.ts', 'packages/cli/src/**/*.test.ts', 'scripts/**/*.test.ts', 'stories/**/*.test.ts'],
    reporters: ['default'],
  },
});
