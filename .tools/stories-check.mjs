/* global requestAnimationFrame */
// Renders every story of the built Storybook (storybook-static/) once in Debian's Chromium and checks it:
// axe-core finds nothing ("axe finds nothing in any story", design.md), no page errors, and (see
// story-layout.mjs) no sideways scroll at 320 px, no target under 24 × 24 px, and screenshots at 1400 and
// 320 px that match the committed baselines in stories/__screenshots__/. Run after the Storybook build.
//   node .tools/stories-check.mjs [filter] [--update] [--no-visual]
//   npm run test:visual -- --update        record the baselines anew (builds Storybook first)
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import {
  BASELINES,
  WIDTHS,
  compareWithBaseline,
  haveBaselines,
  layoutProblems,
  screenshot,
} from './story-layout.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = join(root, 'storybook-static');
const AXE = join(root, 'node_modules/axe-core/axe.min.js');
const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--')) ?? '';
const update = args.includes('--update');
const visual = !args.includes('--no-visual');
const strictBaselines = haveBaselines();
const UPDATE_CMD = 'npm run test:visual -- --update';
// Stories whose reflow or target problems are known and owned elsewhere (story id -> kinds). They are
// printed, not failed; remove an entry when its story is fixed (the check says when one is stale).
const KNOWN = JSON.parse(readFileSync(join(root, '.tools/story-layout-known.json'), 'utf8'));
const known = [];
const fail = (m) => {
  console.error(`stories-check: FAILED — ${m}`);
  process.exit(1);
};
if (!existsSync(join(dir, 'index.json')))
  fail('storybook-static/ is missing: run npm run storybook:build first');

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(dir, path === '/' ? 'index.html' : path);
  if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
  res
    .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));
const start = Date.now();
const browser = await launchChromium();
const problems = [];
const seen = { same: 0, missing: 0, updated: 0, different: 0 };
try {
  const page = await browser.newPage({ viewport: { width: WIDTHS[0], height: 900 } });
  // One fixed day for every story, so a story that falls back to "today" looks the same on every run.
  await page.clock.setFixedTime(new Date('2026-03-02T09:00:00Z'));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const story of stories) {
    errors.length = 0;
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    const rendered = await page
      .waitForFunction(() => document.querySelector('#storybook-root')?.children.length, undefined, {
        timeout: 15_000,
      })
      .then(
        () => true,
        () => false,
      );
    if (!rendered) {
      problems.push(`${story.id}: rendered nothing`);
      continue;
    }
    // Let elements finish rendering (validators compile after first paint, charts measure their width).
    await page.waitForTimeout(250);
    await page.addScriptTag({ path: AXE });
    // Storybook's a11y panel may be running its own axe in the page: wait for it rather than collide.
    const violations = await page.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const r = await window.axe.run(document.querySelector('#storybook-root'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
        } catch (e) {
          if (attempt > 50 || !String(e).includes('already running')) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    });
    if (violations.length) problems.push(`${story.id}: ${violations.join('; ')}`);
    if (errors.length) problems.push(`${story.id}: page error ${errors[0]}`);
    // The same page at each width: layout checks, then the screenshot against its baseline.
    for (const width of WIDTHS) {
      if (width !== WIDTHS[0]) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.waitForTimeout(150);
      }
      for (const p of await layoutProblems(page)) {
        const kind = p.startsWith('scrolls sideways') ? 'reflow' : 'targets';
        (KNOWN[story.id]?.includes(kind) ? known : problems).push(`${story.id}: ${p}`);
      }
      if (!visual) continue;
      const r = await compareWithBaseline(page, story.id, width, await screenshot(page), { update });
      seen[r.status]++;
      if (r.status === 'different') problems.push(`${story.id} at ${width} px looks different: ${r.message}`);
      if (r.status === 'missing' && strictBaselines)
        problems.push(
          `${story.id}: no baseline at ${width} px (${BASELINES}/${story.id}.${width}.png); record it with ${UPDATE_CMD} ${story.id}`,
        );
    }
  }
} finally {
  await browser.close();
  server.close();
}
const secs = ((Date.now() - start) / 1000).toFixed(1);
if (known.length)
  console.log(
    `stories-check: ${known.length} known layout problems (.tools/story-layout-known.json), not failing:\n  ${known.join('\n  ')}`,
  );
const stale = Object.keys(KNOWN).filter(
  (id) => stories.some((s) => s.id === id) && !known.some((k) => k.startsWith(`${id}:`)),
);
if (stale.length && !filter)
  problems.push(`fixed, remove from .tools/story-layout-known.json: ${stale.join(', ')}`);
if (problems.length)
  fail(
    `${problems.length} of ${stories.length} stories have problems (${secs}s):\n  ${problems.join('\n  ')}`,
  );
if (visual && seen.missing && !strictBaselines)
  console.log(
    `stories-check: no visual baselines are recorded yet (${seen.missing} screenshots compared with nothing); record them with ${UPDATE_CMD} and commit ${BASELINES}/`,
  );
if (seen.updated)
  console.log(`stories-check: wrote ${seen.updated} baselines into ${BASELINES}/; review and commit them`);
console.log(
  `stories-check: ${stories.length} stories rendered without page errors, axe found nothing (WCAG 2.1 A/AA), ` +
    `no sideways scroll at 320 px, no target under 24×24 px` +
    (visual ? `, screenshots at ${WIDTHS.join(' and ')} px: ${seen.same} match their baseline` : '') +
    `, ${secs}s`,
);
