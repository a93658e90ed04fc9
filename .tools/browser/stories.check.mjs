// One pass over the built Storybook (run `npm run storybook:build` first): every story renders without a page
// error and passes every check of story-checks.mjs; the guides render; each element's Docs page gets its API
// (properties, events, parts, …) from custom-elements.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, root, storybookEntries, test } from './harness.mjs';
import { eventClass, eventClasses } from '../manifest-api.mjs';
import { storyChecks } from './story-checks.mjs';

const entries = storybookEntries() ?? [];
test('storybook-static/ is built', () => {
  expect(storybookEntries(), 'run npm run storybook:build first').toBeDefined();
});

for (const story of entries.filter((e) => e.type === 'story')) {
  test(story.id, async ({ stories }) => {
    const page = await stories.show(story.id);
    const problems = [];
    for (const check of storyChecks) problems.push(...(await check.run({ page, story })));
    problems.push(...stories.errors.map((e) => `page error: ${e}`));
    expect(problems).toEqual([]);
  });
}

// The MDX guides (the autodocs pages render every story again, which the pass above already did).
for (const doc of entries.filter((e) => e.type === 'docs' && e.tags?.some((t) => t.endsWith('-mdx')))) {
  test(`${doc.id} renders`, async ({ stories }) => {
    const page = await stories.docs(doc.id);
    expect(await page.locator('#storybook-docs .sbdocs-content').innerText()).not.toMatch(/^\s*$/);
    expect(stories.errors).toEqual([]);
  });
}

// What an element's Docs tab lists comes from the manifest (through storybookManifest() in .storybook/preview.ts):
// every event, part, custom property and slot of every element that has stories is among the arg types
// Storybook derives for it, and each event names its class.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
);
const pkgOf = new Map(
  manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, m.path.split('/')[1]]),
  ),
);
const classes = eventClasses(manifest);
test('Docs pages list each element API from custom-elements.json', async ({ stories }) => {
  const first = entries.find((e) => e.type === 'story');
  test.skip(!first, 'no stories');
  const page = await stories.show(first.id);
  const components = await page.evaluate(
    async (ids) => {
      const store = window.__STORYBOOK_PREVIEW__.storyStoreValue;
      const out = {};
      for (const id of ids) {
        const story = await store.loadStory({ storyId: id });
        const component = story.component;
        if (typeof component !== 'string' || out[component]) continue;
        out[component] = Object.values(story.argTypes).map((a) => ({
          key: `${a.table?.category}:${a.name}`,
          description: String(a.description ?? ''),
        }));
      }
      return out;
    },
    entries.filter((e) => e.type === 'story').map((e) => e.id),
  );
  const missing = [];
  for (const [tag, argTypes] of Object.entries(components)) {
    const decl = elements.get(tag);
    if (!decl) {
      missing.push(`${tag}: not in custom-elements.json`);
      continue;
    }
    const want = [
      ...(decl.events ?? []).map((e) => `events:${e.name}`),
      ...(decl.cssParts ?? []).map((p) => `css shadow parts:::part(${p.name})`),
      ...(decl.cssProperties ?? []).map((p) => `css custom properties:${p.name}`),
      ...(decl.slots ?? []).map((s) => `slots:${s.name || '(default)'}`),
    ];
    const keys = argTypes.map((a) => a.key);
    for (const w of want) if (!keys.includes(w)) missing.push(`${tag}: ${w}`);
    for (const e of decl.events ?? []) {
      const cls = eventClass(e, pkgOf.get(tag), classes);
      const shown = argTypes.find((a) => a.key === `events:${e.name}`);
      if (cls && shown && !shown.description.includes(cls.name))
        missing.push(`${tag}: ${e.name} without its class ${cls.name}`);
    }
  }
  expect(Object.keys(components).length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
