// The printable extract of <ias-assessment>: a page shows a finalised Kurzassessment (invented sample,
// schemas/samples) in `mode="print"`, Chromium prints it to an A4 PDF, and the text read back from the PDF
// (unpdf, i.e. pdf.js) has the person header, dates, sections, the profile and the signature lines; a social
// worker's print leaves out the health block.
//
// IAS_PRINT_OUT=x.pdf also writes the case manager's PDF (and x.png, a print-media screenshot) for a human look.
import { writeFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { bundle, expect, ORIGIN, serve, test } from './harness.mjs';

// A minified single-file bundle, as many hosts ship. It also guards an esbuild init-order pitfall that core's
// "sideEffects" list (its index files) avoids: modules shared with the lazily imported compiler chunk.
const ENTRY = `
import './packages/assessment/src/assessment/define.ts';
import k100 from './schemas/forms/sem-kurzassessment-1.0.0.schema.json';
import k110 from './schemas/forms/sem-kurzassessment-1.1.0.schema.json';
import praxis from './schemas/forms/sem-praxisassessment-1.0.0.schema.json';
import be from './schemas/overlays/example-be-fide.overlay.json';
import samira from './schemas/samples/samira-haidari.json';
const el = document.createElement('ias-assessment');
el.templates = [k100, k110, praxis];
el.overlays = [be];
el.value = samira.snapshots.find((s) => s.id === 'ka-2024-02');
el.person = samira.person;
el.setAttribute('user-role', new URLSearchParams(location.search).get('role'));
el.locale = 'de';
el.mode = 'print';
document.body.append(el);
el.updateComplete.then(() => { window.__ready = true; });
`;
const HTML =
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kurzassessment</title>' +
  '<script src="/app.js" defer></script></head><body></body></html>';

const EXPECT_ALL = [
  'Kurzassessment',
  'Samira Haidari',
  'Geburtsdatum',
  '03.1994',
  'Einreise',
  '14.09.2022',
  '12.02.2024',
  'Regula Imhof',
  'Beispiel Kanton Bern',
  'Person und Status',
  'Sprachen',
  'fide-Sprachenpass',
  'Schul- und Bildungsweg',
  'Ergebnis und Triage',
  'Ausbildung',
  'Übersicht',
  'Empfehlung',
  'Unterschriften',
  'Ort, Datum',
  'Unterschrift',
  'Fallführung',
];
const ONLY_CASE_MANAGER = ['Gesundheit und Arbeitsfähigkeit', 'Arbeitsfähigkeit (%)'];

test.describe.configure({ mode: 'default' });
let app;
test.beforeAll(async () => {
  app = await bundle(ENTRY, 'print-entry.js');
});

/** The PDF's text as the user's role sees it, compared without white space after compatibility normalisation
 * (Chromium positions glyphs one by one for kerning and letter-spacing, and writes ligatures such as ﬁ). */
async function printed(page, role) {
  const errors = await serve(page, {
    '/index.html': { type: 'text/html', body: HTML },
    '/app.js': { type: 'text/javascript', body: app },
  });
  await page.goto(`${ORIGIN}/index.html?role=${role}`);
  await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 30_000 });
  expect(errors).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
  });
  const out = process.env.IAS_PRINT_OUT;
  if (out && role === 'case_manager') {
    writeFileSync(out, pdf);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.screenshot({ path: out.replace(/\.pdf$/, '') + '.png', fullPage: true });
  }
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  expect(totalPages).toBeGreaterThan(0);
  return text.normalize('NFKC').replace(/\s+/g, '');
}
const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');

test("the case manager's A4 print has the header, sections, profile, signatures and the health block", async ({
  page,
}) => {
  const text = await printed(page, 'case_manager');
  const missing = [...EXPECT_ALL, ...ONLY_CASE_MANAGER].filter((s) => !text.includes(norm(s)));
  expect(missing, text.slice(0, 2000)).toEqual([]);
});

test("the social worker's print omits the health block", async ({ page }) => {
  const text = await printed(page, 'social_worker');
  expect(EXPECT_ALL.filter((s) => !text.includes(norm(s)))).toEqual([]);
  expect(ONLY_CASE_MANAGER.filter((s) => text.includes(norm(s)))).toEqual([]);
});
