// Generates the React wrappers of @ias-kit/react (packages/react/src/index.ts) from custom-elements.json, so
// they cannot drift from the elements: one `createComponent` (@lit/react) per element that has a public
// `define.js` entry, with a typed `on*` prop per `@event` (`onIasCaseChange: 'ias-case-change' as
// EventName<IasCaseChangeEvent>`). The output is deterministic (sorted by tag name).
//
//   node .tools/react-wrappers.mjs          write packages/react/src/index.ts
//   node .tools/react-wrappers.mjs --check  fail when the file is stale (or a package dependency is missing)
//
// Run `node .tools/manifest.mjs` first when an element's API changed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
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

// Imports: classes (values) and event types per package, and the define entries (side effects).
const valueImports = new Map();
const typeImports = new Map();
const add = (map, pkg, name) => {
  if (!map.has(pkg)) map.set(pkg, new Set());
  map.get(pkg).add(name);
};
for (const el of elements) {
  add(valueImports, el.pkgName, el.className);
  for (const e of el.events) {
    if (e.type === 'Event') continue;
    const pkg = JSON.parse(read(`packages/${eventClasses.get(e.type).pkg}/package.json`)).name;
    add(typeImports, pkg, e.type);
  }
}
const packages = [...new Set([...valueImports.keys(), ...typeImports.keys()])].sort();
const defines = [...new Set(elements.map((el) => el.define))].sort();

const oneLine = (s) => s.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
let out = `// GENERATED by .tools/react-wrappers.mjs from custom-elements.json — do not edit.
// Regenerate with \`node .tools/react-wrappers.mjs\`; \`--check\` fails when this file is stale.
/**
 * React wrappers for the ias-kit elements, made with \`createComponent\` from \`@lit/react\`: properties are
 * set as properties (objects and arrays included) and every \`ias-*\` event has a typed \`on*\` prop.
 * Importing this module registers the elements (it imports each package's \`define.js\`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
`;
for (const d of defines) out += `import '${d}';\n`;
for (const pkg of packages) {
  // Classes are imported as `<Class>Element`: the React component takes the class's own name.
  const values = [...(valueImports.get(pkg) ?? [])].sort().map((v) => `${v} as ${v}Element`);
  const types = [...(typeImports.get(pkg) ?? [])].sort().map((t) => `type ${t}`);
  const names = [...values, ...types];
  out += `import { ${names.join(', ')} } from '${pkg}';\n`;
}
for (const el of elements) {
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
}
out += `\n/** Tag name → React component, for tooling. */\nexport const components = {\n`;
for (const el of elements) out += `  '${el.tag}': ${el.component},\n`;
out += `} as const;\n`;

// Prettier-formatted with the project's config, so `prettier --check` agrees with the generator.
out = await prettier.format(out, {
  ...(await prettier.resolveConfig(resolve(root, OUT))),
  filepath: resolve(root, OUT),
});

// The wrapper package must depend on every element package it imports.
const reactPkg = JSON.parse(read(PKG));
const missing = packages.filter((p) => !reactPkg.dependencies?.[p]);

const summary = `${elements.length} wrappers (${elements.map((e) => e.tag).join(', ')}), ${elements.reduce((n, e) => n + e.events.length, 0)} typed event props`;
if (check) {
  const current = existsSync(resolve(root, OUT)) ? read(OUT) : '';
  if (current !== out) fail(`${OUT} is stale: run node .tools/react-wrappers.mjs`);
  if (missing.length) fail(`${PKG} lacks dependencies on ${missing.join(', ')}`);
  console.log(`react-wrappers: OK — ${OUT} is up to date: ${summary}`);
} else {
  writeFileSync(resolve(root, OUT), out);
  if (missing.length) console.warn(`react-wrappers: add to ${PKG} dependencies: ${missing.join(', ')}`);
  console.log(`react-wrappers: wrote ${OUT}: ${summary}`);
}
