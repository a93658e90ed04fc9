// Generates the custom-elements manifest (root custom-elements.json for Storybook, and one per package for
// embedders) and, with --check, fails when an element's public API is undocumented: every element needs a
// tag name and a summary, and every public property, event, CSS part and custom property a description.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

execFileSync(
  process.execPath,
  [
    'node_modules/@custom-elements-manifest/analyzer/cem.js',
    'analyze',
    '--config',
    '.tools/custom-elements-manifest.config.mjs',
    '--quiet',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// One manifest per package, with paths relative to the package.
const perPackage = new Map();
for (const mod of manifest.modules) {
  const [, pkg, ...rest] = mod.path.split('/');
  if (!perPackage.has(pkg)) perPackage.set(pkg, []);
  perPackage.get(pkg).push({ ...mod, path: rest.join('/') });
}
for (const [pkg, modules] of perPackage) {
  if (existsSync(`packages/${pkg}/package.json`)) {
    writeFileSync(
      `packages/${pkg}/custom-elements.json`,
      JSON.stringify({ ...manifest, modules }, null, 2) + '\n',
    );
  }
}

const BASE_CLASSES = ['IasElement']; // abstract foundations, not elements
if (process.argv.includes('--check')) {
  const problems = [];
  let elements = 0;
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.kind !== 'class' || !d.customElement || BASE_CLASSES.includes(d.name)) continue;
      elements++;
      const where = `${mod.path} ${d.name}`;
      if (!d.tagName) problems.push(`${where}: no @tagname`);
      if (!d.summary) problems.push(`${where}: no @summary`);
      for (const m of d.members ?? []) {
        if (m.kind === 'field' && !m.static && !m.privacy && !m.inheritedFrom && !m.description)
          problems.push(`${where}: public property "${m.name}" has no description`);
      }
      for (const e of d.events ?? [])
        if (!e.description) problems.push(`${where}: event "${e.name}" has no description`);
      for (const p of d.cssParts ?? [])
        if (!p.description) problems.push(`${where}: part "${p.name}" has no description`);
      for (const p of d.cssProperties ?? [])
        if (!p.description) problems.push(`${where}: custom property "${p.name}" has no description`);
    }
  }
  if (problems.length) {
    console.error(
      `Custom-elements manifest: ${problems.length} undocumented public API item(s):\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`Custom-elements manifest: ${elements} element(s), public API documented.`);
}
