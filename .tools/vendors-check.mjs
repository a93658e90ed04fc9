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
/* global getComputedStyle, fetch -- the first inside a function that runs in the page */
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
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchChromium } from './chromium.mjs';
import { BLANK, HOST_PROPS, staticServer, visit } from './vendors/page.mjs';

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

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/** What a dev server prints when the app does not compile (Angular's esbuild builder, TypeScript, Vite). */
const COMPILE_ERROR =
  /✘ \[ERROR\]|Application bundle generation failed|\berror TS\d+|\[vite\] Internal server error/;

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
    // A compile error never turns into an answering server (`ng serve` keeps watching): fail at once.
    if (COMPILE_ERROR.test(output)) {
      process.kill(-child.pid, 'SIGTERM');
      fail(`${app.label} dev server reports a compile error:\n${output}`);
    }
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

/**
 * One run at a time per cache folder: two concurrent runs would replace each other's tarballs and app sources.
 * The lock is a folder holding the owner's pid; a lock whose owner is gone is taken over.
 */
async function lockCache() {
  const lock = join(CACHE, '.lock');
  mkdirSync(CACHE, { recursive: true });
  for (let waited = 0; ; waited++) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      const release = () => rmSync(lock, { recursive: true, force: true });
      process.on('exit', release);
      return;
    } catch {
      const owner = Number(readFileSync(join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      let alive;
      try {
        alive = owner > 0 && process.kill(owner, 0);
      } catch {
        alive = false;
      }
      if (!alive && waited > 0) rmSync(lock, { recursive: true, force: true });
      else if (waited % 30 === 0)
        log(
          `waiting for another run (pid ${owner}) that uses ${CACHE} (IAS_VENDORS_CACHE picks another folder)`,
        );
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

async function main() {
  const start = Date.now();
  await lockCache();
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
            { problem, typed: TYPED },
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
          { problem, typed: TYPED },
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
