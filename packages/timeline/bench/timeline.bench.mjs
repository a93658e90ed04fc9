// `node packages/timeline/bench/timeline.bench.mjs` — not a test. Renders <ias-timeline> with 25, 100 and
// 400 measures (plus milestones, reviews and tasks) in Debian's Chromium and prints medians: first render
// (model + lanes + SVG + layout) and one zoom step (what a wheel or pinch frame costs), at 1000 px.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../.tools/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SIZES = [25, 100, 400];
const RUNS = Number(process.env.RUNS ?? 7);

const PAGE = `
import './packages/timeline/src/timeline/define.ts';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pad = (n) => String(n).padStart(2, '0');
function makeCase(n) {
  const measures = [];
  for (let i = 0; i < n; i++) {
    const y = 2021 + (i % 6), m = 1 + (i % 12);
    measures.push({ id: 'm' + i, type: ['sprachkurs', 'praktikum', 'brueckenangebot', 'freiwilligenarbeit'][i % 4],
      title: 'Massnahme ' + i, status: ['geplant', 'laufend', 'abgeschlossen'][i % 3],
      plannedStart: y + '-' + pad(m) + '-01', plannedEnd: (y + 1) + '-' + pad(m) + '-15', actualStart: y + '-' + pad(m) + '-03' });
  }
  return {
    id: 'bench', person: { id: 'p', localPersonId: { personIdCategory: 'X', personId: '1' }, officialName: 'Bench', firstName: 'Test', sex: '3', dateOfBirth: '1995' },
    entryDate: '2020-11-02', asylumApplicationDate: '2020-11-03', statusHistory: [{ status: 'VA', validFrom: '2021-04-01' }],
    assessments: [], tasks: Array.from({ length: n / 5 }, (_, i) => ({ id: 't' + i, kind: 'other', title: 'Aufgabe ' + i, dueDate: (2022 + (i % 4)) + '-06-' + pad(1 + (i % 28)), status: 'offen' })),
    plan: { id: 'pl', personId: 'p', version: 1, status: 'aktiv', validFrom: '2021-01-01', caseManager: { id: 'cm' }, goals: [], measures,
      reviews: Array.from({ length: n / 5 }, (_, i) => ({ id: 'r' + i, date: (2021 + (i % 6)) + '-03-' + pad(1 + (i % 28)), participants: [], summary: '' })) },
  };
}
window.runBench = async (n, runs) => {
  const host = document.getElementById('host');
  const renderTimes = [], zoomTimes = [];
  for (let r = 0; r < runs; r++) {
    host.textContent = '';
    const el = document.createElement('ias-timeline');
    el.today = '2024-05-15';
    el.case = makeCase(n);
    let t = performance.now();
    host.append(el);
    await el.updateComplete;
    void el.shadowRoot.querySelector('svg').getBoundingClientRect();
    renderTimes.push(performance.now() - t);
    t = performance.now();
    for (let k = 0; k < 10; k++) {
      el.zoomBy(k < 5 ? 1.25 : 0.8);
      await el.updateComplete;
      void el.shadowRoot.querySelector('svg').getBoundingClientRect();
    }
    zoomTimes.push((performance.now() - t) / 10);
  }
  const items = document.querySelector('ias-timeline').items.length;
  host.textContent = '';
  return { n, items, render: median(renderTimes), zoom: median(zoomTimes) };
};
`;

const sources = {
  name: 'ias-sources',
  setup(b) {
    b.onResolve({ filter: /^@ias-kit\// }, (args) => {
      const [, , name, ...rest] = args.path.match(/^(@ias-kit)\/([^/]+)(?:\/(.*))?$/) ?? [];
      const pkg = JSON.parse(readFileSync(resolve(root, 'packages', name, 'package.json'), 'utf8'));
      const entry = pkg.exports[rest[0] ? `./${rest[0]}` : '.'];
      return { path: resolve(root, 'packages', name, entry['ias-source']) };
    });
  },
};

const page = await build({
  stdin: { contents: PAGE, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  write: false,
  plugins: [sources],
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  logLevel: 'silent',
  target: 'es2022',
});
const js = page.outputFiles[0].text;
const html =
  '<!doctype html><html lang="de"><body style="width:1000px"><div id="host"></div><script type="module" src="/app.js"></script></body></html>';
const server = createServer((req, res) => {
  if (req.url === '/app.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
  else res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => typeof window.runBench === 'function');
  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(
    `<ias-timeline> benchmark, Chromium ${browser.version()}, medians of ${RUNS} runs, 1000 px wide\n`,
  );
  console.log('measures  items  first render  zoom step');
  for (const n of SIZES) {
    const r = await tab.evaluate(([n, runs]) => window.runBench(n, runs), [n, RUNS]);
    console.log(
      `${String(r.n).padEnd(9)} ${String(r.items).padEnd(6)} ${ms(r.render).padEnd(13)} ${ms(r.zoom)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
