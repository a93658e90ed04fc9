// Writes each element's API tables (properties with their attributes, methods, events with their payload,
// slots, CSS parts, custom properties, custom states) from custom-elements.json into its package's README,
// between the markers below; the prose around them is hand-written and kept. With --check it writes nothing
// and fails when a README is stale or lacks the markers. Run `npm run docs` after changing an element's
// JSDoc (it regenerates the manifest first); `npm test` runs the check.
//
//   node .tools/api-docs.mjs [--check]      (reads custom-elements.json: run node .tools/manifest.mjs first)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BASE_CLASSES,
  code,
  eventClass,
  eventClasses,
  isPublic,
  payload,
  signature,
} from './manifest-api.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const START =
  '<!-- api:start — generated from custom-elements.json by `npm run docs`; do not edit -->';
export const END = '<!-- api:end -->';

/** Members every element inherits from the kit's base class or that Lit and the platform call. */
const HIDDEN_METHODS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'createRenderRoot',
  'render',
  'update',
  'updated',
  'firstUpdated',
  'willUpdate',
  'shouldUpdate',
  'getUpdateComplete',
  'scheduleUpdate',
  'performUpdate',
  'requestUpdate',
]);
/** Markdown table cell: one line, pipes escaped. */
const cell = (s) =>
  String(s ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '–';
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

/** The Markdown for one element. */
export function elementDocs(decl, pkg, classes) {
  const out = [`### \`<${decl.tagName}>\``, '', `${decl.summary ?? ''}`.trim()];
  out.push('', `Class \`${decl.name}\`.`);
  const members = decl.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && isPublic(m));
  if (fields.length) {
    const rows = fields.map((m) => [
      code(m.name) + (m.readonly ? ' (read-only)' : ''),
      code(m.attribute) + (m.reflects ? ' (reflects)' : ''),
      code(m.type?.text),
      code(m.default),
      m.description,
    ]);
    out.push(
      '',
      '**Properties**',
      '',
      table(['Property', 'Attribute', 'Type', 'Default', 'Description'], rows),
    );
  }
  const onlyAttributes = (decl.attributes ?? []).filter(
    (a) => !a.fieldName || !fields.some((f) => f.name === a.fieldName),
  );
  if (onlyAttributes.length) {
    out.push(
      '',
      '**Attributes without a property**',
      '',
      table(
        ['Attribute', 'Type', 'Description'],
        onlyAttributes.map((a) => [code(a.name), code(a.type?.text), a.description]),
      ),
    );
  }
  const methods = members.filter((m) => m.kind === 'method' && isPublic(m) && !HIDDEN_METHODS.has(m.name));
  if (methods.length) {
    out.push(
      '',
      '**Methods**',
      '',
      table(
        ['Method', 'Description'],
        methods.map((m) => [code(signature(m)), m.description]),
      ),
    );
  }
  const events = decl.events ?? [];
  if (events.length) {
    const rows = events.map((e) => {
      const cls = eventClass(e, pkg, classes);
      return [code(e.name), code(cls?.name ?? e.type?.text), payload(cls), e.description];
    });
    out.push(
      '',
      '**Events** (payload fields are on the event object)',
      '',
      table(['Event', 'Class', 'Payload', 'Description'], rows),
    );
  }
  const lists = [
    ['Slots', 'Slot', decl.slots, (s) => (s.name ? code(s.name) : '(default)')],
    ['CSS parts', 'Part', decl.cssParts, (p) => code(p.name)],
    ['CSS custom properties', 'Property', decl.cssProperties, (p) => code(p.name)],
    ['Custom states', 'State', decl.cssStates, (s) => code(`:state(${s.name})`)],
  ];
  for (const [title, head, items, name] of lists) {
    if (items?.length)
      out.push(
        '',
        `**${title}**`,
        '',
        table(
          [head, 'Description'],
          items.map((i) => [name(i), i.description]),
        ),
      );
  }
  return out.join('\n');
}

/** package folder → generated Markdown (only packages that hold elements). */
export function packageDocs(manifest) {
  const classes = eventClasses(manifest);
  const perPackage = new Map();
  for (const mod of manifest.modules) {
    const pkg = mod.path.split('/')[1];
    for (const d of mod.declarations ?? []) {
      if (d.kind !== 'class' || !d.customElement || !d.tagName || BASE_CLASSES.has(d.name)) continue;
      if (!perPackage.has(pkg)) perPackage.set(pkg, []);
      perPackage.get(pkg).push(d);
    }
  }
  const docs = new Map();
  for (const [pkg, decls] of perPackage) {
    decls.sort((a, b) => a.tagName.localeCompare(b.tagName));
    const body = decls.map((d) => elementDocs(d, pkg, classes)).join('\n\n');
    docs.set(
      pkg,
      `${START}\n<!-- prettier-ignore-start -->\n\n${body}\n\n<!-- prettier-ignore-end -->\n${END}`,
    );
  }
  return docs;
}

/** The README with its generated section replaced (or appended under "## API" when it has no markers). */
export function withDocs(readme, section) {
  const a = readme.indexOf('<!-- api:start');
  const b = readme.indexOf(END);
  if (a >= 0 && b > a) return readme.slice(0, a) + section + readme.slice(b + END.length);
  return `${readme.trimEnd()}\n\n## API\n\n${section}\n`;
}

function main() {
  const check = process.argv.includes('--check');
  const manifestPath = resolve(root, 'custom-elements.json');
  if (!existsSync(manifestPath)) {
    console.error('api-docs: custom-elements.json is missing: run node .tools/manifest.mjs first');
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const stale = [];
  for (const [pkg, section] of packageDocs(manifest)) {
    const file = resolve(root, 'packages', pkg, 'README.md');
    const before = existsSync(file) ? readFileSync(file, 'utf8') : `# @ias-kit/${pkg}\n`;
    const after = withDocs(before, section);
    if (after === before) continue;
    if (check) stale.push(`packages/${pkg}/README.md`);
    else writeFileSync(file, after);
  }
  if (stale.length) {
    console.error(
      `api-docs: the API section of ${stale.join(', ')} is stale: run npm run docs and commit the result`,
    );
    process.exit(1);
  }
  console.log(
    check ? 'api-docs: package READMEs match custom-elements.json' : 'api-docs: package READMEs written',
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
