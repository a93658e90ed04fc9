// Proves that precompiled validators work under a strict Content-Security-Policy, and that the check
// can fail: a page served with `Content-Security-Policy: script-src 'self'` (no 'unsafe-eval', no
// inline script) validates samples with fromStandalone() and the generated validator of the CSP
// fixture — without any CSP violation, with the same messages as Node — while the same page calling
// the run-time compileSchema() (Ajv's `new Function`) is blocked.
//
//   node .tools/csp-check.mjs        (needs /usr/bin/chromium; see docs/toolchain.md)
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { CHROMIUM, launchChromium } from './chromium.mjs';
import { loadValidatorModule } from './build-validators.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CSP = "script-src 'self'";
const FIXTURE = 'packages/core/src/schema/fixtures/csp-template.schema.json';
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

const fail = (message) => {
  console.error(`csp-check: FAILED — ${message}`);
  process.exit(1);
};

/** The page script, shared by both pages; `data-mode` on <body> picks precompiled or run-time. */
const ENTRY = `
import { compileSchema, fromStandalone } from './packages/core/src/schema/validator.ts';
import './packages/form/src/form/define.ts';
import * as precompiled from './${GENERATED}';
import schema from './${FIXTURE}';
const samples = ${JSON.stringify(SAMPLES)};
const conditions = ${JSON.stringify(CONDITIONS)};
const mode = document.body.dataset.mode;
let result;
async function mountForm() {
  // <ias-form> with the precompiled validator: renders, validates and shows messages under the CSP.
  const form = document.createElement('ias-form');
  form.validator = fromStandalone(precompiled, schema);
  form.schema = schema;
  form.value = samples[1];
  form.locale = 'de';
  document.body.append(form);
  await form.updateComplete;
  const r = form.validate();
  await form.updateComplete;
  const summary = form.shadowRoot.querySelector('[part="error-summary"]');
  return { valid: r.valid, errors: r.errors.map((e) => e.pointer + ': ' + e.message), summary: summary ? summary.textContent.replace(/\\s+/g, ' ').trim() : '' };
}
try {
  const v = mode === 'runtime' ? compileSchema(schema, { strict: 'log' }) : fromStandalone(precompiled, schema);
  result = {
    mode,
    precompiled: v.precompiled,
    samples: samples.map((s) => {
      const de = v.validate(s, 'de');
      const fr = v.validate(s, 'fr');
      return {
        valid: de.valid,
        de: de.errors.map((e) => e.pointer + ': ' + e.message),
        fr: fr.errors.map((e) => e.pointer + ': ' + e.message),
      };
    }),
    conditions: conditions.map(([pointer, data]) => v.test(pointer, data)),
  };
} catch (e) {
  result = { mode, error: (e && e.name) + ': ' + (e && e.message) };
}
(mode === 'precompiled' ? mountForm() : Promise.resolve(undefined))
  .then((form) => (result.form = form), (e) => (result.form = { error: String(e) }))
  .then(() => {
    window.__result = result;
    document.getElementById('out').textContent = JSON.stringify(result, null, 2);
  });
`;

/** A classic script that records CSP violations before anything else runs. */
const LISTEN = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});`;

const page = (mode) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>ias-kit CSP check (${mode})</title>
<link rel="icon" href="data:,">
<script src="listen.js"></script><script src="app.js" defer></script></head>
<body data-mode="${mode}"><h1>CSP check: ${mode}</h1><pre id="out">running…</pre></body></html>`;

async function main() {
  const start = Date.now();
  if (!existsSync(CHROMIUM))
    fail(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set IAS_CHROMIUM)`);
  if (!existsSync(resolve(root, GENERATED)))
    fail(`${GENERATED} is missing: run node .tools/build-validators.mjs`);

  const [bundle, core] = await Promise.all([
    build({
      stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'csp-entry.js', loader: 'js' },
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      platform: 'browser',
      target: 'es2022',
      conditions: ['ias-source'],
      logLevel: 'silent',
    }).catch((e) => fail(`esbuild could not bundle the page script: ${e.message}`)),
    loadValidatorModule(),
  ]);
  const app = bundle.outputFiles[0].text;

  // What Node says (run-time compile): the browser's precompiled results must be identical.
  const { readFile } = await import('node:fs/promises');
  const schema = JSON.parse(await readFile(resolve(root, FIXTURE), 'utf8'));
  const node = core.compileSchema(schema, { strict: true });
  const expected = {
    samples: SAMPLES.map((s) => {
      const de = node.validate(s, 'de');
      const fr = node.validate(s, 'fr');
      return {
        valid: de.valid,
        de: de.errors.map((e) => `${e.pointer}: ${e.message}`),
        fr: fr.errors.map((e) => `${e.pointer}: ${e.message}`),
      };
    }),
    conditions: CONDITIONS.map(([pointer, data]) => node.test(pointer, data)),
  };

  const files = {
    '/precompiled.html': ['text/html', page('precompiled')],
    '/runtime.html': ['text/html', page('runtime')],
    '/nocsp/runtime.html': ['text/html', page('runtime')],
    '/listen.js': ['text/javascript', LISTEN],
    '/app.js': ['text/javascript', app],
    '/nocsp/listen.js': ['text/javascript', LISTEN],
    '/nocsp/app.js': ['text/javascript', app],
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files[path];
    if (!file) {
      res.writeHead(404, { 'Content-Security-Policy': CSP }).end();
      return;
    }
    const headers = { 'Content-Type': `${file[0]}; charset=utf-8`, 'Cache-Control': 'no-store' };
    // /nocsp/… serves the same run-time page without the policy: it must work there, so the control fails for the CSP alone.
    res.writeHead(200, path.startsWith('/nocsp/') ? headers : { ...headers, 'Content-Security-Policy': CSP });
    res.end(file[1]);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();

  const browser = await launchChromium();
  const visit = async (path) => {
    const tab = await browser.newPage();
    const consoleErrors = [];
    const pageErrors = [];
    tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    tab.on('pageerror', (e) => pageErrors.push(String(e)));
    const response = await tab.goto(`http://127.0.0.1:${port}/${path}.html`);
    const header = response?.headers()['content-security-policy'];
    await tab.waitForFunction(() => window.__result !== undefined, undefined, { timeout: 10_000 });
    const result = await tab.evaluate(() => window.__result);
    const violations = await tab.evaluate(() => window.__violations);
    const text = await tab.textContent('#out');
    await tab.close();
    return { header, result, violations, consoleErrors, pageErrors, text };
  };
  let pre, run, open;
  try {
    pre = await visit('precompiled');
    run = await visit('runtime');
    open = await visit('nocsp/runtime');
  } finally {
    await browser.close();
    server.close();
  }

  // The precompiled page: right results, nothing blocked, nothing logged.
  if (pre.header !== CSP) fail(`the page was served without the CSP header (got ${pre.header})`);
  if (pre.result.error) fail(`precompiled validation threw under the CSP: ${pre.result.error}`);
  if (pre.violations.length)
    fail(`precompiled page raised CSP violations: ${JSON.stringify(pre.violations)}`);
  if (pre.consoleErrors.length || pre.pageErrors.length) {
    fail(`precompiled page logged errors: ${[...pre.consoleErrors, ...pre.pageErrors].join(' | ')}`);
  }
  if (!pre.result.precompiled) fail('the precompiled page did not use a precompiled validator');
  const validFlags = pre.result.samples.map((s) => s.valid).join(',');
  if (validFlags !== 'true,false,false') fail(`valid flags ${validFlags}, expected true,false,false`);
  for (const [locale, i, message] of EXPECTED) {
    if (!pre.result.samples[i][locale].includes(message)) {
      fail(
        `sample ${i} lacks "${message}" (${locale}); got ${JSON.stringify(pre.result.samples[i][locale])}`,
      );
    }
  }
  const same =
    JSON.stringify({ samples: pre.result.samples, conditions: pre.result.conditions }) ===
    JSON.stringify(expected);
  if (!same)
    fail(
      `browser (precompiled) and Node (run-time) disagree:\n${JSON.stringify(pre.result)}\nvs\n${JSON.stringify(expected)}`,
    );
  const wanted = CONDITIONS.map((c) => c[2]).join(',');
  if (pre.result.conditions.join(',') !== wanted)
    fail(`test() gave ${pre.result.conditions}, expected ${wanted}`);
  if (!pre.text?.includes('TT.MM.JJJJ')) fail('the results were not written into the page');
  const form = pre.result.form;
  if (!form || form.error)
    fail(`<ias-form> with the precompiled validator failed under the CSP: ${form?.error}`);
  if (form.valid !== false || !form.summary.includes('Bitte ein gültiges Datum'))
    fail(`<ias-form> under the CSP did not show the expected messages: ${JSON.stringify(form)}`);

  // The control: run-time compilation must be blocked, or this check proves nothing.
  const blocked = run.violations.filter((v) => v.directive === 'script-src' && v.blocked === 'eval');
  if (!blocked.length) {
    fail(
      `control failed: run-time compileSchema raised no eval CSP violation (result ${JSON.stringify(run.result)})`,
    );
  }
  if (!run.result.error) fail('control failed: run-time compileSchema validated despite the CSP');
  if (open.header !== undefined || open.result.error || open.violations.length) {
    fail(
      `without a CSP the run-time page must work (result ${JSON.stringify(open.result)}), or the control proves nothing`,
    );
  }
  const openSame =
    JSON.stringify({ samples: open.result.samples, conditions: open.result.conditions }) ===
    JSON.stringify(expected);
  if (!openSame)
    fail(`run-time compile in the browser (no CSP) disagrees with Node: ${JSON.stringify(open.result)}`);

  const secs = ((Date.now() - start) / 1000).toFixed(1);
  const messages = pre.result.samples.reduce((n, s) => n + s.de.length + s.fr.length, 0);
  console.log(
    `csp-check: OK — under "${CSP}" precompiled validation ran with 0 violations (3 samples, ${messages} de/fr messages, ` +
      `<ias-form> rendered and showed ${pre.result.form.errors.length} messages, ` +
      `${CONDITIONS.length} test() calls, identical to Node); run-time compile blocked as expected ` +
      `(${blocked.length} eval violation(s), ${run.result.error.split(':')[0]}) and works without the CSP, in ${secs}s`,
  );
}

main().catch((e) => fail(e?.stack ?? String(e)));
