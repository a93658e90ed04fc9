// The story pass (run after `npm run storybook:build`): Playwright Test's `stories` project
// (.tools/browser/stories.check.mjs) with the options of `npm run test:visual`.
//   node .tools/stories-check.mjs [filter] [--update] [--no-visual]
//   npm run test:visual -- --update        record the visual baselines anew (builds Storybook first)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BASELINES, haveBaselines } from './story-layout.mjs';

const cli = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const visual = args.includes('--no-visual') ? 'off' : args.includes('--update') ? 'update' : 'compare';
const before = haveBaselines();
const config = fileURLToPath(new URL('playwright.config.mjs', import.meta.url));
const r = spawnSync(process.execPath, [cli, 'test', '-c', config, '--project=stories'], {
  stdio: 'inherit',
  env: { ...process.env, IAS_VISUAL: visual, ...(filter ? { IAS_STORIES: filter } : {}) },
});
if (visual === 'compare' && !before)
  console.log(
    `stories-check: no visual baselines are recorded yet (screenshots compared with nothing); ` +
      `record them with npm run test:visual -- --update and commit ${BASELINES}/`,
  );
if (visual === 'update')
  console.log(`stories-check: baselines written into ${BASELINES}/; review and commit them`);
process.exit(r.status ?? 1);
