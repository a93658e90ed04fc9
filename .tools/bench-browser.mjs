// Shared harness of the browser benchmarks (not tests): bundles a page module from the TypeScript sources
// with esbuild, serves it on 127.0.0.1 and opens it in Debian's Chromium with `gc()` exposed, so each
// benchmark can warm up, collect garbage between samples and print medians and ratios against a floor
// measured in the same run.
//   const { tab, close, version } = await openBenchPage(`import '...'; window.run = async () => …`);
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Helpers every page gets: `median`, `settle()` (GC plus two frames) and `frame` (ms of a 60 Hz frame). */
export const PAGE_HELPERS = `
window.median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
window.frame = 1000 / 60;
window.settle = async () => {
  if (typeof gc === 'function') gc();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
};
`;

/**
 * Bundles `source` (TS, resolved from the repository root) and opens it at `width` × `height`.
 * `conditions`: the export conditions of the bundle; the default takes Lit's development build, pass
 * `['ias-source']` to measure the production build that users run.
 */
export async function openBenchPage(
  source,
  { width = 1100, height = 900, conditions = ['ias-source', 'development'] } = {},
) {
  const page = await build({
    stdin: { contents: PAGE_HELPERS + source, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    conditions,
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'silent',
    target: 'es2022',
  });
  const js = page.outputFiles[0].text;
  const html =
    '<!doctype html><html lang="de"><body style="margin:0"><div id="host"></div><script type="module" src="/app.js"></script></body></html>';
  const server = createServer((req, res) => {
    if (req.url === '/app.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
    else res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  const tab = await browser.newPage({ viewport: { width, height } });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => typeof window.run === 'function');
  return {
    tab,
    version: browser.version(),
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** `12.3 ms` */
export const ms = (n) => `${n.toFixed(1)} ms`;
/** `1.8×` */
export const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
