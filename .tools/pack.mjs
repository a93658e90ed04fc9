// `prepack` / `postpack` of every published package (npm runs them around `npm pack` and `npm publish`,
// in the package's folder):
//
//   node ../../.tools/pack.mjs prepack    build dist/ (JS and .d.ts) and custom-elements.json, then write the
//                                         package.json that ships: workspace-only entries stripped
//   node ../../.tools/pack.mjs postpack   put the workspace package.json back
//
// Workspace-only entries are the private `ias-source` export condition (our TypeScript sources, read by our
// own Vite, Storybook, web-test-runner, vitest and tsconfig), export subpaths that have no other condition
// (test helpers such as `./test/index.js`, `./testing`), `sideEffects` globs under `src/`, and the `ias`
// field. So a vendor's dev server and bundler only ever see compiled JavaScript, and every export of the
// tarball points at a file that is in it (the packed package.json is checked against the packed files).
//
// IAS_PACK_SKIP_BUILD=1 and IAS_PACK_SKIP_MANIFEST=1 skip building dist/ and regenerating
// custom-elements.json (the vendors' check runs `npm run build` and the analyzer once before packing all).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.cwd();
const FILE = join(dir, 'package.json');
const BACKUP = join(dir, '.package.workspace.json');
const SOURCE = 'ias-source';
const name = relative(root, dir);

const fail = (message) => {
  console.error(`pack (${name}): ${message}`);
  process.exit(1);
};

/** The package.json a vendor installs: compiled entry points only. */
export function packedManifest(pkg) {
  const out = JSON.parse(JSON.stringify(pkg));
  delete out.ias;
  delete out.devDependencies;
  if (out.exports && typeof out.exports === 'object') {
    for (const [key, entry] of Object.entries(out.exports)) {
      if (!entry || typeof entry !== 'object') continue;
      delete entry[SOURCE];
      if (!Object.keys(entry).length) delete out.exports[key];
    }
  }
  if (Array.isArray(out.sideEffects))
    out.sideEffects = out.sideEffects.filter((glob) => !/^(\.\/)?src\//.test(glob));
  return out;
}

/** Every file the packed exports, `main`, `types` and `bin` name (wildcards as their folder). */
function namedFiles(pkg) {
  const targets = [pkg.main, pkg.types, ...Object.values(pkg.bin ?? {})];
  const walk = (e) => {
    if (typeof e === 'string') targets.push(e);
    else if (e && typeof e === 'object') Object.values(e).forEach(walk);
  };
  walk(pkg.exports);
  return targets.filter(Boolean).map((t) => (t.includes('*') ? dirname(t) : t));
}

function prepack() {
  if (existsSync(BACKUP)) fail(`${BACKUP} exists: a previous pack did not finish; restore it by hand`);
  const text = readFileSync(FILE, 'utf8');
  const pkg = JSON.parse(text);
  if (pkg.private) fail('private packages are not packed');

  // 1. JavaScript and declarations (the build starts from a clean dist/).
  if (pkg.scripts?.build && !process.env.IAS_PACK_SKIP_BUILD)
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: 'inherit' });

  // 2. The custom-elements manifest, with module paths pointing at the shipped JavaScript.
  if (pkg.customElements) {
    if (!process.env.IAS_PACK_SKIP_MANIFEST)
      execFileSync(process.execPath, ['.tools/manifest.mjs'], { cwd: root, stdio: 'inherit' });
    const file = join(dir, pkg.customElements);
    if (!existsSync(file)) fail(`${pkg.customElements} was not generated`);
    const own = new RegExp(`"(path|module)": "(?:/?${name}/)?/?src/([^"]+)\\.[jt]s"`, 'g');
    const manifest = readFileSync(file, 'utf8').replace(own, (_, key, path) => `"${key}": "dist/${path}.js"`);
    writeFileSync(file, manifest);
  }

  // 3. The shipped package.json; every entry point must exist.
  const packed = packedManifest(pkg);
  const missing = namedFiles(packed).filter((f) => !existsSync(join(dir, f)));
  if (missing.length) fail(`the packed package.json names files that were not built: ${missing.join(', ')}`);
  const shipped = (packed.files ?? []).map((f) => f.replace(/^\.\//, '').replace(/\/$/, ''));
  const unshipped = namedFiles(packed)
    .map((f) => f.replace(/^\.\//, ''))
    .filter((f) => f !== 'package.json' && !shipped.some((s) => f === s || f.startsWith(`${s}/`)));
  if (unshipped.length) fail(`exported but not in "files": ${unshipped.join(', ')}`);
  for (const f of ['README.md', 'LICENSE']) if (!existsSync(join(dir, f))) fail(`no ${f}`);
  copyFileSync(FILE, BACKUP);
  writeFileSync(FILE, JSON.stringify(packed, null, 2) + '\n');
}

function postpack() {
  if (existsSync(BACKUP)) renameSync(BACKUP, FILE);
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const step = process.argv[2];
  if (step === 'prepack') prepack();
  else if (step === 'postpack') postpack();
  else fail('usage: node ../../.tools/pack.mjs prepack|postpack');
}
