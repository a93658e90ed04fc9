// `npm test`: every check CI runs, in order, with a summary. Stops at the first failing step.
// Run a subset with `npm test -- lint core browser` (step names below).
import { spawnSync } from 'node:child_process';

const steps = [
  ['browsers', 'node .tools/check-browsers.mjs'],
  [
    'manifest',
    'node .tools/manifest.mjs --check && node .tools/api-docs.mjs --check && node .tools/react-wrappers.mjs --check',
  ],
  ['typecheck', 'tsc -p tsconfig.json --noEmit && tsc -p packages/core/tsconfig.build.json --noEmit'],
  ['lint', 'eslint -c .tools/eslint.config.js . && prettier --check . --log-level warn'],
  ['schemas', 'node .tools/schemas.mjs --check && node .tools/build-validators.mjs --check'],
  ['core', 'vitest run'],
  ['browser', 'web-test-runner'],
  ['csp', 'playwright test -c .tools/playwright.config.mjs --project=pages'],
  ['vendors', 'node .tools/vendors-check.mjs'],
  ['storybook', 'npm run --silent storybook:build && node .tools/stories-check.mjs'],
  ['size', 'size-limit'],
];

const only = process.argv.slice(2);
const chosen = only.length ? steps.filter(([name]) => only.includes(name)) : steps;
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
const times = [];
for (const [name, cmd] of chosen) {
  const start = Date.now();
  console.log(`\n\u25b6 ${name}: ${cmd}`);
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit', env });
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  times.push(`${name} ${secs}s`);
  if (r.status !== 0) {
    console.error(
      `\n\u2716 npm test failed at step "${name}" (${secs}s). Re-run it alone with: npm test -- ${name}`,
    );
    process.exit(r.status ?? 1);
  }
}
console.log(`\n\u2714 all checks passed: ${times.join(', ')}`);
