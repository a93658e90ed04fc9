// Precompiled validators work under a strict Content-Security-Policy, and the check can fail: a page served with
// `Content-Security-Policy: script-src 'self'` (no 'unsafe-eval', no inline script) validates samples with
// fromStandalone() and the generated validator of the CSP fixture, and mounts <ias-form> with it, without any
// CSP violation and with the same messages as Node; the same page calling the run-time compileSchema() (Ajv's
// `new Function`) is blocked, and works once the policy is gone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadValidatorModule } from '../build-validators.mjs';
import { bundle, expect, ORIGIN, root, serve, test } from './harness.mjs';

const CSP = "script-src 'self'";
const FIXTURE = 'packages/core/src/testing/csp-template.schema.json';
const GENERATED = 'packages/form/generated/csp-template.validator.js';

/** One valid and two invalid samples of the fixture form. */
const SAMPLES = [
  {
    lastName: 'Muster',
    birthDate: '1990-05-17',
    children: 2,
    hasJob: true,
    employer: 'Migros',
    contact: { kind: 'email', email: 'a.muster@example.ch' },
  },
  { birthDate: '1990-02-30', children: -1 },
  {
    lastName: 'Haddad',
    birthDate: '2001-11-03',
    hasJob: true,
    ahvNumber: '756.12',
    contact: { kind: 'phone' },
  },
];
/** Messages the invalid samples must show (checks localization and the x-ias-messages override). */
const EXPECTED = [
  ['de', 1, '/birthDate: Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben.'],
  ['de', 1, '/lastName: Bitte ausfüllen.'],
  ['fr', 1, '/children: Au moins 0.'],
  ['de', 2, '/employer: Bitte ausfüllen.'],
  ['de', 2, '/ahvNumber: Bitte die AHV-Nummer im Format 756.1234.5678.97 eingeben.'],
  ['fr', 2, '/contact/phone: Veuillez remplir ce champ.'],
];
const CONDITIONS = [
  ['/allOf/0/if', { hasJob: true }, true],
  ['/allOf/0/if', { hasJob: false }, false],
  ['/properties/contact/oneOf/1', { kind: 'email', email: 'a@b.ch' }, true],
  ['/properties/contact/oneOf/0', { kind: 'email', email: 'a@b.ch' }, false],
];

/** The page script; `data-mode` on <body> picks precompiled or run-time validation. */
const ENTRY = `
import { compileSchema, fromStandalone } from './packages/core/src/schema/validator.ts';
import './packages/form/src/form/define.ts';
import * as precompiled from './${GENERATED}';
import schema from './${FIXTURE}';
const samples = ${JSON.stringify(SAMPLES)};
const conditions = ${JSON.stringify(CONDITIONS)};
const mode = document.body.dataset.mode;
const messages = (r) => r.errors.map((e) => e.pointer + ': ' + e.message);
async function mountForm() {
  const form = document.createElement('ias-form');
  form.validator = fromStandalone(precompiled, schema);
  form.schema = schema;
  form.value = samples[1];
  form.locale = 'de';
  document.body.append(form);
  await form.updateComplete;
  const r = form.validate();
  await form.updateComplete;
  // The summary is an element with a shadow root of its own (<ias-error-summary>): read the text of both trees.
  const summary = form.shadowRoot.querySelector('[part="error-summary"]');
  if (summary && summary.updateComplete) await summary.updateComplete;
  const text = (node) => [...node.childNodes].map((n) => (n.nodeType === 3 ? n.data : n.nodeType === 1 ? text(n.shadowRoot ?? n) + (n.shadowRoot ? text(n) : '') : '')).join(' ');
  return { valid: r.valid, errors: messages(r), summary: summary ? text(summary.shadowRoot ?? summary).replace(/\\s+/g, ' ').trim() : '' };
}
let result;
try {
  const v = mode === 'runtime' ? compileSchema(schema, { strict: 'log' }) : fromStandalone(precompiled, schema);
  result = {
    precompiled: v.precompiled,
    samples: samples.map((s) => ({ valid: v.validate(s, 'de').valid, de: messages(v.validate(s, 'de')), fr: messages(v.validate(s, 'fr')) })),
    conditions: conditions.map(([pointer, data]) => v.test(pointer, data)),
  };
} catch (e) {
  result = { error: (e && e.name) + ': ' + (e && e.message) };
}
(mode === 'precompiled' ? mountForm() : Promise.resolve(undefined))
  .then((form) => (result.form = form), (e) => (result.form = { error: String(e) }))
  .then(() => { window.__result = result; document.getElementById('out').textContent = JSON.stringify(result, null, 2); });
`;

/** A classic script that records CSP violations before anything else runs. */
const LISTEN = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI });
});`;

const html = (mode) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>ias-kit CSP check (${mode})</title><link rel="icon" href="data:,">
<script src="listen.js"></script><script src="app.js" defer></script></head>
<body data-mode="${mode}"><h1>CSP check: ${mode}</h1><pre id="out">running…</pre></body></html>`;

// One worker runs this file's tests in order: the page script is bundled once.
test.describe.configure({ mode: 'default' });
let app;
let expected;
test.beforeAll(async () => {
  const [script, core] = await Promise.all([bundle(ENTRY, 'csp-entry.js'), loadValidatorModule()]);
  app = script;
  // What Node says with run-time compilation: the browser's results must be identical.
  const node = core.compileSchema(JSON.parse(readFileSync(join(root, FIXTURE), 'utf8')), { strict: true });
  const messages = (r) => r.errors.map((e) => `${e.pointer}: ${e.message}`);
  expected = {
    samples: SAMPLES.map((s) => ({
      valid: node.validate(s, 'de').valid,
      de: messages(node.validate(s, 'de')),
      fr: messages(node.validate(s, 'fr')),
    })),
    conditions: CONDITIONS.map(([pointer, data]) => node.test(pointer, data)),
  };
});

/** Opens the page in `mode`, served with the policy unless `csp` is false; returns what it found. */
async function visit(page, mode, csp = true) {
  const headers = csp ? { 'Content-Security-Policy': CSP } : {};
  const errors = await serve(
    page,
    {
      '/index.html': { type: 'text/html', body: html(mode), headers },
      '/listen.js': { type: 'text/javascript', body: LISTEN, headers },
      '/app.js': { type: 'text/javascript', body: app, headers },
    },
    headers,
  );
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => window.__result !== undefined, undefined, { timeout: 20_000 });
  return {
    header: response?.headers()['content-security-policy'],
    result: await page.evaluate(() => window.__result),
    violations: await page.evaluate(() => window.__violations),
    text: await page.textContent('#out'),
    logged: errors,
  };
}

const same = (r) => JSON.stringify({ samples: r.samples, conditions: r.conditions });

test('precompiled validation runs under the CSP, as in Node, and <ias-form> shows its messages', async ({
  page,
}) => {
  const { header, result, violations, text, logged } = await visit(page, 'precompiled');
  expect(header).toBe(CSP);
  expect(result.error).toBeUndefined();
  expect(violations).toEqual([]);
  expect(logged).toEqual([]);
  expect(result.precompiled).toBe(true);
  expect(result.samples.map((s) => s.valid)).toEqual([true, false, false]);
  for (const [locale, i, message] of EXPECTED) expect(result.samples[i][locale]).toContain(message);
  expect(same(result)).toBe(same(expected));
  expect(result.conditions).toEqual(CONDITIONS.map((c) => c[2]));
  expect(text).toContain('TT.MM.JJJJ');
  expect(result.form.error).toBeUndefined();
  expect(result.form.valid).toBe(false);
  expect(result.form.summary).toContain('Bitte ein gültiges Datum');
});

test('control: run-time compilation is blocked by the CSP', async ({ page }) => {
  const { result, violations } = await visit(page, 'runtime');
  expect(
    violations.filter((v) => v.directive === 'script-src' && v.blocked === 'eval').length,
  ).toBeGreaterThan(0);
  expect(result.error, 'run-time compileSchema validated despite the CSP').toBeDefined();
});

test('control: without the CSP run-time compilation works and agrees with Node', async ({ page }) => {
  const { header, result, violations } = await visit(page, 'runtime', false);
  expect(header).toBeUndefined();
  expect(result.error).toBeUndefined();
  expect(violations).toEqual([]);
  expect(same(result)).toBe(same(expected));
});
