// The vendors' check, part 2: what it looks at in a vendor's page (see ../vendors-check.mjs).
/* global customElements, getComputedStyle -- both inside functions that run in the page */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';

const HOSTILE = `
input, button, select, textarea { background: rgb(255, 0, 0) !important; border: 4px dashed rgb(255, 0, 0) !important;
  padding: 17px !important; margin: 13px !important; box-shadow: 0 0 0 6px rgb(255, 0, 0) !important;
  border-radius: 0 !important; font-family: monospace !important; }
* { margin: 9px; outline: 5px solid rgb(255, 0, 0); }
[part], [class], li, div, section, table, td, th, span { padding: 11px; background-color: rgb(255, 0, 0); }
`;
const INNER_PROPS = [
  'background-color',
  'border-top-style',
  'border-top-width',
  'border-top-color',
  'padding-top',
  'padding-left',
  'margin-top',
  'box-shadow',
  'outline-style',
  'border-top-left-radius',
  'font-family',
];
export const HOST_PROPS = [
  ...INNER_PROPS,
  'font-size',
  'color',
  'line-height',
  'box-sizing',
  'display',
  'letter-spacing',
];
export const BLANK =
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,">' +
  '<style>body { margin: 1rem 2rem; }</style></head><body><label>Search <input id="host-input" type="search"></label></body></html>';

/** In the page: computed styles of the host's input and of controls inside our shadow roots. */
function measure({ innerProps, hostProps }) {
  const pick = (el, props) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  };
  const deep = (node, sel) => {
    const hit = node.querySelector(sel);
    if (hit) return hit;
    for (const el of node.querySelectorAll('*')) {
      const inner = el.shadowRoot && deep(el.shadowRoot, sel);
      if (inner) return inner;
    }
    return null;
  };
  const inner = {
    'form input': deep(document.querySelector('ias-form').shadowRoot, 'input[type="text"]'),
    'plan button': deep(document.querySelector('ias-integration-plan').shadowRoot, 'button'),
    'task-list [part=row]': document.querySelector('ias-task-list').shadowRoot.querySelector('[part~="row"]'),
    'timeline button': deep(document.querySelector('ias-timeline').shadowRoot, 'button'),
  };
  const out = {};
  for (const [name, el] of Object.entries(inner)) out[name] = el ? pick(el, innerProps) : null;
  return { inner: out, host: pick(document.querySelector('#host-input'), hostProps) };
}

const diff = (a, b) =>
  Object.keys(a)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}: ${a[k]} → ${b[k]}`);

/**
 * Opens `url` and checks the workspace renders, no styles leak either way and typing reaches the host;
 * each finding goes to `problem`. Resolves to whether typing reached the host.
 */
export async function visit(browser, url, where, blankHost, { problem, typed }) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  tab.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const p = (m) => problem(`${where}: ${m}`);
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const rendered = await tab
      .waitForFunction(
        () => {
          const tags = ['ias-form', 'ias-case', 'ias-timeline', 'ias-task-list', 'ias-integration-plan'];
          const form = document.querySelector('ias-form');
          const list = document.querySelector('ias-task-list');
          const plan = document.querySelector('ias-integration-plan');
          const deepInput = (node) =>
            node.querySelector('input[type="text"]') ||
            [...node.querySelectorAll('*')].some((el) => el.shadowRoot && deepInput(el.shadowRoot));
          return (
            tags.every((t) => customElements.get(t)) &&
            form?.shadowRoot &&
            deepInput(form.shadowRoot) &&
            plan?.shadowRoot?.querySelector('details') &&
            list?.shadowRoot?.querySelector('[part~="row"]') &&
            document.querySelector('ias-timeline')?.items?.length > 0
          );
        },
        undefined,
        { timeout: 60_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!rendered) {
      const state = await tab.evaluate(() =>
        ['ias-form', 'ias-case', 'ias-timeline', 'ias-task-list', 'ias-integration-plan']
          .map(
            (t) =>
              `${t}: ${customElements.get(t) ? 'defined' : 'undefined'}, ${document.querySelector(t)?.shadowRoot?.childElementCount ?? 'no shadow root'}`,
          )
          .join('; '),
      );
      p(`the workspace did not render (${state})${errors.length ? ` — ${errors.join(' | ')}` : ''}`);
      return false;
    }

    // Ours do not leak out; the host's do not leak in.
    const before = await tab.evaluate(measure, { innerProps: INNER_PROPS, hostProps: HOST_PROPS });
    const out = diff(blankHost, before.host);
    if (out.length) p(`our styles leak out: the host <input> differs from a blank page (${out.join('; ')})`);
    await tab.addStyleTag({ content: HOSTILE });
    const after = await tab.evaluate(measure, { innerProps: INNER_PROPS, hostProps: HOST_PROPS });
    if (after.host['background-color'] !== 'rgb(255, 0, 0)')
      p('control failed: the hostile sheet did not restyle the host <input>');
    let compared = 0;
    for (const [el, style] of Object.entries(before.inner)) {
      if (!style) continue;
      compared++;
      const d = diff(style, after.inner[el]);
      if (d.length) p(`host styles leak into ${el}: ${d.join('; ')}`);
    }
    if (compared < 4) p(`only ${compared} of 4 controls inside shadow roots were found to compare`);

    // Typing in a form field reaches the host's ias-change handler (and the host re-renders its count).
    const input = await tab.evaluateHandle(() => {
      const deep = (node) => {
        const hit = node.querySelector('input[type="text"]');
        if (hit) return hit;
        for (const el of node.querySelectorAll('*')) {
          const inner = el.shadowRoot && deep(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      return deep(document.querySelector('ias-form').shadowRoot);
    });
    const changesBefore = await tab.evaluate(() => window.__ias?.changes?.length ?? -1);
    if (changesBefore < 0) p('the app did not expose window.__ias.changes');
    await input.asElement().click();
    await tab.keyboard.type(typed);
    await tab.keyboard.press('Tab');
    const reached = await tab
      .waitForFunction(
        ([n, typed]) =>
          window.__ias.changes.length > n && JSON.stringify(window.__ias.changes.at(-1)).includes(typed),
        [changesBefore, typed],
        { timeout: 10_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!reached) p(`typing "${typed}" into the form did not reach the host's ias-change handler`);
    else {
      const shown = await tab
        .waitForFunction(() => Number(document.querySelector('#changes')?.textContent) > 0, undefined, {
          timeout: 5_000,
        })
        .then(() => true)
        .catch(() => false);
      if (!shown) p('the host did not re-render after the change (#changes still 0)');
    }
    if (errors.length) p(`errors in the page: ${errors.join(' | ')}`);
    return reached;
  } finally {
    await tab.close();
  }
}

export function staticServer(dir, blank) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/__blank.html') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(blank);
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      return void res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}
