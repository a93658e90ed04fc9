// Builds the dist/ folder of every published element/library package (`npm run build`; prepack runs it):
//  - JavaScript: each source module transpiled by esbuild (not bundled: one .js per .ts, imports kept, so a
//    vendor's bundler tree-shakes per module), Lit's decorators as the root tsconfig compiles them
//    (experimentalDecorators, no define semantics for class fields), source maps with the sources inlined;
//  - declarations: ONE TypeScript program over all packages (`tsconfig.build.json` at the root), so each
//    source is type-checked once instead of once per package that imports it; the .d.ts files are then
//    moved into each package's dist/.
// The CLI builds itself (its bin bundles the sources); the examples are not published.
//
//   node .tools/build.mjs
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = join(root, 'node_modules/.cache/ias-kit-build/types');
const SKIP = ['cli', 'examples'];
const start = Date.now();

const isSource = (f) =>
  f.endsWith('.ts') &&
  !f.endsWith('.d.ts') &&
  !/\.test\.ts$|\.stories\.ts$/.test(f) &&
  !/[/\\](test|testing)[/\\]/.test(f);

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const packages = readdirSync(join(root, 'packages')).filter(
  (d) =>
    !SKIP.includes(d) &&
    existsSync(join(root, 'packages', d, 'package.json')) &&
    existsSync(join(root, 'packages', d, 'src')),
);

// 1. Declarations for all packages, one program.
rmSync(TYPES, { recursive: true, force: true });
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
} catch {
  console.error('build: the declarations did not compile (see above)');
  process.exit(1);
}

// 2. JavaScript per package, then its declarations beside it.
for (const dir of packages) {
  const pkgDir = join(root, 'packages', dir);
  const src = join(pkgDir, 'src');
  const dist = join(pkgDir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const files = walk(src);
  await build({
    entryPoints: files.filter(isSource),
    outdir: dist,
    outbase: src,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    sourcesContent: true,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  // Data files next to the modules (JSON schemas a module may read at build time of a host).
  for (const f of files.filter((f) => f.endsWith('.json') && !/[/\\](test|testing|fixtures)[/\\]/.test(f)))
    cpSync(f, join(dist, relative(src, f)));
  const types = join(TYPES, dir, 'src');
  if (existsSync(types)) cpSync(types, dist, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  if (pkg.types && !existsSync(join(pkgDir, pkg.types))) {
    console.error(`build: ${pkg.name} declares types ${pkg.types}, which were not emitted`);
    process.exit(1);
  }
}
console.log(`build: ${packages.length} packages in ${((Date.now() - start) / 1000).toFixed(1)}s`);
