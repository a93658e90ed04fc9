// The browser checks that need a whole page rather than one element (web-test-runner covers those):
// Playwright Test in Debian's Chromium, never a downloaded browser (see .tools/README.md).
//
//   npx playwright test -c .tools/playwright.config.mjs --project=pages     CSP and print checks
//   npx playwright test -c .tools/playwright.config.mjs --project=stories   every story (run after storybook:build)
//   IAS_STORIES=form npx playwright test -c .tools/playwright.config.mjs --project=stories   only ids containing "form"
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

export default defineConfig({
  testDir: 'browser',
  testMatch: '*.check.mjs',
  outputDir: '../node_modules/.cache/ias-browser-checks',
  // Two workers: the machines (and CI) have two cores; each worker keeps one Chromium and one page.
  workers: Number(process.env.IAS_WORKERS ?? 2),
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [[process.env.CI ? 'dot' : 'line']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'pages', testMatch: ['csp.check.mjs', 'print.check.mjs'] },
    { name: 'stories', testMatch: ['stories.check.mjs'] },
  ],
});
