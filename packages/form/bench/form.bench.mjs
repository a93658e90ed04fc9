// `npm run bench:form` — not a test. Renders <ias-form> with 100, 300 and 1,000 fields in Debian's Chromium
// and prints medians: first render, keystroke → validated `ias-change`, and a floor: the same fields built
// as plain DOM (fieldsets, label + native control, no framework, no validation), the cost no renderer can
// beat. Ratios to the floor say how close to the limit we are. Also prints the package's gzip size with
// and without the Ajv compiler (hosts with precompiled validators never load it).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../.tools/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SIZES = [100, 300, 1000];
const RUNS = Number(process.env.RUNS ?? 9);

const PAGE = `
import './packages/form/src/form/define.ts';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const tick = () => new Promise((r) => setTimeout(r, 0));
function makeSchema(n) {
  const groups = {};
  for (let g = 0; g < n / 10; g++) {
    const properties = {};
    for (let i = 0; i < 10; i++) {
      const k = g * 10 + i;
      properties['f' + k] = [
        { type: 'string', title: 'Text ' + k, maxLength: 80 },
        { type: 'integer', title: 'Zahl ' + k, minimum: 0, maximum: 1000 },
        { type: 'string', format: 'date', title: 'Datum ' + k },
        { enum: ['A1', 'A2', 'B1', 'B2'], title: 'Niveau ' + k },
        { type: 'boolean', title: 'Ja/Nein ' + k },
      ][k % 5];
    }
    groups['g' + g] = { type: 'object', title: 'Gruppe ' + g, properties };
  }
  return { type: 'object', title: 'Bench', properties: groups };
}
function floor(schema, host) {
  const form = document.createElement('form');
  for (const [g, group] of Object.entries(schema.properties)) {
    const fs = document.createElement('fieldset');
    const lg = document.createElement('legend');
    lg.textContent = group.title;
    fs.append(lg);
    for (const [k, f] of Object.entries(group.properties)) {
      const label = document.createElement('label');
      label.textContent = f.title;
      label.htmlFor = g + k;
      const input = document.createElement(f.enum ? 'select' : 'input');
      input.id = g + k;
      if (f.enum) for (const v of f.enum) { const o = document.createElement('option'); o.textContent = v; input.append(o); }
      else if (f.type === 'boolean') input.type = 'checkbox';
      fs.append(label, input);
    }
    form.append(fs);
  }
  host.append(form);
  return form.offsetHeight;
}
function rendered(el, n) {
  let count = 0;
  const walk = (root) => root && root.querySelectorAll('ias-form-field').forEach((f) => { if (f.hasUpdated) count++; walk(f.shadowRoot); });
  walk(el.shadowRoot);
  return count >= n + n / 10 + 1; // every leaf, every group and the root
}
window.runBench = async (n, runs) => {
  const schema = makeSchema(n);
  const host = document.getElementById('host');
  const floorTimes = [], renderTimes = [], keyTimes = [];
  for (let r = 0; r < runs; r++) {
    host.textContent = '';
    await tick();
    let t = performance.now();
    floor(schema, host);
    floorTimes.push(performance.now() - t);
    host.textContent = '';
    await tick();
    const el = document.createElement('ias-form');
    el.schema = schema;
    el.value = {};
    t = performance.now();
    host.append(el);
    // Lit renders in microtasks: drain them (no macrotask, so no frame or compiler sneaks in), then lay out.
    for (let i = 0; i < 200 && !rendered(el, n); i++) await null;
    void el.offsetHeight;
    renderTimes.push(performance.now() - t);
    await el.updateComplete; // validator ready
    const fields = [];
    const walk = (node) => { node.querySelectorAll('ias-form-field').forEach((f) => { fields.push(f); walk(f.shadowRoot); }); };
    walk(el.shadowRoot);
    const input = fields.find((f) => f.pointer === '/g' + Math.floor(n / 20) + '/f' + (Math.floor(n / 2) - (Math.floor(n / 2) % 5))).shadowRoot.querySelector('#c');
    // 20 keystrokes back to back: each runs validation and dispatches ias-change synchronously (the timer's
    // resolution is 0.1 ms, so one keystroke alone would read 0.0 or 0.1).
    let changes = 0;
    const count = () => changes++;
    el.addEventListener('ias-change', count);
    const t0 = performance.now();
    for (let k = 0; k < 20; k++) {
      input.value = 'abc'.slice(0, (k % 3) + 1) + k;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    keyTimes.push((performance.now() - t0) / 20);
    el.removeEventListener('ias-change', count);
    if (changes !== 20) throw new Error('expected 20 ias-change events, got ' + changes);
    await el.updateComplete;
  }
  host.textContent = '';
  return { n, floor: median(floorTimes), render: median(renderTimes), key: median(keyTimes) };
};
`;

async function bundleSize(external) {
  const r = await build({
    stdin: {
      contents: "export * from './packages/form/src/index.ts'; import './packages/form/src/form/define.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    splitting: true,
    outdir: 'x',
    conditions: ['ias-source'],
    external,
    logLevel: 'silent',
  });
  const all = Buffer.concat(r.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => f.contents));
  return gzipSync(all, { level: 9 }).length;
}

// Our packages from source, Lit in its production build (the `development` condition would pick Lit's dev build).
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

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(2)} ms`;

const page = await build({
  stdin: { contents: PAGE, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  write: false,
  plugins: [sources],
  splitting: true,
  outdir: '/bench', // the compiler is its own chunk, as in a real build define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  logLevel: 'silent',
  target: 'es2022',
});
const html =
  '<!doctype html><html lang="de"><body><div id="host"></div><script type="module" src="/app.js"></script></body></html>';
const files = new Map(
  page.outputFiles.map((f) => [f.path.replace(/^.*\/bench\//, '/').replace('/stdin.js', '/app.js'), f.text]),
);
const server = createServer((req, res) => {
  const js = files.get(req.url ?? '');
  if (js !== undefined) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
  else res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => typeof window.runBench === 'function');
  const rows = [];
  for (const n of SIZES) rows.push(await tab.evaluate(([n, runs]) => window.runBench(n, runs), [n, RUNS]));
  console.log(
    `<ias-form> benchmark, Chromium ${browser.version()}, medians of ${RUNS} runs (keystroke: mean of 20 edits per run)\n`,
  );
  console.log(
    'fields   floor (plain DOM)   first render   ratio to floor   keystroke → ias-change   keystroke / first render',
  );
  for (const r of rows) {
    console.log(
      `${String(r.n).padEnd(8)} ${ms(r.floor).padEnd(19)} ${ms(r.render).padEnd(14)} ${(r.render / r.floor).toFixed(2).padEnd(16)} ${ms(r.key).padEnd(24)} 1/${Math.round(r.render / r.key)}`,
    );
  }
  const [a, , c] = rows;
  console.log(
    `\ngrowth 100 → 1,000 fields: first render ×${(c.render / a.render).toFixed(1)} (floor ×${(c.floor / a.floor).toFixed(1)}), keystroke ×${(c.key / a.key).toFixed(1)}`,
  );
} finally {
  await browser.close();
  server.close();
}
const withCompiler = await bundleSize(['lit', 'lit/*', '@lit/*']);
const withoutCompiler = await bundleSize(['lit', 'lit/*', '@lit/*', '@ias-kit/core/compile']);
console.log(
  `\ngzip, @ias-kit/form with core and ui (lit excluded): ${kb(withCompiler)} with the Ajv compiler (run-time compile), ` +
    `${kb(withoutCompiler)} without it (precompiled validators only)`,
);
