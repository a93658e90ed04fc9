#!/usr/bin/env node
/**
 * Generates the model JSON Schemas from the TypeScript types of @ias-kit/core.
 *
 *   node .tools/schemas.mjs           write schemas/model/<kebab-type>.schema.json
 *   node .tools/schemas.mjs --check   regenerate in memory; exit 1 listing stale files
 *
 * How: typescript-json-schema's programmatic API, pointed at the model's source entry
 * (packages/core/src/model/index.ts), NOT at a tsconfig (see toolchain.md), with `required` and
 * `strictNullChecks`. Its draft-07 output is rewritten to the kit's draft 2020-12 (`$schema`,
 * `definitions` → `$defs`, `#/definitions/` → `#/$defs/`, tuples → `prefixItems`), gets an `$id`
 * and a `title`, and is written with a canonical key order, 2-space indent and a trailing newline,
 * so the output is byte-for-byte deterministic.
 *
 * Decision: NO `--noExtraProps`. The model schemas leave `additionalProperties` open, so records
 * carrying vendor- or canton-specific extra fields still validate; this follows design.md's rule
 * "Data is never lost" (unknown properties survive). Hosts that want a closed contract can wrap
 * these schemas with `unevaluatedProperties: false`.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import TJS from 'typescript-json-schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_ENTRY = join(ROOT, 'packages/core/src/model/index.ts');
const OUT_DIR = join(ROOT, 'schemas/model');
const ID_BASE = 'https://ias-kit.ch/schemas/model/';
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Top-level types that get their own schema file. */
const TYPES = ['Person', 'Case', 'AssessmentSnapshot', 'IntegrationPlan', 'Task', 'Provider'];

/** Keyword order in every written schema object; other keys follow alphabetically. */
const KEY_ORDER = [
  '$schema',
  '$id',
  '$ref',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'prefixItems',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'default',
  'examples',
  '$defs',
];
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords whose value is a subschema or a list of subschemas. */
const SCHEMA_VALUES = new Set([
  'items',
  'prefixItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'anyOf',
  'oneOf',
  'allOf',
  'unevaluatedProperties',
  'unevaluatedItems',
]);

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Rewrites typescript-json-schema's draft-07 vocabulary to draft 2020-12 (recursively). */
function toDraft2020(schema) {
  if (Array.isArray(schema)) return schema.map(toDraft2020);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'definitions') out.$defs = mapValues(value, toDraft2020);
    else if (key === '$ref') out.$ref = value.replace(/^#\/definitions\//, '#/$defs/');
    else if (key === 'items' && Array.isArray(value)) out.prefixItems = value.map(toDraft2020);
    else if (key === 'additionalItems') out.items = toDraft2020(value);
    else if (key === '$schema') continue;
    else if (SCHEMA_MAPS.has(key)) out[key] = mapValues(value, toDraft2020);
    else if (SCHEMA_VALUES.has(key)) out[key] = toDraft2020(value);
    else out[key] = value; // enum, required, examples, default, const: plain values
  }
  return out;
}

/** Returns the schema with keys in canonical order; `$defs` sorted, `properties` in source order. */
function canonical(schema) {
  if (Array.isArray(schema)) return schema.map(canonical);
  if (schema === null || typeof schema !== 'object') return schema;
  const rank = (key) => {
    const i = KEY_ORDER.indexOf(key);
    return i === -1 ? KEY_ORDER.length : i;
  };
  const keys = Object.keys(schema).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out = {};
  for (const key of keys) {
    const value = schema[key];
    if (key === '$defs') out[key] = mapValues(value, canonical, true);
    else if (SCHEMA_MAPS.has(key)) out[key] = mapValues(value, canonical);
    else if (SCHEMA_VALUES.has(key)) out[key] = canonical(value);
    else out[key] = value;
  }
  return out;
}

function mapValues(object, fn, sorted = false) {
  const entries = Object.entries(object);
  if (sorted) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, fn(v)]));
}

/** Generates all model schemas: Map of absolute file path → file text. */
function generate() {
  const program = TJS.getProgramFromFiles([MODEL_ENTRY], {
    strict: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023'],
    types: [],
    skipLibCheck: true,
  });
  const generator = TJS.buildGenerator(program, { required: true, strictNullChecks: true });
  if (!generator) throw new Error(`typescript-json-schema could not compile ${MODEL_ENTRY}`);
  const files = new Map();
  for (const type of TYPES) {
    const fileName = `${kebab(type)}.schema.json`;
    const schema = canonical({
      $schema: DRAFT_2020_12,
      $id: ID_BASE + fileName,
      title: type,
      ...toDraft2020(generator.getSchemaForSymbol(type)),
    });
    files.set(join(OUT_DIR, fileName), `${JSON.stringify(schema, null, 2)}\n`);
  }
  return files;
}

async function readIfExists(path) {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

async function existingSchemaFiles() {
  const names = await readdir(OUT_DIR).catch(() => []);
  return names.filter((n) => n.endsWith('.schema.json')).map((n) => join(OUT_DIR, n));
}

async function main() {
  const check = process.argv.includes('--check');
  const files = generate();
  const rel = (path) => relative(ROOT, path).split('\\').join('/');
  const obsolete = (await existingSchemaFiles()).filter((path) => !files.has(path));

  if (check) {
    const problems = [];
    for (const [path, text] of files) {
      const current = await readIfExists(path);
      if (current === undefined) problems.push(`${rel(path)} is missing: run npm run schemas`);
      else if (current !== text) problems.push(`${rel(path)} is out of date: run npm run schemas`);
    }
    for (const path of obsolete) {
      problems.push(`${rel(path)} is not generated from a model type: run npm run schemas`);
    }
    if (problems.length > 0) {
      console.error(`Model schemas are stale (${problems.length}):\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(`Model schemas are up to date (${files.size} files in ${rel(OUT_DIR)}).`);
    }
    return;
  }

  await mkdir(OUT_DIR, { recursive: true });
  for (const [path, text] of files) {
    if ((await readIfExists(path)) !== text) await writeFile(path, text);
  }
  for (const path of obsolete) await rm(path);
  console.log(`Wrote ${files.size} model schemas to ${rel(OUT_DIR)}.`);
}

await main();
