// Precompiles JSON Schema form templates into CSP-safe standalone validator modules (no `new Function`
// at run time): packages/form/generated/<name>.validator.js (+ .d.ts), deterministic output.
//
//   node .tools/build-validators.mjs                 every schemas/forms/*.schema.json, each with every overlay of
//                                                    schemas/overlays/ that checkOverlay accepts for it
//                                                    (<template>+<overlay>.validator.js), and the test fixtures
//   node .tools/build-validators.mjs a.schema.json   only these files
//   node .tools/build-validators.mjs --check         fail when a generated file is missing, stale or orphaned
//
// Each module exports `validate` (the root), `cond0`, `cond1`, … (every `if`, `oneOf`/`anyOf` alternative
// and `dependentSchemas`/`dependencies` entry, in document order), `pointers` (schema pointer → export
// name), `draft` and `hash` (of the schema, checked by `fromStandalone`). Use it with
// `fromStandalone(await import('…/x.validator.js'), schema)` from @ias-kit/core.
import { build, transform } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'packages/form/generated');
const formsDir = join(root, 'schemas/forms');
const overlaysDir = join(root, 'schemas/overlays');
/** Schemas outside schemas/forms that get a generated validator too (the CSP check uses this one). */
const FIXTURES = ['packages/core/src/testing/csp-template.schema.json'];

/**
 * Loads packages/core/src/schema/validator.ts (TypeScript) through an in-memory esbuild bundle: bare
 * imports (ajv, ajv-formats) become absolute file URLs so the bundle runs from a data: URL.
 */
export async function loadValidatorModule() {
  const result = await build({
    stdin: {
      contents:
        "export * from './packages/core/src/schema/validator.ts';\n" +
        "export { applyOverlay, checkOverlay } from './packages/core/src/schema/overlay.ts';\n" +
        "export { standaloneModule } from './packages/cli/src/standalone.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    conditions: ['ias-source'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'external-as-file-url',
        setup(b) {
          // The kit's own packages are bundled from source; other packages stay external.
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@ias-kit/')
              ? undefined
              : { path: import.meta.resolve(args.path), external: true },
          );
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * Generates the module and its .d.ts for one schema, with the CLI's `ias-kit overlay build` code
 * (packages/cli/src/standalone.ts, one implementation for both).
 */
export async function generate(core, schema, source) {
  const shake = async (esm) =>
    (await transform(esm, { format: 'esm', treeShaking: true, target: 'es2020', charset: 'utf8' })).code;
  return core.standaloneModule(schema, source, shake, '.tools/build-validators.mjs');
}

function sources(args) {
  if (args.length) return args.map((a) => resolve(a));
  const forms = existsSync(formsDir)
    ? readdirSync(formsDir)
        .filter((f) => f.endsWith('.schema.json'))
        .sort()
        .map((f) => join(formsDir, f))
    : [];
  return [...forms, ...FIXTURES.map((f) => join(root, f))];
}

async function main() {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const files = sources(argv.filter((a) => !a.startsWith('--')));
  const explicit = argv.some((a) => !a.startsWith('--'));
  const start = Date.now();
  const core = await loadValidatorModule();

  const problems = [];
  const expected = new Set();
  const jobs = [];
  for (const file of files) {
    const rel = relative(root, file);
    const name = basename(file).replace(/\.schema\.json$|\.json$/, '');
    try {
      jobs.push({ rel, name, schema: JSON.parse(readFileSync(file, 'utf8')) });
    } catch (e) {
      problems.push(`${rel}: cannot read JSON (${e.message})`);
    }
  }
  // Every template with every canton overlay it accepts: a CSP-strict host with an overlay needs these too
  // (an overlay changes the schema, so the template's own validator does not fit it).
  if (!explicit && existsSync(overlaysDir)) {
    const templates = jobs.filter((j) => j.rel.startsWith('schemas/forms/'));
    for (const f of readdirSync(overlaysDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const overlay = JSON.parse(readFileSync(join(overlaysDir, f), 'utf8'));
      for (const t of templates) {
        const checked = core.checkOverlay(t.schema, overlay);
        if (!checked.ok || !checked.schema) continue; // refused, or meant for another template
        const rel = `${t.rel} + schemas/overlays/${f}`;
        jobs.push({
          rel,
          name: `${t.name}+${f.replace(/\.overlay\.json$|\.json$/, '')}`,
          schema: checked.schema,
        });
      }
    }
  }
  for (const { rel, name, schema } of jobs) {
    let out;
    try {
      out = await generate(core, schema, rel);
    } catch (e) {
      problems.push(`${rel}: ${e.message}`);
      continue;
    }
    for (const [ext, content] of [
      ['.validator.js', out.js],
      ['.validator.d.ts', out.dts],
    ]) {
      const target = join(outDir, name + ext);
      expected.add(target);
      const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
      if (check) {
        if (current === undefined) problems.push(`${relative(root, target)} is missing`);
        else if (current !== content)
          problems.push(`${relative(root, target)} is stale (it differs from what ${rel} gives)`);
      } else if (current !== content) {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(target, content);
      }
    }
  }
  if (check && !explicit && existsSync(outDir)) {
    for (const f of readdirSync(outDir).filter((f) => /\.validator\.(js|d\.ts)$/.test(f))) {
      if (!expected.has(join(outDir, f)))
        problems.push(`packages/form/generated/${f} has no schema any more (delete it)`);
    }
  }
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  if (problems.length) {
    console.error(`build-validators: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    if (check) console.error('Regenerate with: node .tools/build-validators.mjs');
    process.exit(1);
  }
  console.log(
    `build-validators: ${jobs.length} schema(s) ${check ? 'up to date' : `→ ${relative(root, outDir)}`} (${secs}s)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`build-validators: ${e?.stack ?? e}`);
    process.exit(1);
  });
}
