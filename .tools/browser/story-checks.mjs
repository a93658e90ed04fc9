// The checks run on every story of the one pass over the built Storybook (stories.check.mjs), in this order.
// Each gets the page with the story rendered in #storybook-root (at STORY_VIEWPORT, the first baseline width)
// and the story's index entry, and returns its problems (strings); it may log what it only reports. A check may
// narrow the page (the next story is shown at full width again). To add a check, add an entry here: it runs on
// every story without another pass, browser or server. The page is not reloaded between stories, so a script
// injected once (like axe below) stays.
//
// IAS_VISUAL=compare (default) | update | off: compare screenshots with stories/__screenshots__/, record them
// anew, or skip them (`npm run test:visual -- --update` sets update; see .tools/stories-check.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compareWithBaseline, haveBaselines, layoutProblems, screenshot, WIDTHS } from '../story-layout.mjs';
import { root } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VISUAL = process.env.IAS_VISUAL ?? 'compare';
const UPDATE_CMD = 'npm run test:visual -- --update';
// Missing baselines fail only once a set has been recorded (before that they only inform).
const strictBaselines = haveBaselines();
// Stories whose reflow or target problems are known and owned elsewhere (story id -> kinds): reported, not
// failed; an entry whose story no longer has the problem fails, so that it is removed.
const KNOWN = JSON.parse(readFileSync(join(root, '.tools/story-layout-known.json'), 'utf8'));

/** The screenshot at the page's current width against its baseline. */
async function visual(page, id, width) {
  if (VISUAL === 'off') return [];
  const r = await compareWithBaseline(page, id, width, await screenshot(page), {
    update: VISUAL === 'update',
  });
  if (r.status === 'different') return [`at ${width} px looks different: ${r.message}`];
  if (r.status === 'missing' && strictBaselines)
    return [
      `no baseline at ${width} px (stories/__screenshots__/${id}.${width}.png); record it with ${UPDATE_CMD} ${id}`,
    ];
  return [];
}

/** @type {{ name: string, run: (args: { page: import('@playwright/test').Page, story: { id: string, title: string, name: string, tags?: string[] } }) => Promise<string[]> }[]} */
export const storyChecks = [
  {
    // "axe finds nothing in any story" (design.md), at the WCAG 2.0/2.1 A/AA rules (target size: the layout check).
    name: 'axe',
    async run({ page }) {
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
      return page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map(
          (v) => `axe ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
        );
      });
    },
  },
  {
    // At each baseline width (full width first, then narrowed): WCAG 1.4.10 Reflow and 2.5.8 Target size
    // (.tools/story-layout.mjs), then the screenshot against its baseline.
    name: 'layout and visual',
    async run({ page, story }) {
      const problems = [];
      const found = new Set();
      for (const width of WIDTHS) {
        if (page.viewportSize()?.width !== width) {
          await page.setViewportSize({ width, height: 900 });
          await page.evaluate(
            () => new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r))),
          );
          await page.waitForTimeout(150);
        }
        for (const p of await layoutProblems(page)) {
          const kind = p.startsWith('scrolls sideways') ? 'reflow' : 'targets';
          found.add(kind);
          if (KNOWN[story.id]?.includes(kind)) console.log(`known (${story.id}): ${p}`);
          else problems.push(p);
        }
        problems.push(...(await visual(page, story.id, width)));
      }
      for (const kind of KNOWN[story.id] ?? [])
        if (!found.has(kind)) problems.push(`fixed (${kind}): remove it from .tools/story-layout-known.json`);
      return problems;
    },
  },
];
