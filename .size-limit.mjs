// Size budgets, checked by size-limit (`npm run size`, the `size` step of `npm test`): gzip, limits in KiB
// (size-limit prints kB of 1000 bytes).
//
// 1. What a vendor ships: a production page (esbuild, minified, Lit's production build, code split like a
//    vendor's bundler) with one <ias-form>, and with the whole workspace, each with and without the chunk
//    that compiles schemas at run time (`@ias-kit/core/compile` with Ajv: loaded only when the host passes
//    no precompiled validator; the CSP path never loads it). Everything counted, lit included.
// 2. What each package adds: its public entry points, with the shared dependencies (lit, @lit/*, Ajv, d3
//    modules and the other @ias-kit packages) left out, as the host may already ship them.
//
// Packages resolve to their TypeScript sources through the private `ias-source` condition.
const SHARED = ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'ajv', 'ajv/*', 'ajv-formats', 'd3-*', '@ias-kit/*'];
const COMPILER = ['@ias-kit/core/compile'];

/** esbuild as a vendor's bundler would run it: ES modules, code splitting, production. */
const production = (config) => ({
  ...config,
  format: 'esm',
  splitting: true,
  platform: 'browser',
  target: 'es2022',
  conditions: ['ias-source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: 'tsconfig.json',
  logLevel: 'silent',
});

const page = (name, path, ignore) => ({ name, path, ignore, gzip: true, modifyEsbuildConfig: production });
const pkg = (name, path, kib) => ({
  name,
  path,
  limit: `${kib} KiB`,
  ignore: SHARED,
  gzip: true,
  modifyEsbuildConfig: production,
});
const src = (p, ...files) => files.map((f) => `packages/${p}/src/${f}`);

export default [
  page('page: <ias-form> alone, without the Ajv compiler chunk', '.tools/size/form-page.js', COMPILER),
  page('page: <ias-form> alone, with the Ajv compiler chunk', '.tools/size/form-page.js'),
  page('page: whole workspace, without the Ajv compiler chunk', '.tools/size/workspace-page.js', COMPILER),
  page('page: whole workspace, with the Ajv compiler chunk', '.tools/size/workspace-page.js'),

  pkg('@ias-kit/core', src('core', 'index.ts'), 10),
  pkg('@ias-kit/core/schema', src('core', 'schema/index.ts'), 21),
  pkg('@ias-kit/core/compile', src('core', 'compile.ts'), 15),
  pkg('@ias-kit/core/tasks', src('core', 'tasks/index.ts'), 10),
  pkg('@ias-kit/core/indicators', src('core', 'indicators/index.ts'), 15),
  pkg('@ias-kit/core/access', src('core', 'access/index.ts'), 6),
  pkg(
    '@ias-kit/ui',
    src('ui', 'index.ts', 'status-light/define.ts', 'button/define.ts', 'select/define.ts', 'menu/define.ts'),
    12, // 10 KiB until size-limit: it gzips each chunk apart (the old script gzipped them together)
  ),
  pkg('@ias-kit/form', src('form', 'index.ts', 'form/define.ts'), 25),
  pkg('@ias-kit/assessment', src('assessment', 'index.ts', 'assessment/define.ts'), 25),
  pkg('@ias-kit/plan', src('plan', 'index.ts', 'integration-plan/define.ts'), 25),
  pkg('@ias-kit/tasks', src('tasks', 'index.ts', 'task-list/define.ts'), 25),
  pkg('@ias-kit/timeline', src('timeline', 'index.ts', 'timeline/define.ts'), 35),
  pkg('@ias-kit/indicators', src('indicators', 'index.ts', 'define.ts'), 25),
  pkg('@ias-kit/case', src('case', 'index.ts', 'case/define.ts'), 5),
  pkg('@ias-kit/overlay-editor', src('overlay-editor', 'index.ts', 'overlay-editor/define.ts'), 28),
  pkg('@ias-kit/react', src('react', 'index.ts'), 5),

  page('lit (shared, not budgeted)', '.tools/size/lit.js', []),
  page('ajv 2020 + formats (shared, not budgeted)', '.tools/size/ajv.js', []),
];
