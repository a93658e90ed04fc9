// Generates the React wrappers of @ias-kit/react from custom-elements.json, so they cannot drift from the
// elements: one module per element that has a public `define.js` entry (packages/react/src/<tag without
// ias->.ts, exported as `@ias-kit/react/<name>`, importing only that element's define.js, so a page with one
// form ships one element), holding one `createComponent` (@lit/react) with a typed `on*` prop per `@event`
// (`onIasCaseChange: 'ias-case-change' as EventName<IasCaseChangeEvent>`); `index.ts` re-exports them all,
// and the package.json `exports` list one entry per element. The output is deterministic (sorted by tag).
//
//   node .tools/react-wrappers.mjs          write packages/react/src/*.ts and its package.json exports
//   node .tools/react-wrappers.mjs --check  fail when the file is stale (or a package dependency is missing)
//
// Run `node .tools/manifest.mjs` first when an element's API changed.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'packages/react/src/index.ts';
const PKG = 'packages/react/package.json';
const BASE_CLASSES = ['IasElement'];
const check = process.argv.includes('--check');

const fail = (message) => {
  console.error(`react-wrappers: FAILED — ${message}`);
  process.exit(1);
};

const read = (path) => readFileSync(resolve(root, path), 'utf8');
if (!existsSync(resolve(root, 'custom-elements.json')))
  fail('custom-elements.json is missing: run node .tools/manifest.mjs');
const manifest = JSON.parse(read('custom-elements.json'));

/** `ias-case-change` → `onIasCaseChange`; `ias-task-complete` → `onIasTaskComplete`. */
const propName = (event) =>
  'on' +
  event
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
/** `ias-integration-plan` → `IasIntegrationPlan` (the React component's name). */
const componentName = (tag) => propName(tag).slice(2);

// Every event class the manifest knows, by name: package and superclass.
const eventClasses = new Map();
for (const mod of manifest.modules) {
  const pkg = mod.path.split('/')[1];
  for (const d of mod.declarations ?? []) {
    if (d.kind === 'class' && /Event$/.test(d.name))
      eventClasses.set(d.name, { pkg, superclass: d.superclass?.name });
  }
}

// The `GlobalEventHandlersEventMap` augmentations in the sources: event name → class, per package.
const eventMaps = new Map();
for (const mod of manifest.modules) {
  const pkg = mod.path.split('/')[1];
  if (!existsSync(resolve(root, mod.path))) continue;
  const text = read(mod.path);
  const block = /interface GlobalEventHandlersEventMap\s*{([^}]*)}/.exec(text);
  if (!block) continue;
  for (const [, name, cls] of block[1].matchAll(/'([\w-]+)'\s*:\s*(\w+)\s*;/g)) {
    if (!eventMaps.has(name)) eventMaps.set(name, new Map());
    eventMaps.get(name).set(pkg, cls);
  }
}

/**
 * The class of an event: its declared type, else the first known event class its description names (or a
 * subclass of it declared in the element's own package), else the package's (or any) global event map
 * entry, else `Event`.
 */
function eventType(event, pkg) {
  if (event.type?.text && eventClasses.has(event.type.text)) return event.type.text;
  for (const [, named] of (event.description ?? '').matchAll(/\b(Ias\w*Event)\b/g)) {
    if (!eventClasses.has(named)) continue;
    const own = [...eventClasses].find(([, c]) => c.pkg === pkg && c.superclass === named);
    return own ? own[0] : named;
  }
  const map = eventMaps.get(event.name);
  if (map) return map.get(pkg) ?? [...map.values()].sort()[0];
  return 'Event';
}

/** The package export (e.g. `./define.js`) whose `ias-source` source registers the element's module. */
function defineExport(pkgJson, modulePath) {
  const dir = modulePath.split('/').slice(2, -1).join('/'); // src/<dir>
  const wanted = [`./${dir}/define.ts`, './src/define.ts'];
  for (const w of wanted) {
    const hit = Object.entries(pkgJson.exports ?? {}).find(
      ([, e]) => typeof e === 'object' && e['ias-source'] === w,
    );
    if (hit) return hit[0];
  }
  return undefined;
}

const elements = [];
for (const mod of manifest.modules) {
  const pkg = mod.path.split('/')[1];
  for (const d of mod.declarations ?? []) {
    if (d.kind !== 'class' || !d.customElement || !d.tagName || BASE_CLASSES.includes(d.name)) continue;
    const pkgJson = JSON.parse(read(`packages/${pkg}/package.json`));
    const define = defineExport(pkgJson, mod.path);
    if (!define) continue; // internal elements (e.g. <ias-form-field>) have no public define entry
    const events = [...new Map((d.events ?? []).filter((e) => e.name).map((e) => [e.name, e])).values()]
      .map((e) => ({
        name: e.name,
        prop: propName(e.name),
        type: eventType(e, pkg),
        description: e.description,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    elements.push({
      tag: d.tagName,
      className: d.name,
      component: componentName(d.tagName),
      pkgName: pkgJson.name,
      define: `${pkgJson.name}/${define.replace(/^\.\//, '')}`,
      summary: (d.summary ?? '').replace(/\s+/g, ' ').trim(),
      events,
    });
  }
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));
if (!elements.length) fail('no elements found in custom-elements.json');

const oneLine = (s) => s.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
const HEADER = `// GENERATED by .tools/react-wrappers.mjs from custom-elements.json — do not edit.
// Regenerate with \`node .tools/react-wrappers.mjs\`; \`--check\` fails when this file is stale.
`;
const pkgNameOf = (dir) => JSON.parse(read(`packages/${dir}/package.json`)).name;
/** `ias-integration-plan` → `integration-plan`: the entry point `@ias-kit/react/integration-plan`. */
const entryName = (tag) => tag.replace(/^ias-/, '');

/** One module per element: its define import, its class and event types, its component. */
function elementModule(el) {
  const types = new Map(); // package → event types
  for (const e of el.events) {
    if (e.type === 'Event') continue;
    const pkg = pkgNameOf(eventClasses.get(e.type).pkg);
    if (!types.has(pkg)) types.set(pkg, new Set());
    types.get(pkg).add(e.type);
  }
  if (!types.has(el.pkgName)) types.set(el.pkgName, new Set());
  let out = `${HEADER}/**
 * React component for \`<${el.tag}>\`, made with \`createComponent\` from \`@lit/react\`: properties are set as
 * properties (objects and arrays included) and every \`ias-*\` event has a typed \`on*\` prop. Importing this
 * module registers \`<${el.tag}>\` (and nothing else of the kit).
 */
import * as React from 'react';
import { createComponent${el.events.length ? ', type EventName' : ''} } from '@lit/react';
import '${el.define}';
`;
  for (const [pkg, names] of [...types].sort(([a], [b]) => a.localeCompare(b))) {
    const list = [...names].sort().map((t) => `type ${t}`);
    if (pkg === el.pkgName) list.unshift(`${el.className} as ${el.className}Element`);
    out += `import { ${list.join(', ')} } from '${pkg}';\n`;
  }
  out += `\n/** \`<${el.tag}>\`${el.summary ? `: ${oneLine(el.summary)}` : ''} */\n`;
  out += `export const ${el.component} = createComponent({\n`;
  out += `  react: React,\n  tagName: '${el.tag}',\n  elementClass: ${el.className}Element,\n`;
  out += `  displayName: '${el.component}',\n`;
  if (el.events.length) {
    out += `  events: {\n`;
    for (const e of el.events) {
      if (e.description) out += `    /** ${oneLine(e.description)} */\n`;
      out += `    ${e.prop}: '${e.name}' as EventName<${e.type}>,\n`;
    }
    out += `  },\n`;
  } else out += `  events: {},\n`;
  out += `});\n`;
  return out;
}

const files = new Map(); // path → content
for (const el of elements) files.set(`packages/react/src/${entryName(el.tag)}.ts`, elementModule(el));
let index = `${HEADER}/**
 * React wrappers for every ias-kit element. Importing this module registers ALL the elements; a page that
 * uses one or two imports them from their own entry points instead (\`@ias-kit/react/form\`, …).
 */
`;
for (const el of elements) index += `import { ${el.component} } from './${entryName(el.tag)}.js';\n`;
index += `\nexport { ${elements.map((el) => el.component).join(', ')} };\n`;
index += `\n/** Tag name → React component, for tooling. */\nexport const components = {\n`;
for (const el of elements) index += `  '${el.tag}': ${el.component},\n`;
index += `} as const;\n`;
files.set(OUT, index);

// Prettier-formatted with the project's config, so `prettier --check` agrees with the generator.
const options = { ...(await prettier.resolveConfig(resolve(root, OUT))) };
for (const [path, text] of files)
  files.set(path, await prettier.format(text, { ...options, filepath: resolve(root, path) }));

// The wrapper package: one export per element, and a dependency on every element package it imports.
const reactPkg = JSON.parse(read(PKG));
const entry = (name) => ({
  'ias-source': `./src/${name}.ts`,
  types: `./dist/${name}.d.ts`,
  default: `./dist/${name}.js`,
});
const exportsWanted = { '.': entry('index') };
for (const el of elements) exportsWanted[`./${entryName(el.tag)}`] = entry(entryName(el.tag));
exportsWanted['./package.json'] = './package.json';
const packages = [
  ...new Set(
    elements.flatMap((el) => [
      el.pkgName,
      ...el.events.filter((e) => e.type !== 'Event').map((e) => pkgNameOf(eventClasses.get(e.type).pkg)),
    ]),
  ),
].sort();
const missing = packages.filter((p) => !reactPkg.dependencies?.[p]);
const pkgText = await prettier.format(JSON.stringify({ ...reactPkg, exports: exportsWanted }), {
  ...options,
  filepath: resolve(root, PKG),
});

// Stale wrapper modules of elements that no longer exist.
const stale = readdirSync(resolve(root, 'packages/react/src'))
  .map((f) => `packages/react/src/${f}`)
  .filter((p) => p.endsWith('.ts') && !files.has(p));

const summary = `${elements.length} wrappers (${elements.map((e) => e.tag).join(', ')}), ${elements.reduce((n, e) => n + e.events.length, 0)} typed event props`;
if (check) {
  const wrong = [...files]
    .filter(([p, text]) => !existsSync(resolve(root, p)) || read(p) !== text)
    .map(([p]) => p);
  if (read(PKG) !== pkgText) wrong.push(`${PKG} (exports)`);
  if (wrong.length || stale.length)
    fail(`stale: ${[...wrong, ...stale].join(', ')}: run node .tools/react-wrappers.mjs`);
  if (missing.length) fail(`${PKG} lacks dependencies on ${missing.join(', ')}`);
  console.log(`react-wrappers: OK — packages/react is up to date: ${summary}`);
} else {
  for (const [p, text] of files) writeFileSync(resolve(root, p), text);
  for (const p of stale) rmSync(resolve(root, p));
  writeFileSync(resolve(root, PKG), pkgText);
  if (missing.length) console.warn(`react-wrappers: add to ${PKG} dependencies: ${missing.join(', ')}`);
  console.log(`react-wrappers: wrote packages/react (one module and export per element): ${summary}`);
}
