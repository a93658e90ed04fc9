// Renders every story of the built Storybook (storybook-static/) in Debian's Chromium and runs axe-core on
// it: "axe finds nothing in any story" (design.md). Also fails on page errors. Run after the Storybook build.
//   node .tools/stories-check.mjs [filter]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = join(root, 'storybook-static');
const AXE = join(root, 'node_modules/axe-core/axe.min.js');
const filter = process.argv[2] ?? '';
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
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const story of stories) {
    errors.length = 0;
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
  }
} finally {
  await browser.close();
  server.close();
}
const secs = ((Date.now() - start) / 1000).toFixed(1);
if (problems.length)
  fail(
    `${problems.length} of ${stories.length} stories have problems (${secs}s):\n  ${problems.join('\n  ')}`,
  );
console.log(
  `stories-check: ${stories.length} stories rendered without page errors and axe found nothing (WCAG 2.1 A/AA), ${secs}s`,
);
