// `node packages/assessment/bench/journey.keys.mjs` — not a test. Counts the keystrokes a keyboard-only case
// worker needs to record a new Kurzassessment from empty to final in Debian's Chromium, the way a person
// would: Tab to a field, type or pick its value, move to the next section through the section navigation,
// then finalise (and answer whatever the element asks before it is final). The journey is written as goals
// ("reach the field labelled X, enter Y"), not as a fixed key list, so it re-runs unchanged as the UI changes.
// Prints every step and the total; `--verbose` prints each key.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../.tools/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const verbose = process.argv.includes('--verbose');

const templates = ['sem-kurzassessment-1.0.0', 'sem-kurzassessment-1.1.0', 'sem-kurzassessment-1.2.0'];
const entry = `
import '@ias-kit/assessment/define.js';
${templates.map((t, i) => `import * as t${i} from './schemas/forms/${t}.schema.json';`).join('\n')}
const templates = [${templates.map((_, i) => `t${i}.default`).join(', ')}].filter(Boolean);
const latest = templates.map((t) => t.$id).sort((a, b) => {
  const v = (id) => id.split('@')[1].split('.').map(Number);
  const [x, y] = [v(a), v(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}).pop();
const [templateId, templateVersion] = latest.split('@');
const el = document.createElement('ias-assessment');
el.templates = templates;
el.locale = 'de';
el.setAttribute('user-role', 'case_manager');
el.role = 'case_manager';
el.userRole = 'case_manager';
el.today = '2025-03-03';
el.value = { id: 'new', templateId, templateVersion, date: '2025-03-03', assessor: { id: 'cm-017', name: 'Regula Imhof' }, status: 'draft', data: {} };
window.events = [];
el.addEventListener('ias-assessment-complete', (e) => window.events.push({ type: e.type, status: e.snapshot?.status }));
document.body.append(el);
window.template = latest;
`;

// What the person enters: the required fields of the Kurzassessment, as a case worker types them.
const DATA = [
  { section: /^Person/, field: /^Name\b/, text: 'Haidari', pick: 'Haidari' },
  { section: /^Person/, field: /^Vorname/, text: 'Samira' },
  { section: /^Person/, field: /^Geburtsdatum/, text: '1994-03', textDmy: '03.1994' },
  { section: /^Person/, field: /^Aufenthaltsstatus/, pick: 'V' },
  { section: /^Person/, field: /^Einreisedatum/, text: '12.05.2021' },
  { section: /^Sprachen/, field: /^Alphabetisierung/, pick: 'a' },
  { section: /^Schul/, field: /^Schuljahre/, text: '9' },
  { section: /^Berufserfahrung/, field: /^Berufserfahrung total/, text: '24' },
  { section: /^Ergebnis/, field: /^Potenzial/, check: true },
  { section: /^Ergebnis/, field: /^Empfohlener Weg/, pick: 'Arb' },
];

const esb = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  write: false,
  splitting: true,
  outdir: '/j',
  conditions: ['ias-source'],
  loader: { '.json': 'json' },
  logLevel: 'silent',
  target: 'es2022',
  plugins: [
    {
      name: 'optional-templates',
      setup(b) {
        // A template version that does not exist (yet) is skipped, so the script runs before and after.
        b.onResolve({ filter: /schema\.json$/ }, async (args) => {
          const path = resolve(args.resolveDir, args.path);
          const { existsSync } = await import('node:fs');
          return existsSync(path) ? { path } : { path, namespace: 'missing' };
        });
        b.onLoad({ filter: /.*/, namespace: 'missing' }, () => ({
          contents: 'export default undefined',
          loader: 'js',
        }));
      },
    },
  ],
});
const files = new Map(
  esb.outputFiles.map((f) => [f.path.replace(/^.*\/j\//, '/').replace('/stdin.js', '/app.js'), f.text]),
);
const html =
  '<!doctype html><html lang="de"><body><script type="module" src="/app.js"></script></body></html>';
const server = createServer((req, res) => {
  const js = files.get(req.url ?? '');
  if (js !== undefined) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
  else res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await launchChromium();

/** The focused element through shadow roots, with its accessible name (label, aria-label, labelledby, text). */
const FOCUSED = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return { tag: 'body', name: '' };
  const rootNode = el.getRootNode();
  const byId = (id) => rootNode.getElementById?.(id);
  let name = el.getAttribute('aria-label') ?? '';
  if (!name && el.getAttribute('aria-labelledby'))
    name = el
      .getAttribute('aria-labelledby')
      .split(/\\s+/)
      .map((id) => byId(id)?.textContent ?? '')
      .join(' ');
  if (!name && el.labels?.length) name = el.labels[0].textContent ?? '';
  if (!name && el.closest('fieldset')) {
    const lg = el.closest('fieldset').querySelector('legend');
    if (lg && el.type === 'radio') name = lg.textContent + ' ' + (el.labels?.[0]?.textContent ?? '');
  }
  if (!name) name = el.textContent ?? '';
  // A kit button (<ias-button>) renders its text through a slot.
  if (!name.trim() && el.querySelector('slot'))
    name = el
      .querySelector('slot')
      .assignedNodes({ flatten: true })
      .map((n) => n.textContent)
      .join('');
  const groupLabel =
    el.getAttribute('role') === 'radio' || el.type === 'radio'
      ? (el.closest('[role=radiogroup]')?.getAttribute('aria-label') ??
        el.closest('fieldset')?.querySelector('legend')?.textContent ??
        '')
      : '';
  return {
    tag: el.localName,
    type: el.getAttribute('type') ?? '',
    role: el.getAttribute('role') ?? '',
    name: (groupLabel ? groupLabel + ' ' : '') + name.replace(/\\s+/g, ' ').trim(),
    inNav: !!el.closest('nav'),
    current: el.getAttribute('aria-current') ?? '',
  };
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() =>
    document.querySelector('ias-assessment')?.shadowRoot?.querySelector('ias-form'),
  );
  await page.evaluate(() => document.querySelector('ias-assessment').updateComplete);
  const template = await page.evaluate(() => window.template);
  let keys = 0;
  const log = [];
  const focused = () => page.evaluate(`(${FOCUSED})()`);
  const press = async (key, times = 1) => {
    for (let i = 0; i < times; i++) {
      await page.keyboard.press(key);
      keys++;
      await page.waitForTimeout(15);
      if (verbose) console.log(`  ${key} → ${JSON.stringify(await focused())}`);
    }
  };
  const type = async (text) => {
    for (const ch of text) await press(ch === ' ' ? 'Space' : ch);
  };
  const step = (what, before) => log.push(`${String(keys - before).padStart(4)}  ${what}`);
  /** Tab forward until the focused element matches; throws after `max` presses. */
  const tabTo = async (test, what, max = 120) => {
    for (let i = 0; i <= max; i++) {
      const f = await focused();
      if (test(f)) return f;
      await press('Tab');
    }
    throw new Error(`could not reach ${what} by Tab; focus is on ${JSON.stringify(await focused())}`);
  };
  const settle = () => page.evaluate(() => document.querySelector('ias-assessment').updateComplete);

  /** Opens a section from the section navigation: Tab to its current entry, arrows to the wanted one, Enter. */
  const openSection = async (re) => {
    const before = keys;
    const f = await focused();
    if (f.inNav && re.test(f.name)) return;
    await tabTo((x) => x.inNav, 'the section navigation');
    // Arrow down until the section is reached (roving focus wraps around).
    for (let i = 0; i < 20; i++) {
      const x = await focused();
      if (re.test(x.name)) break;
      await press('ArrowDown');
    }
    await press('Enter');
    await settle();
    step(`open section ${re}`, before);
  };

  const fill = async (d) => {
    const before = keys;
    const f = await tabTo((x) => d.field.test(x.name) && !x.inNav, `field ${d.field}`);
    if (d.check) {
      if (f.type === 'checkbox') await press('Space');
      else if (f.type === 'radio' || f.role === 'radio') {
        // A yes / no (/ unknown) group: the first option is "Ja".
        await press('Space');
      } else await press('Space');
    } else if (f.tag === 'select' || f.role === 'combobox' || f.role === 'listbox') {
      await type(d.pick ?? d.text);
      if (f.role === 'combobox') await press('Enter');
    } else if (f.type === 'radio' || f.role === 'radio') {
      await type(d.pick ?? d.text);
    } else {
      // A date field that asks for dd.mm.yyyy gets the Swiss order; the old one asked for JJJJ-MM-TT.
      await type(d.textDmy && !(await askedIso()) ? d.textDmy : d.text);
    }
    await settle();
    step(`fill ${d.field}`, before);
  };
  /** Whether the focused control (or its help) asks for an ISO date (JJJJ-MM-TT). */
  const askedIso = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const root = el.getRootNode();
      const help = (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' ');
      return /JJJJ-MM/.test(help + ' ' + (el.placeholder ?? ''));
    });

  // Start: focus in the page before the element (a host page's own controls come before it).
  await page.evaluate(() => document.body.focus());
  let section;
  for (const d of DATA) {
    if (!section || section.source !== d.section.source) {
      section = d.section;
      await openSection(d.section);
    }
    await fill(d);
  }
  // Finalise, then answer what the element asks (check your answers, confirm) until it says it is final.
  const fin = keys;
  await tabTo(
    (x) => /^Abschliessen|^Assessment abschliessen|^Weiter zur Kontrolle|^Angaben prüfen/.test(x.name),
    'the finalise button',
    200,
  );
  await press('Enter');
  await settle();
  for (let round = 0; round < 4; round++) {
    const status = await page.evaluate(() => document.querySelector('ias-assessment').value.status);
    if (status === 'final') break;
    await tabTo(
      (x) => x.tag === 'button' && /abschliessen|bestätigen/i.test(x.name),
      'the confirm button',
      200,
    );
    await press('Enter');
    await settle();
  }
  step('finalise (with any check / confirmation step)', fin);
  const status = await page.evaluate(() => document.querySelector('ias-assessment').value.status);
  const events = await page.evaluate(() => window.events);
  const after = await focused();
  console.log(`Kurzassessment keyboard journey, ${template}, Chromium ${browser.version()}\n`);
  console.log(log.join('\n'));
  console.log(`\nkeystrokes from empty to final: ${keys}`);
  console.log(
    `status: ${status}; ias-assessment-complete events: ${events.length}; focus after finalising: ${after.tag} "${after.name.slice(0, 80)}"`,
  );
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  if (status !== 'final') process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
