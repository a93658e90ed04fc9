// The vendors' check: embeds the kit as a vendor does, from the packed packages, outside the workspace.
//
//  1. Packs every public package from the tree (`npm pack`, whose prepack builds dist/, the .d.ts files and
//     custom-elements.json) and checks each tarball: README, LICENSE, package.json, custom-elements.json
//     where declared, every export target present, no TypeScript sources, no workspace-only condition.
//  2. Installs the tarballs into the example apps of packages/examples/<app>/ copied to the OS temp dir
//     (Vite plain, Vite React, Vue 3, Angular 21 standalone); framework packages come from the npm registry.
//  3. Type-checks as a TypeScript host: strict, skipLibCheck false, `bundler` and `node16` resolution, with a
//     file generated from custom-elements.json that listens to every event of every element after importing
//     only the `define.js` entries (each event must be typed, with its fields).
//  4. Runs each app through its dev server (`vite`, `ng serve`) AND its production build (`vite build`,
//     `ng build`, served as static files), and in Debian's Chromium checks: the workspace renders (form,
//     case, timeline, task list, plan), typing in a form field reaches the host's `ias-change` handler, a
//     hostile host sheet does not change our controls inside the shadow roots, our styles do not change the
//     host's own <input>, no console errors or uncaught exceptions.
//
// Cache: each app lives in <tmp>/ias-kit-vendors/<app>-<hash of its package.json, Node and npm versions>/ and
// keeps its node_modules between runs; only the @ias-kit packages, the app sources and the bundlers' caches
// are replaced each run. IAS_VENDORS_CACHE sets another cache folder; IAS_VENDORS_APPS=vite,vue picks apps.
//
//   node .tools/vendors-check.mjs
/* global customElements, getComputedStyle, fetch -- the first two inside functions that run in the page */
import { build as esbuild } from 'esbuild';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = join(root, 'packages/examples');
const CACHE = process.env.IAS_VENDORS_CACHE ?? join(tmpdir(), 'ias-kit-vendors');
const TARBALLS = join(CACHE, 'tarballs');
const SOURCE_CONDITION = 'ias-source';
const TYPED = 'Probe Vendor';

/** The apps: how each is type-checked, built and served. Paths are relative to the app folder. */
const APPS = [
  {
    name: 'vite',
    label: 'Vite (plain)',
    typecheck: [
      ['tsc', '--noEmit'],
      ['tsc', '--noEmit', '-p', 'tsconfig.node16.json'],
    ],
    build: ['vite', 'build', '--logLevel', 'warn'],
    out: 'dist',
    dev: (port) => ['vite', '--port', port, '--strictPort', '--host', '127.0.0.1'],
    events: true,
  },
  {
    name: 'react',
    label: 'Vite + React',
    typecheck: [['tsc', '--noEmit']],
    build: ['vite', 'build', '--logLevel', 'warn'],
    out: 'dist',
    dev: (port) => ['vite', '--port', port, '--strictPort', '--host', '127.0.0.1'],
  },
  {
    name: 'vue',
    label: 'Vue 3',
    typecheck: [],
    build: ['vite', 'build', '--logLevel', 'warn'],
    out: 'dist',
    dev: (port) => ['vite', '--port', port, '--strictPort', '--host', '127.0.0.1'],
  },
  {
    name: 'angular',
    label: 'Angular (standalone)',
    typecheck: [], // `ng build` type-checks the component (strict, strictTemplates)
    build: ['ng', 'build'],
    out: 'dist/browser',
    dev: (port) => ['ng', 'serve', '--port', port, '--host', '127.0.0.1'],
  },
];

const failures = [];
const problem = (m) => failures.push(m);
const fail = (message) => {
  console.error(`vendors-check: FAILED — ${message}`);
  process.exit(1);
};
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)}s`;
const log = (m) => console.log(`vendors-check: ${m}`);

function run(cmd, args, cwd, { env = {}, allowFail = false } = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NG_CLI_ANALYTICS: 'false', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 && !allowFail)
    fail(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${output}`);
  return { status: r.status, output };
}

// ---------------------------------------------------------------------------------------------------
// 1. Pack and inspect the tarballs.

function publicPackages() {
  return readdirSync(join(root, 'packages'))
    .filter((d) => existsSync(join(root, 'packages', d, 'package.json')))
    .map((d) => ({
      dir: d,
      pkg: JSON.parse(readFileSync(join(root, 'packages', d, 'package.json'), 'utf8')),
    }))
    .filter(({ pkg }) => !pkg.private);
}

function pack(packages) {
  rmSync(TARBALLS, { recursive: true, force: true });
  mkdirSync(TARBALLS, { recursive: true });
  run('npm', ['run', '--silent', 'build'], root);
  run(process.execPath, ['.tools/manifest.mjs'], root);
  const args = [
    'pack',
    '--pack-destination',
    TARBALLS,
    '--json',
    ...packages.flatMap((p) => ['-w', p.pkg.name]),
  ];
  const { output } = run('npm', args, root, {
    env: { IAS_PACK_SKIP_MANIFEST: '1', IAS_PACK_SKIP_BUILD: '1' },
  });
  const json = JSON.parse(output.slice(output.indexOf('['), output.lastIndexOf(']') + 1));
  return Object.fromEntries(json.map((t) => [t.name, { file: join(TARBALLS, t.filename), files: t.files }]));
}

function inspect(name, tarball) {
  const files = new Set(tarball.files.map((f) => f.path));
  const where = `${name} tarball`;
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball.file, 'package/package.json'], { encoding: 'utf8' }),
  );
  for (const f of ['package.json', 'README.md', 'LICENSE']) if (!files.has(f)) problem(`${where}: no ${f}`);
  if (manifest.customElements && !files.has(manifest.customElements))
    problem(`${where}: no ${manifest.customElements}`);
  const ts = [...files].filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  if (ts.length) problem(`${where}: ships TypeScript sources (${ts.slice(0, 3).join(', ')}…)`);
  if (JSON.stringify(manifest.exports ?? {}).includes(SOURCE_CONDITION))
    problem(`${where}: its package.json still carries the workspace-only "${SOURCE_CONDITION}" condition`);
  const targets = [manifest.main, manifest.types];
  const walk = (e) => (typeof e === 'string' ? targets.push(e) : e && Object.values(e).forEach(walk));
  walk(manifest.exports);
  for (const t of targets.filter(Boolean)) {
    const path = t.replace(/^\.\//, '');
    const ok = path.includes('*')
      ? [...files].some((f) => f.startsWith(path.slice(0, path.indexOf('*'))))
      : files.has(path);
    if (!ok) problem(`${where}: exports ${t}, which is not in the tarball`);
    if (/\.tsx?$/.test(path) && !path.endsWith('.d.ts')) problem(`${where}: exports TypeScript source ${t}`);
  }
  return { files: files.size, size: statSync(tarball.file).size };
}

// ---------------------------------------------------------------------------------------------------
// 2. The data the apps show (the kit's own sample case and template) and the events file for the type check.

async function kitData() {
  const r = await esbuild({
    entryPoints: [join(root, 'packages/core/src/testing/cases.ts')], // the kit's shared sample cases
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    conditions: [SOURCE_CONDITION],
    logLevel: 'silent',
  });
  const cases = await import(
    `data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`
  );
  const sample = cases.SAMPLE_CASES.find((c) => c.id === 'c07') ?? cases.SAMPLE_CASES[0];
  const template = JSON.parse(
    readFileSync(join(root, 'schemas/forms/sem-kurzassessment-1.1.0.schema.json'), 'utf8'),
  );
  return JSON.stringify({
    today: cases.SAMPLE_TODAY,
    case: sample,
    providers: cases.SAMPLE_PROVIDERS,
    template,
  });
}

/**
 * A TypeScript host that imports only the `define.js` entries and listens to every documented event of
 * every element: each event must be in `GlobalEventHandlersEventMap`, and its first own field readable.
 */
function eventsFile(packages) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const classes = new Map();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
  const defines = new Map(); // tag → import specifier
  for (const { dir, pkg } of packages) {
    for (const [key, entry] of Object.entries(pkg.exports ?? {})) {
      const src = entry?.[SOURCE_CONDITION];
      if (!key.endsWith('define.js') || !src) continue;
      const text = readFileSync(join(root, 'packages', dir, src), 'utf8');
      for (const [, tag] of text.matchAll(/\.define\(\s*'(ias-[\w-]+)'/g))
        defines.set(tag, `${pkg.name}/${key.slice(2)}`);
    }
  }
  let imports = '';
  let body = '';
  let events = 0;
  for (const spec of new Set(defines.values())) imports += `import '${spec}';\n`;
  for (const [tag] of [...defines].sort()) {
    const el = [...classes.values()].find((c) => c.tagName === tag && c.customElement);
    if (!el) continue;
    const v = tag.replace(/-(\w)/g, (_, c) => c.toUpperCase());
    body += `const ${v}: HTMLElementTagNameMap['${tag}'] = document.createElement('${tag}');\n`;
    for (const e of new Map((el.events ?? []).filter((e) => e.name).map((e) => [e.name, e])).values()) {
      // One name has one type in the global map: an element's subclass of a shared event (`ias-change`'s
      // IasAssessmentChangeEvent) is typed as the shared class, so check a field of that one.
      let cls = classes.get(e.type?.text ?? '');
      const base = classes.get(cls?.superclass?.name ?? '');
      if (base && base.name !== 'IasEvent') cls = base;
      const field = cls?.members?.find(
        (m) => m.kind === 'field' && !m.static && !m.privacy && !m.inheritedFrom,
      )?.name;
      body += `${v}.addEventListener('${e.name}', (e) => {\n  const typed: GlobalEventHandlersEventMap['${e.name}'] = e;\n`;
      body += field ? `  void typed.${field};\n});\n` : `  void typed;\n});\n`;
      events++;
    }
  }
  return {
    text: `// Generated by .tools/vendors-check.mjs: every event of every element, with only the define imports.\n${imports}\n${body}export {};\n`,
    events,
    elements: defines.size,
  };
}

// ---------------------------------------------------------------------------------------------------
// 3. Install an app.

function appDir(app) {
  const src = join(EXAMPLES, app.name);
  const npmVersion = run('npm', ['--version'], root).output.trim();
  const key = createHash('sha256')
    .update(readFileSync(join(src, 'package.json')))
    .update(`${process.version} npm ${npmVersion}`)
    .digest('hex')
    .slice(0, 12);
  return { src, dir: join(CACHE, `${app.name}-${key}`) };
}

function install(app, tarballs, data, events) {
  const { src, dir } = appDir(app);
  const cold = !existsSync(join(dir, 'node_modules'));
  mkdirSync(dir, { recursive: true });
  // Fresh sources and no stale build output or pre-bundled @ias-kit code from the last run.
  for (const f of readdirSync(dir))
    if (f !== 'node_modules') rmSync(join(dir, f), { recursive: true, force: true });
  for (const stale of ['node_modules/@ias-kit', 'node_modules/.vite', 'node_modules/.cache'])
    rmSync(join(dir, stale), { recursive: true, force: true });
  cpSync(src, dir, { recursive: true, filter: (p) => !/[/\\](node_modules|dist|\.angular)$/.test(p) });
  // Every @ias-kit package from its tarball (their dependencies on each other resolve to these).
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const name of Object.keys(pkg.dependencies ?? {}))
    if (name.startsWith('@ias-kit/')) delete pkg.dependencies[name];
  for (const [name, t] of Object.entries(tarballs)) pkg.dependencies[name] = `file:${t.file}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  writeFileSync(join(dir, 'src/kit-data.json'), data);
  if (app.events) writeFileSync(join(dir, 'src/all-events.ts'), events);
  const start = Date.now();
  run(
    'npm',
    ['install', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    dir,
  );
  return { dir, cold, installed: secs(start) };
}

const bin = (dir, cmd) => join(dir, 'node_modules/.bin', cmd);

// ---------------------------------------------------------------------------------------------------
// 4. Serve and look.

const HOSTILE = `
input, button, select, textarea { background: rgb(255, 0, 0) !important; border: 4px dashed rgb(255, 0, 0) !important;
  padding: 17px !important; margin: 13px !important; box-shadow: 0 0 0 6px rgb(255, 0, 0) !important;
  border-radius: 0 !important; font-family: monospace !important; }
* { margin: 9px; outline: 5px solid rgb(255, 0, 0); }
[part], [class], li, div, section, table, td, th, span { padding: 11px; background-color: rgb(255, 0, 0); }
`;
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
  'font-family',
];
const HOST_PROPS = [
  ...INNER_PROPS,
  'font-size',
  'color',
  'line-height',
  'box-sizing',
  'display',
  'letter-spacing',
];
const BLANK =
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,">' +
  '<style>body { margin: 1rem 2rem; }</style></head><body><label>Search <input id="host-input" type="search"></label></body></html>';

/** In the page: computed styles of the host's input and of controls inside our shadow roots. */
function measure({ innerProps, hostProps }) {
  const pick = (el, props) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  };
  const deep = (node, sel) => {
    const hit = node.querySelector(sel);
    if (hit) return hit;
    for (const el of node.querySelectorAll('*')) {
      const inner = el.shadowRoot && deep(el.shadowRoot, sel);
      if (inner) return inner;
    }
    return null;
  };
  const inner = {
    'form input': deep(document.querySelector('ias-form').shadowRoot, 'input[type="text"]'),
    'plan button': deep(document.querySelector('ias-integration-plan').shadowRoot, 'button'),
    'task-list [part=row]': document.querySelector('ias-task-list').shadowRoot.querySelector('[part~="row"]'),
    'timeline button': deep(document.querySelector('ias-timeline').shadowRoot, 'button'),
  };
  const out = {};
  for (const [name, el] of Object.entries(inner)) out[name] = el ? pick(el, innerProps) : null;
  return { inner: out, host: pick(document.querySelector('#host-input'), hostProps) };
}

const diff = (a, b) =>
  Object.keys(a)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}: ${a[k]} → ${b[k]}`);

async function visit(browser, url, where, blankHost) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  tab.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const p = (m) => problem(`${where}: ${m}`);
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const rendered = await tab
      .waitForFunction(
        () => {
          const tags = ['ias-form', 'ias-case', 'ias-timeline', 'ias-task-list', 'ias-integration-plan'];
          const form = document.querySelector('ias-form');
          const list = document.querySelector('ias-task-list');
          const plan = document.querySelector('ias-integration-plan');
          const deepInput = (node) =>
            node.querySelector('input[type="text"]') ||
            [...node.querySelectorAll('*')].some((el) => el.shadowRoot && deepInput(el.shadowRoot));
          return (
            tags.every((t) => customElements.get(t)) &&
            form?.shadowRoot &&
            deepInput(form.shadowRoot) &&
            plan?.shadowRoot?.querySelector('details') &&
            list?.shadowRoot?.querySelector('[part~="row"]') &&
            document.querySelector('ias-timeline')?.items?.length > 0
          );
        },
        undefined,
        { timeout: 60_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!rendered) {
      const state = await tab.evaluate(() =>
        ['ias-form', 'ias-case', 'ias-timeline', 'ias-task-list', 'ias-integration-plan']
          .map(
            (t) =>
              `${t}: ${customElements.get(t) ? 'defined' : 'undefined'}, ${document.querySelector(t)?.shadowRoot?.childElementCount ?? 'no shadow root'}`,
          )
          .join('; '),
      );
      p(`the workspace did not render (${state})${errors.length ? ` — ${errors.join(' | ')}` : ''}`);
      return false;
    }

    // Ours do not leak out; the host's do not leak in.
    const before = await tab.evaluate(measure, { innerProps: INNER_PROPS, hostProps: HOST_PROPS });
    const out = diff(blankHost, before.host);
    if (out.length) p(`our styles leak out: the host <input> differs from a blank page (${out.join('; ')})`);
    await tab.addStyleTag({ content: HOSTILE });
    const after = await tab.evaluate(measure, { innerProps: INNER_PROPS, hostProps: HOST_PROPS });
    if (after.host['background-color'] !== 'rgb(255, 0, 0)')
      p('control failed: the hostile sheet did not restyle the host <input>');
    let compared = 0;
    for (const [el, style] of Object.entries(before.inner)) {
      if (!style) continue;
      compared++;
      const d = diff(style, after.inner[el]);
      if (d.length) p(`host styles leak into ${el}: ${d.join('; ')}`);
    }
    if (compared < 4) p(`only ${compared} of 4 controls inside shadow roots were found to compare`);

    // Typing in a form field reaches the host's ias-change handler (and the host re-renders its count).
    const input = await tab.evaluateHandle(() => {
      const deep = (node) => {
        const hit = node.querySelector('input[type="text"]');
        if (hit) return hit;
        for (const el of node.querySelectorAll('*')) {
          const inner = el.shadowRoot && deep(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      return deep(document.querySelector('ias-form').shadowRoot);
    });
    const changesBefore = await tab.evaluate(() => window.__ias?.changes?.length ?? -1);
    if (changesBefore < 0) p('the app did not expose window.__ias.changes');
    await input.asElement().click();
    await tab.keyboard.type(TYPED);
    await tab.keyboard.press('Tab');
    const reached = await tab
      .waitForFunction(
        ([n, typed]) =>
          window.__ias.changes.length > n && JSON.stringify(window.__ias.changes.at(-1)).includes(typed),
        [changesBefore, TYPED],
        { timeout: 10_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!reached) p(`typing "${TYPED}" into the form did not reach the host's ias-change handler`);
    else {
      const shown = await tab
        .waitForFunction(() => Number(document.querySelector('#changes')?.textContent) > 0, undefined, {
          timeout: 5_000,
        })
        .then(() => true)
        .catch(() => false);
      if (!shown) p('the host did not re-render after the change (#changes still 0)');
    }
    if (errors.length) p(`errors in the page: ${errors.join(' | ')}`);
    return reached;
  } finally {
    await tab.close();
  }
}

function staticServer(dir, blank) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/__blank.html') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(blank);
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      return void res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/** Starts a dev server and waits until it answers with the page. */
async function devServer(app, dir) {
  const port = await freePort();
  const [cmd, ...args] = app.dev(String(port));
  const child = spawn(bin(dir, cmd), args, {
    cwd: dir,
    detached: true,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NG_CLI_ANALYTICS: 'false', CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  // Generous: a first `ng serve` on a loaded two-core machine takes minutes.
  const deadline = Date.now() + 420_000;
  for (;;) {
    if (child.exitCode !== null) fail(`${app.label} dev server exited ${child.exitCode}:\n${output}`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      process.kill(-child.pid, 'SIGTERM');
      fail(`${app.label} dev server did not answer at ${url} within 7 minutes:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  return { url, stop, output: () => output };
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const start = Date.now();
  if (!existsSync(CHROMIUM))
    fail(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set IAS_CHROMIUM)`);
  const only = process.env.IAS_VENDORS_APPS?.split(',');
  const apps = APPS.filter((a) => !only || only.includes(a.name));
  const packages = publicPackages();

  const packed = pack(packages);
  const sizes = [];
  for (const [name, t] of Object.entries(packed)) {
    const { files, size } = inspect(name, t);
    sizes.push(`${name.replace('@ias-kit/', '')} ${(size / 1024).toFixed(0)} kB/${files}`);
  }
  log(`packed ${Object.keys(packed).length} packages in ${secs(start)} (${sizes.join(', ')})`);
  const data = await kitData();
  const events = eventsFile(packages);

  mkdirSync(join(CACHE, 'blank'), { recursive: true });
  const blankServer = await staticServer(join(CACHE, 'blank'), BLANK);
  const blankUrl = `http://127.0.0.1:${blankServer.address().port}/__blank.html`;
  const browser = await launchChromium();
  const summary = [];
  try {
    const blank = await browser.newPage();
    await blank.goto(blankUrl);
    const blankHost = await blank.evaluate((props) => {
      const cs = getComputedStyle(document.querySelector('#host-input'));
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }, HOST_PROPS);
    await blank.close();

    for (const app of apps) {
      const t0 = Date.now();
      const { dir, cold, installed } = install(app, packed, data, events.text);
      for (const [cmd, ...args] of app.typecheck) {
        const r = run(bin(dir, cmd), args, dir, { allowFail: true });
        if (r.status !== 0)
          problem(`${app.label}: ${cmd} ${args.join(' ')} fails for a TypeScript host:\n${r.output}`);
      }
      const t1 = Date.now();
      const [cmd, ...args] = app.build;
      const built = run(bin(dir, cmd), args, dir, { allowFail: true });
      if (built.status !== 0) problem(`${app.label}: ${app.build.join(' ')} failed:\n${built.output}`);
      else {
        const warnings = built.output.split('\n').filter((l) => /\bWARNING\b|CommonJS|\(!\)/.test(l));
        if (warnings.length) problem(`${app.label}: ${app.build.join(' ')} warns:\n${warnings.join('\n')}`);
        const server = await staticServer(join(dir, app.out), BLANK);
        try {
          await visit(
            browser,
            `http://127.0.0.1:${server.address().port}/`,
            `${app.label}, production build`,
            blankHost,
          );
        } finally {
          server.close();
        }
      }
      const t2 = Date.now();
      const dev = await devServer(app, dir);
      try {
        const ok = await visit(
          browser,
          dev.url,
          `${app.label}, dev server (${app.dev('PORT').slice(0, 2).join(' ')})`,
          blankHost,
        );
        if (!ok && process.env.IAS_VENDORS_VERBOSE) console.error(dev.output());
      } finally {
        dev.stop();
      }
      summary.push(
        `${app.label}: install ${installed} (${cold ? 'cold' : 'cached'}), build+check ${((t2 - t1) / 1000).toFixed(1)}s, dev server+check ${secs(t2)}, ${secs(t0)} in all`,
      );
      log(summary.at(-1));
    }
  } finally {
    await browser.close();
    blankServer.close();
  }
  if (failures.length) {
    console.error(`vendors-check: FAILED (${failures.length})\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  log(
    `OK — ${Object.keys(packed).length} tarballs complete; ${apps.map((a) => a.label).join(', ')} render through their dev server and ` +
      `production build, typing reaches the host's ias-change handler, no style leaks either way, no console errors; ` +
      `${events.events} events of ${events.elements} elements typed from the define imports alone (strict, skipLibCheck false, bundler and node16); ${secs(start)} in all`,
  );
}

main().catch((e) => fail(e?.stack ?? String(e)));
