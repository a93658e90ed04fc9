// `npm run bench:form` — not a test. Renders <ias-form> with 100, 300 and 1,000 fields in Debian's Chromium
// and prints medians after warm-up, with garbage collected before every sample (`--js-flags=--expose-gc`) and
// 5 µs timers (the page is cross-origin isolated):
// - mount: append → every field rendered and laid out (the form is complete and usable);
// - ready: append → validator ready (compiled in idle time, or taken from the per-schema cache);
// - keystroke: one edit → validated `ias-change` received and the field's DOM settled (Lit done, laid out);
// - cold: the first mount in a fresh page (nothing compiled, nothing warmed up), mount and ready;
// against a floor: the same fields as plain DOM (fieldsets, label + native control, no framework, no
// validation) in a shadow root with the same style sheets and class names the element uses.
// Ratios to the floor are the goals of issue 17: mount ≤ 1.3×, cold mount ≤ 1.5× the floor's cold mount.
// With BENCH_COMPARE=<folder with RJSF 6 and JSON Forms 3.8 installed> it also mounts those (bench only).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../.tools/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SIZES = [100, 300, 1000];
const RUNS = Number(process.env.RUNS ?? 9);
const WARMUP = 2;
const COMPARE = process.env.BENCH_COMPARE;

const PAGE_SCHEMA = `
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
`;

const PAGE = `
import './packages/form/src/form/define.ts';
import { baseStyles } from './packages/ui/src/index.ts';
import { fieldStyles } from './packages/form/src/field/field.styles.ts';
import { formStyles } from './packages/form/src/form/form.styles.ts';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const tick = () => new Promise((r) => setTimeout(r, 0));
const gc = () => window.gc?.();
${PAGE_SCHEMA}
const sheets = [baseStyles, formStyles, fieldStyles].map((s) => s.styleSheet);
/** The floor: what the form shows, as plain DOM, in a shadow root with the element's style sheets. */
function floor(schema, host) {
  const el = document.createElement('div');
  const shadow = el.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = sheets;
  const form = document.createElement('form');
  form.setAttribute('part', 'base');
  for (const [g, group] of Object.entries(schema.properties)) {
    const fs = document.createElement('fieldset');
    fs.className = 'group object';
    const lg = document.createElement('legend');
    lg.textContent = group.title;
    const fields = document.createElement('div');
    fields.className = 'fields';
    fs.append(lg, fields);
    for (const [k, f] of Object.entries(group.properties)) {
      const wrap = document.createElement('div');
      wrap.className = f.type === 'boolean' ? 'field check' : 'field';
      const label = document.createElement('label');
      label.textContent = f.title;
      label.htmlFor = g + k;
      const input = document.createElement(f.enum ? 'select' : 'input');
      input.id = g + k;
      if (f.enum) for (const v of f.enum) { const o = document.createElement('option'); o.textContent = v; input.append(o); }
      else if (f.type === 'boolean') input.type = 'checkbox';
      if (f.type === 'boolean') wrap.append(input, label); else wrap.append(label, input);
      fields.append(wrap);
    }
    form.append(fs);
  }
  shadow.append(form);
  host.append(el);
  return el.offsetHeight;
}
function fieldsOf(el) {
  const out = [];
  const walk = (root) => root && root.querySelectorAll('ias-form-field').forEach((f) => { out.push(f); walk(f.shadowRoot); });
  walk(el.shadowRoot);
  return out;
}
const rendered = (el, n) => fieldsOf(el).filter((f) => f.hasUpdated).length >= n + n / 10 + 1;
/** Mounts a form: ms until every field is rendered and laid out, and until the validator is ready. */
async function mountForm(schema, host, n) {
  const el = document.createElement('ias-form');
  el.schema = schema;
  el.value = {};
  const t = performance.now();
  host.append(el);
  // Lit renders in microtasks: drain them, then lay out.
  for (let i = 0; i < 500 && !rendered(el, n); i++) await null;
  void el.offsetHeight;
  const mount = performance.now() - t;
  await el.updateComplete;
  const ready = performance.now() - t;
  return { el, mount, ready };
}
function timeFloor(schema, host) {
  const t = performance.now();
  floor(schema, host);
  return performance.now() - t;
}
/** One keystroke: input event → validated ias-change → the field re-rendered and laid out. */
async function keystroke(el, field, text) {
  const input = field.shadowRoot.querySelector('#c');
  let change;
  const got = new Promise((r) => el.addEventListener('ias-change', (e) => { change = e; r(); }, { once: true }));
  const t = performance.now();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await got;
  await field.updateComplete;
  await el.updateComplete;
  void field.offsetHeight;
  const ms = performance.now() - t;
  if (!change || change.value === undefined || typeof change.valid !== 'boolean') throw new Error('no validated ias-change');
  return ms;
}
window.cold = async (n) => {
  const schema = makeSchema(n);
  const host = document.getElementById('host');
  const floorMs = timeFloor(schema, host);
  host.textContent = '';
  await tick();
  const { mount, ready } = await mountForm(schema, host, n);
  host.textContent = '';
  return { n, floor: floorMs, mount, ready };
};
window.profileMount = async (n) => {
  const host = document.getElementById('host');
  for (let r = 0; r < 3; r++) { const { el } = await mountForm(makeSchema(n), host, n); await el.updateComplete; host.textContent = ''; await tick(); }
  gc(); await tick();
  window.startProfile = true;
  await new Promise((r) => (window.profileReady = r));
  const { mount } = await mountForm(makeSchema(n), host, n);
  host.textContent = '';
  return mount;
};
window.runBench = async (n, runs, warmup) => {
  const host = document.getElementById('host');
  const floorTimes = [], mountTimes = [], readyTimes = [], keyTimes = [];
  for (let r = 0; r < runs + warmup; r++) {
    const schema = makeSchema(n); // a new schema object: every run compiles (the cache is measured apart)
    host.textContent = '';
    await tick(); gc(); await tick();
    const f = timeFloor(schema, host);
    host.textContent = '';
    await tick(); gc(); await tick();
    const { el, mount, ready } = await mountForm(schema, host, n);
    const field = fieldsOf(el).find((x) => x.pointer === '/g' + Math.floor(n / 20) + '/f' + (Math.floor(n / 2) - (Math.floor(n / 2) % 5)));
    const keys = [];
    for (let k = 0; k < 5; k++) { await tick(); keys.push(await keystroke(el, field, 'abc'.slice(0, (k % 3) + 1) + k)); }
    if (r >= warmup) {
      floorTimes.push(f); mountTimes.push(mount); readyTimes.push(ready); keyTimes.push(median(keys));
    }
  }
  // The second form of the same schema object: the validator comes from the cache.
  const schema = makeSchema(n);
  host.textContent = ''; await tick();
  await mountForm(schema, host, n);
  host.textContent = ''; await tick(); gc(); await tick();
  const again = await mountForm(schema, host, n);
  host.textContent = '';
  return { n, floor: median(floorTimes), mount: median(mountTimes), ready: median(readyTimes), key: median(keyTimes), cachedReady: again.ready, isolated: crossOriginIsolated };
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

const COMPARE_PAGE = `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const tick = () => new Promise((r) => setTimeout(r, 0));
const micro = async () => { for (let i = 0; i < 5; i++) await null; };
const yieldTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
${PAGE_SCHEMA}
function RjsfApp({ schema }) {
  const [data, setData] = React.useState({});
  return <Form schema={schema} formData={data} validator={validator} liveValidate onChange={(e) => setData(e.formData)} />;
}
function JfApp({ schema }) {
  const [data, setData] = React.useState({});
  return <JsonForms schema={schema} data={data} renderers={vanillaRenderers} cells={vanillaCells} onChange={(e) => setData(e.data)} />;
}
const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
async function one(App, schema, host, n) {
  const div = document.createElement('div');
  host.append(div);
  const t = performance.now();
  const root = createRoot(div);
  flushSync(() => root.render(<App schema={schema} />));
  await micro();
  // JSON Forms fills its layout after effects: wait (unclamped yields) until the controls are there.
  for (let i = 0; i < 1000 && div.querySelectorAll('input, select').length < n; i++) await yieldTask();
  void div.offsetHeight;
  const mount = performance.now() - t;
  const inputs = [...div.querySelectorAll('input')].filter((i) => i.type === 'text' || i.type === '');
  const input = inputs[Math.floor(inputs.length / 2)];
  if (!input) throw new Error('no text input rendered: ' + div.innerHTML.slice(0, 300));
  const keys = [];
  for (let k = 0; k < 5; k++) {
    await tick();
    const t0 = performance.now();
    setter.call(input, 'abc'.slice(0, (k % 3) + 1) + k);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await micro();
    await yieldTask(); // effects (JSON Forms validates and re-renders in them)
    void div.offsetHeight;
    keys.push(performance.now() - t0);
  }
  root.unmount();
  div.remove();
  return { mount, key: median(keys) };
}
window.runOther = async (n, runs, warmup) => {
  const host = document.getElementById('host');
  const out = {};
  for (const [name, App] of [['rjsf', RjsfApp], ['jf', JfApp]]) {
    const mounts = [], keys = [];
    try {
      for (let r = 0; r < runs + warmup; r++) {
        await tick(); window.gc?.(); await tick();
        const m = await one(App, makeSchema(n), host, n);
        if (r >= warmup) { mounts.push(m.mount); keys.push(m.key); }
      }
      out[name] = { mount: median(mounts), key: median(keys) };
    } catch (e) {
      host.textContent = '';
      out[name] = { error: String(e.message).slice(0, 60) };
    }
  }
  return out;
};
`;

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
  minify: !process.env.PROFILE, // readable names in the profile
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
  // Cross-origin isolated: performance.now() then has 5 µs resolution instead of 100 µs.
  const isolation = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  };
  if (js !== undefined) res.writeHead(200, { 'Content-Type': 'text/javascript', ...isolation }).end(js);
  else res.writeHead(200, { 'Content-Type': 'text/html', ...isolation }).end(html);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
const url = `http://127.0.0.1:${server.address().port}/`;
const ratio = (a, b) => (a / b).toFixed(2);
try {
  const cold = [];
  for (const n of SIZES) {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await tab.goto(url);
    await tab.waitForFunction(() => typeof window.cold === 'function');
    cold.push(await tab.evaluate((n) => window.cold(n), n));
    await tab.close();
  }
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await tab.goto(url);
  await tab.waitForFunction(() => typeof window.runBench === 'function');
  const rows = [];
  for (const n of SIZES)
    rows.push(await tab.evaluate(([n, runs, w]) => window.runBench(n, runs, w), [n, RUNS, WARMUP]));
  console.log(
    `<ias-form> benchmark, Chromium ${browser.version()}, medians of ${RUNS} runs after ${WARMUP} warm-up runs, GC before each sample, ` +
      `cross-origin isolated timers: ${rows[0].isolated ? 'yes (5 µs)' : 'NO (100 µs)'}\n`,
  );
  console.log(
    'fields   floor      mount      mount×floor  ready      ready×floor  cached ready  keystroke (→ validated ias-change, DOM settled)',
  );
  for (const r of rows) {
    console.log(
      `${String(r.n).padEnd(8)} ${ms(r.floor).padEnd(10)} ${ms(r.mount).padEnd(10)} ${ratio(r.mount, r.floor).padEnd(12)} ${ms(r.ready).padEnd(10)} ${ratio(r.ready, r.floor).padEnd(12)} ${ms(r.cachedReady).padEnd(13)} ${ms(r.key)}`,
    );
  }
  console.log('\ncold (first mount in a fresh page)');
  console.log('fields   floor      mount      mount×floor  ready      ready×floor');
  for (const r of cold) {
    console.log(
      `${String(r.n).padEnd(8)} ${ms(r.floor).padEnd(10)} ${ms(r.mount).padEnd(10)} ${ratio(r.mount, r.floor).padEnd(12)} ${ms(r.ready).padEnd(10)} ${ratio(r.ready, r.floor)}`,
    );
  }
  console.log(
    `\ngoals (issue 17): mount ≤ 1.3× floor: ${rows.every((r) => r.mount / r.floor <= 1.3) ? 'met' : 'NOT met'}; ` +
      `cold mount ≤ 1.5× floor's cold mount: ${cold.every((r) => r.mount / r.floor <= 1.5) ? 'met' : 'NOT met'}`,
  );
  if (COMPARE) await compare(browser, rows);
  if (process.env.PROFILE) await profile(browser);
  const withCompiler = await bundleSize([]);
  const cspPath = await bundleSize(['@ias-kit/core/compile']);
  console.log(
    `\nsize, one form with lit, gzip: ${kb(withCompiler)} with the run-time compiler, ${kb(cspPath)} on the CSP path (precompiled validators)`,
  );
} finally {
  await browser.close();
  server.close();
}

/** Where a warm mount spends its time: a CPU profile of one mount (after 3 warm-up mounts), self time by function. */
async function profile(browser) {
  const n = Number(process.env.PROFILE) || 300;
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await tab.goto(url);
  await tab.waitForFunction(() => typeof window.profileMount === 'function');
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const done = tab.evaluate((n) => window.profileMount(n), n);
  await tab.waitForFunction(() => window.startProfile === true);
  await cdp.send('Profiler.start');
  await tab.evaluate(() => window.profileReady());
  const mount = await done;
  const { profile: p } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = new Map();
  p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const node of p.nodes) {
    const us = dt.get(node.id) ?? 0;
    total += us;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? f.url.replace(/^.*\//, '') + ':' + f.lineNumber : ''}`;
    self.set(key, (self.get(key) ?? 0) + us);
  }
  console.log(
    `\nprofile of one warm mount of ${n} fields (${ms(mount)}), self time, top 15 of ${(total / 1000).toFixed(1)} ms sampled:`,
  );
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
}

/** RJSF 6 and JSON Forms 3.8 on the same schemas (from a scratch folder: never dependencies of the kit). */
async function compare(browser, rows) {
  if (!existsSync(resolve(COMPARE, 'node_modules/@rjsf/core')))
    return console.log(`\nno RJSF in ${COMPARE}: comparison skipped`);
  const app = await build({
    stdin: { contents: COMPARE_PAGE, resolveDir: COMPARE, loader: 'jsx' },
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    logLevel: 'silent',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = app.outputFiles[0].text;
  const srv = createServer((req, res) => {
    const iso = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    };
    if (req.url === '/cmp.js') res.writeHead(200, { 'Content-Type': 'text/javascript', ...iso }).end(js);
    else
      res
        .writeHead(200, { 'Content-Type': 'text/html', ...iso })
        .end(
          '<!doctype html><html lang="de"><body><div id="host"></div><script type="module" src="/cmp.js"></script></body></html>',
        );
  });
  await new Promise((ok) => srv.listen(0, '127.0.0.1', ok));
  try {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await tab.goto(`http://127.0.0.1:${srv.address().port}/`);
    await tab.waitForFunction(() => typeof window.runOther === 'function');
    console.log(
      '\nside by side (same run, medians): mount ms and keystroke ms (→ change handled, DOM settled)',
    );
    console.log(
      'fields   RJSF mount  JSONForms mount  RJSF key   JSONForms key  ias mount×RJSF  ias key×RJSF  ias key×JSONForms',
    );
    for (const r of rows) {
      const o = await tab.evaluate(([n, runs, w]) => window.runOther(n, runs, w), [r.n, RUNS, WARMUP]);
      const m = (x, k) => (x.error ? 'n/a' : ms(x[k]));
      const q = (a, x, k) => (x.error ? 'n/a' : ratio(a, x[k]));
      console.log(
        `${String(r.n).padEnd(8)} ${m(o.rjsf, 'mount').padEnd(11)} ${m(o.jf, 'mount').padEnd(16)} ${m(o.rjsf, 'key').padEnd(10)} ${m(o.jf, 'key').padEnd(14)} ${q(r.mount, o.rjsf, 'mount').padEnd(15)} ${q(r.key, o.rjsf, 'key').padEnd(13)} ${q(r.key, o.jf, 'key')}`,
      );
      for (const [name, x] of Object.entries(o)) if (x.error) console.log(`  ${name}: ${x.error}`);
    }
  } finally {
    srv.close();
  }
}
