// What the browser checks share (Playwright Test fixtures): pages bundled from the workspace sources and served
// from a fake origin through Playwright's routing (any response headers, no HTTP server), and the built
// Storybook served by Vite's preview server, with one page per worker that switches stories the way Storybook's
// own manager does (no reload per story).
import { test as base, expect } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDTHS } from '../story-layout.mjs';

export { expect };
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ORIGIN = 'http://ias.test';
/** The viewport every story is rendered in first (checks may narrow it; the next story restores it). */
export const STORY_VIEWPORT = { width: WIDTHS[0], height: 900 };
/** One fixed moment for every story, so a story that falls back to "today" looks the same on every run. */
const STORY_TIME = new Date('2026-03-02T09:00:00Z');
const STATIC = join(root, 'storybook-static');

/** One minified script (IIFE) from `contents`, resolving workspace packages to their TypeScript sources. */
export async function bundle(contents, sourcefile) {
  const out = await build({
    stdin: { contents, resolveDir: root, sourcefile, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['ias-source'],
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/**
 * Serves `files` (path → { body, type, headers }) under ORIGIN to `page`; anything else is a 404 with
 * `notFoundHeaders`. Returns the page's errors (uncaught exceptions and failed requests) as they come.
 */
export async function serve(page, files, notFoundHeaders = {}) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    if (!file) return route.fulfill({ status: 404, headers: notFoundHeaders, body: '' });
    return route.fulfill({
      status: 200,
      contentType: `${file.type}; charset=utf-8`,
      headers: { 'Cache-Control': 'no-store', ...file.headers },
      body: file.body,
    });
  });
  return errors;
}

/** The stories and docs entries of the built Storybook, optionally only ids containing IAS_STORIES. */
export function storybookEntries() {
  const index = join(STATIC, 'index.json');
  if (!existsSync(index)) return undefined;
  const filter = process.env.IAS_STORIES ?? '';
  return Object.values(JSON.parse(readFileSync(index, 'utf8')).entries).filter((e) => e.id.includes(filter));
}

/**
 * Shows stories in one page of the built Storybook's preview iframe. `show(id)` asks the preview to render the
 * story (as the manager does when you click it) and resolves when it has rendered, or throws with Storybook's
 * reason. Storybook's own a11y addon is switched off here (globals a11y.manual): the checks run axe themselves.
 */
class StoryBrowser {
  constructor(page, base) {
    this.page = page;
    this.base = base;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  async open(viewMode, id) {
    await this.page.goto(`${this.base}/iframe.html?id=${id}&viewMode=${viewMode}&globals=a11y.manual:!true`);
    this.loaded = viewMode === 'story';
  }

  async show(id) {
    this.errors.length = 0;
    const size = this.page.viewportSize();
    if (size?.width !== STORY_VIEWPORT.width || size?.height !== STORY_VIEWPORT.height)
      await this.page.setViewportSize(STORY_VIEWPORT);
    if (!this.loaded) await this.open('story', id);
    const outcome = await this.page.evaluate(
      (storyId) =>
        new Promise((done) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const preview = window.__STORYBOOK_PREVIEW__;
          const finish = (result) => {
            for (const [event, handler] of handlers) channel.off(event, handler);
            done(result);
          };
          const handlers = [
            ['storyRendered', (id) => id === storyId && finish('rendered')],
            ['storyUnchanged', (id) => id === storyId && finish('rendered')],
            ['storyErrored', (e) => finish(`error: ${e?.title ?? ''} ${e?.description ?? ''}`)],
            ['storyThrewException', (e) => finish(`exception: ${e?.message ?? e}`)],
            ['playFunctionThrewException', (e) => finish(`play function: ${e?.message ?? e}`)],
            ['storyMissing', () => finish('missing')],
          ];
          for (const [event, handler] of handlers) channel.on(event, handler);
          // Already rendered on load (the first story of the page): nothing to switch.
          if (preview?.currentRender?.id === storyId && preview.currentRender.phase === 'completed')
            finish('rendered');
          else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }),
      id,
    );
    if (outcome !== 'rendered') throw new Error(`${id}: ${outcome}`);
    // Let the elements finish: every ias-* element's update cycle, then two frames (charts measure their width,
    // validators compile after first paint), three times over; then the top of the page, as after a load.
    await this.page.evaluate(async () => {
      const all = (node, out = []) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.startsWith('ias-')) out.push(el);
          if (el.shadowRoot) all(el.shadowRoot, out);
        }
        return out;
      };
      const root = document.querySelector('#storybook-root');
      for (let i = 0; i < 3; i++) {
        await Promise.all(all(root).map((el) => el.updateComplete));
        await new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r)));
      }
      window.scrollTo(0, 0);
    });
    return this.page;
  }

  /** Renders a docs page (autodocs or MDX) and returns the page. */
  async docs(id) {
    this.errors.length = 0;
    await this.open('docs', id);
    await this.page.waitForFunction(() => document.querySelector('#storybook-docs .sbdocs-content h1'));
    return this.page;
  }
}

export const test = base.extend({
  // One Vite preview server of storybook-static/ per worker.
  storybookUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(join(STATIC, 'index.json')))
        throw new Error('storybook-static/ is missing: run npm run storybook:build first');
      const { preview } = await import('vite');
      const server = await preview({
        root,
        configFile: false,
        logLevel: 'silent',
        build: { outDir: STATIC },
        preview: { host: '127.0.0.1', port: 0, open: false },
      });
      await use(server.resolvedUrls.local[0].replace(/\/$/, ''));
      await server.close();
    },
    { scope: 'worker' },
  ],
  // One page per worker, kept across stories.
  stories: [
    async ({ browser, storybookUrl }, use) => {
      const context = await browser.newContext({ viewport: STORY_VIEWPORT });
      const page = await context.newPage();
      await page.clock.setFixedTime(STORY_TIME);
      await use(new StoryBrowser(page, storybookUrl));
      await context.close();
    },
    { scope: 'worker' },
  ],
});
