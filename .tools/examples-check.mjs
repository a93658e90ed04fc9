// Proves that a vendor can embed the elements: builds packages/examples (the plain page with esbuild, the
// React page with `vite build`), serves both from 127.0.0.1 and drives Debian's Chromium through each:
//  - the case workspace renders (<ias-case> with timeline, task list and plan editor);
//  - an edit in the plan editor (a measure's planned start) reaches the host's handler (plain:
//    addEventListener('ias-case-change'); React: the onIasCaseChange prop of @ias-kit/react) and moves the
//    measure on the timeline;
//  - host styles do not leak in: a hostile host sheet (`input { background: red }`, `* { margin … }`, …)
//    leaves the computed style of our controls inside the shadow roots unchanged, while it does restyle the
//    host's own <input> (the control that shows the sheet applied);
//  - ours do not leak out: the host's <input> has the same computed style as on a blank page;
//  - no console errors and no uncaught exceptions;
//  - and, first, that the examples type-check (packages/examples/tsconfig.json, JSX included), so the typed
//    props and `on*` handlers of @ias-kit/react are used as a vendor's compiler would see them.
//
//   node .tools/examples-check.mjs        (needs /usr/bin/chromium; see docs/toolchain.md)
/* global getComputedStyle, customElements, Event -- used inside functions that run in the page */
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { CHROMIUM, launchChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = resolve(root, 'packages/examples');
const NEW_START = ['01.06.2027', '2027-06-01']; // typed as a case worker would, stored as a calendar date

/**
 * A careless host sheet: element and universal selectors, with !important where it hurts. The universal
 * rule sets only non-inherited properties: an inherited one (`* { font-family: monospace }`) matches our
 * host elements themselves, which are in the page, and reaches inside by CSS inheritance, as it would for
 * any element; that is the page choosing the font of its widgets, not a selector leaking in.
 * Sizes are not compared: they follow the space the host gives the element.
 */
const HOSTILE = `
input, button, select, textarea { background: rgb(255, 0, 0) !important; border: 4px dashed rgb(255, 0, 0) !important;
  padding: 17px !important; margin: 13px !important; box-shadow: 0 0 0 6px rgb(255, 0, 0) !important;
  border-radius: 0 !important; font-family: monospace !important; }
* { margin: 9px; outline: 5px solid rgb(255, 0, 0); }
[part], [class], li, div, section, table, td, th, span { padding: 11px; background-color: rgb(255, 0, 0); }
`;
/** Non-inherited properties compared inside the shadow roots. */
const INNER_PROPS = [
  'background-color',
  'border-top-style',
  'border-top-width',
  'border-top-color',
  'padding-top',
  'padding-left',
  'margin-top',
  'box-shadow',
  'outline-style',
  'border-top-left-radius',
  'font-family', // the element rule below sets it; only an inherited value from the host element may reach inside
];
/** Properties of the host's own <input> compared against a blank page (inherited ones included). */
const HOST_PROPS = [
  ...INNER_PROPS,
  'font-family',
  'font-size',
  'color',
  'line-height',
  'box-sizing',
  'display',
  'letter-spacing',
];

const failures = [];
const fail = (message) => {
  console.error(`examples-check: FAILED — ${message}`);
  process.exit(1);
};

/** Type-checks the examples with the project's TypeScript (the root tsconfig does not cover .tsx). */
function typecheck() {
  return new Promise((ok) =>
    execFile(
      process.execPath,
      [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', join(EXAMPLES, 'tsconfig.json'), '--noEmit'],
      { cwd: root },
      (error, stdout, stderr) => {
        if (error) fail(`the examples do not type-check:\n${stdout}${stderr}`);
        ok();
      },
    ),
  );
}

/** Builds the plain page with esbuild: main.ts → main.js, index.html pointed at it. */
async function buildPlain(out) {
  const r = await esbuild({
    entryPoints: [join(EXAMPLES, 'plain/main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['ias-source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    outfile: join(out, 'main.js'),
  }).catch((e) => fail(`esbuild could not bundle packages/examples/plain/main.ts: ${e.message}`));
  const html = readFileSync(join(EXAMPLES, 'plain/index.html'), 'utf8');
  if (!html.includes('src="./main.ts"')) fail('plain/index.html no longer loads ./main.ts');
  return {
    '/plain/index.html': ['text/html', html.replace('src="./main.ts"', 'src="./main.js"')],
    '/plain/main.js': ['text/javascript', r.outputFiles[0].text],
  };
}

/** Builds the React page with `vite build` and its config into a temporary folder. */
async function buildReact(out) {
  try {
    await viteBuild({
      configFile: join(EXAMPLES, 'react/vite.config.ts'),
      logLevel: 'error',
      build: { outDir: out },
    });
  } catch (e) {
    fail(`vite build of packages/examples/react failed: ${e.message}`);
  }
  const files = {};
  const walk = (dir, prefix) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else {
        const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(name)];
        files[`/react/${prefix}${name}`] = [type ?? 'application/octet-stream', readFileSync(path, 'utf8')];
      }
    }
  };
  walk(out, '');
  if (!files['/react/index.html']) fail('vite build wrote no index.html');
  return files;
}

/** In the page: computed styles of the host input and of controls inside our shadow roots. */
function measure({ innerProps, hostProps, index }) {
  const pick = (el, props) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  };
  const plan = document.querySelector('ias-integration-plan');
  const list = document.querySelector('ias-task-list');
  const timeline = document.querySelector('ias-timeline');
  const inner = {
    'plan input (planned start)': plan.shadowRoot.querySelector(`#f-measures-${index}-plannedStart`),
    'plan button': plan.shadowRoot.querySelector('button'),
    'plan [part=base]': plan.shadowRoot.querySelector('[part~="base"]'),
    'task-list button': list.shadowRoot.querySelector('button'),
    'task-list [part=row]': list.shadowRoot.querySelector('[part~="row"]'),
    'timeline button': timeline.shadowRoot.querySelector('button'),
  };
  const out = {};
  for (const [name, el] of Object.entries(inner)) out[name] = el ? pick(el, innerProps) : null;
  return { inner: out, host: pick(document.querySelector('#host-input'), hostProps) };
}

const diff = (a, b) =>
  Object.keys(a)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}: ${a[k]} → ${b[k]}`);

async function visit(browser, base, name, path, blankHost) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  tab.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  tab.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  const problem = (m) => failures.push(`${name}: ${m}`);
  try {
    await tab.goto(`${base}${path}`);
    // 1. It renders: the four elements are defined, have shadow roots with content, and show the case.
    await tab
      .waitForFunction(
        () => {
          const plan = document.querySelector('ias-integration-plan');
          const list = document.querySelector('ias-task-list');
          return (
            ['ias-case', 'ias-timeline', 'ias-task-list', 'ias-integration-plan'].every((t) =>
              customElements.get(t),
            ) &&
            plan?.shadowRoot?.querySelector('details') &&
            list?.shadowRoot?.querySelector('[part~="row"]') &&
            document.querySelector('ias-timeline')?.items?.length > 0
          );
        },
        undefined,
        { timeout: 10_000 },
      )
      .catch(() =>
        problem('the workspace did not render (elements, plan sections, task rows, timeline items)'),
      );
    const rendered = await tab.evaluate(() => ({
      rows:
        document.querySelector('ias-task-list')?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0,
      items: document.querySelector('ias-timeline')?.items?.length ?? 0,
      person: document.querySelector('#person')?.textContent?.trim() ?? '',
    }));
    if (!rendered.person || rendered.person === 'Case') problem('the host did not show the person');

    // Open the plan's sections; pick the first measure that has not started (its planned start is shown).
    const index = await tab.evaluate(async () => {
      const plan = document.querySelector('ias-integration-plan');
      plan.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true));
      await plan.updateComplete;
      return document.querySelector('ias-case').case.plan?.measures.findIndex((m) => !m.actualStart) ?? -1;
    });
    if (index < 0) {
      problem('the sample case has no measure that has not started');
      return {};
    }
    const hasInput = await tab.evaluate(
      (i) =>
        !!document
          .querySelector('ias-integration-plan')
          .shadowRoot.querySelector(`#f-measures-${i}-plannedStart`),
      index,
    );
    if (!hasInput) problem(`the plan editor shows no planned-start input for measure ${index}`);

    // 2. Ours do not leak out: the host input looks as on a blank page.
    const before = await tab.evaluate(measure, { innerProps: INNER_PROPS, hostProps: HOST_PROPS, index });
    const out = diff(blankHost, before.host);
    if (out.length)
      problem(`our styles leak out: the host <input> differs from a blank page (${out.join('; ')})`);

    // 3. Host styles do not leak in: add the hostile sheet and compare our controls.
    await tab.addStyleTag({ content: HOSTILE });
    const after = await tab.evaluate(measure, { innerProps: INNER_PROPS, hostProps: HOST_PROPS, index });
    if (after.host['background-color'] !== 'rgb(255, 0, 0)')
      problem('control failed: the hostile sheet did not even restyle the host <input>');
    let compared = 0;
    for (const [el, style] of Object.entries(before.inner)) {
      if (!style) continue;
      compared++;
      const d = diff(style, after.inner[el]);
      if (d.length) problem(`host styles leak into ${el}: ${d.join('; ')}`);
    }
    if (compared < 4) problem(`only ${compared} controls inside shadow roots were found to compare`);

    // 4. An edit in the plan editor reaches the host's handler and moves the measure on the timeline.
    const edit = await tab.evaluate(
      async ([typed, i]) => {
        const input = document
          .querySelector('ias-integration-plan')
          .shadowRoot.querySelector(`#f-measures-${i}-plannedStart`);
        const id = document.querySelector('ias-case').case.plan.measures[i].id;
        input.value = typed;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        for (let i = 0; i < 100 && !window.__edits.length; i++) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 50)); // React re-renders, the timeline updates
        const timeline = document.querySelector('ias-timeline');
        await timeline.updateComplete;
        return {
          edits: window.__edits,
          listed: [...document.querySelectorAll('#edits li')].map((li) => li.textContent),
          onTimeline: timeline.items.find((i) => i.kind === 'measure' && i.measure.id === id)?.start,
        };
      },
      [NEW_START[0], index],
    );
    const last = edit.edits.at(-1);
    if (!last) problem("the edit did not reach the host's ias-case-change handler");
    else {
      if (last.source !== 'ias-integration-plan')
        problem(`edit came from ${last.source}, not the plan editor`);
      if (last.plannedStarts[index] !== NEW_START[1])
        problem(`the host got planned start ${last.plannedStarts[index]}, expected ${NEW_START[1]}`);
      if (!edit.listed.some((t) => t.includes(NEW_START[1])))
        problem('the host page did not list the saved edit');
    }
    if (edit.onTimeline !== NEW_START[1])
      problem(`the measure starts ${edit.onTimeline} on the timeline, expected ${NEW_START[1]}`);

    // 5. No console errors.
    if (errors.length) problem(`errors in the page: ${errors.join(' | ')}`);
    return { ...rendered, edits: edit.edits.length, compared };
  } finally {
    await tab.close();
  }
}

async function main() {
  const start = Date.now();
  if (!existsSync(CHROMIUM))
    fail(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set IAS_CHROMIUM)`);
  const tmp = mkdtempSync(join(tmpdir(), 'ias-examples-'));
  let files;
  try {
    const [plain, react] = await Promise.all([buildPlain(tmp), buildReact(join(tmp, 'react')), typecheck()]);
    files = {
      ...plain,
      ...react,
      '/blank.html': [
        'text/html',
        '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,"></head>' +
          '<body><label>Search <input id="host-input" type="search"></label></body></html>',
      ],
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const built = ((Date.now() - start) / 1000).toFixed(1);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files[path];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': `${file[0]}; charset=utf-8`, 'Cache-Control': 'no-store' });
    res.end(file[1]);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const results = {};
  try {
    const blank = await browser.newPage();
    await blank.goto(`${base}/blank.html`);
    const blankHost = await blank.evaluate((props) => {
      const cs = getComputedStyle(document.querySelector('#host-input'));
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }, HOST_PROPS);
    await blank.close();
    results.plain = await visit(browser, base, 'plain page', '/plain/index.html', blankHost);
    results.react = await visit(browser, base, 'React page', '/react/index.html', blankHost);
  } finally {
    await browser.close();
    server.close();
  }
  if (failures.length) {
    console.error(`examples-check: FAILED (${failures.length})\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  const line = (r) =>
    `${r.rows} task rows, ${r.items} timeline items, ${r.compared} shadow controls unchanged`;
  console.log(
    `examples-check: OK — plain (${line(results.plain)}) and React (${line(results.react)}) pages render, ` +
      `a plan edit reached the host's handler and moved the measure on the timeline, no style leaks either way, ` +
      `no console errors; type-checked and built in ${built}s, ${secs}s in all`,
  );
}

main().catch((e) => fail(e?.stack ?? String(e)));
