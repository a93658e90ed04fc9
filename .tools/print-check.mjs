// Proves the printable extract of <ias-assessment>: bundles a page that shows a finalised Kurzassessment
// (invented sample, schemas/samples) in `mode="print"`, prints it to an A4 PDF in Chromium and checks the text
// in the PDF: the person header, dates, sections, the profile and the signature lines — and that a social
// worker's print leaves out the health block. The text is read from the PDF itself, without external tools:
// the content streams (FlateDecode) are inflated with node:zlib and the hex glyph strings Chromium writes are
// mapped back to Unicode through each font's ToUnicode CMap.
//
//   node .tools/print-check.mjs            (needs /usr/bin/chromium; see docs/toolchain.md)
//   node .tools/print-check.mjs --out x.pdf --png x.png  also writes the case manager's PDF and a print-media screenshot
import { build } from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { CHROMIUM, launchChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const fail = (message) => {
  console.error(`print-check: FAILED — ${message}`);
  process.exit(1);
};

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
el.role = new URLSearchParams(location.search).get('role');
el.locale = 'de';
el.mode = 'print';
document.body.append(el);
el.updateComplete.then(() => { window.__ready = true; });
`;

// ---- a tiny PDF text extractor ------------------------------------------------------------------------

/** Every indirect object: number → { dict (text), stream (Buffer, inflated when FlateDecode) }. */
function readObjects(pdf) {
  const text = pdf.toString('latin1');
  const objects = new Map();
  const re = /(\d+) 0 obj\b/g;
  let m;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    let dict = body;
    let stream;
    if (s >= 0 && /^\s*<</.test(body)) {
      dict = body.slice(0, s);
      let from = start + s + 'stream'.length;
      if (text[from] === '\r') from++;
      if (text[from] === '\n') from++;
      const to = text.lastIndexOf('endstream', end);
      let raw = pdf.subarray(from, to);
      if (/\/FlateDecode/.test(dict)) {
        try {
          raw = inflateSync(raw);
        } catch {
          raw = Buffer.alloc(0);
        }
      }
      stream = raw;
    }
    objects.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return objects;
}

/** A ToUnicode CMap: glyph code (hex) → text. */
function parseCMap(source) {
  const map = new Map();
  const hexToText = (hex) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4)
      out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(src.toLowerCase(), hexToText(dst));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const a = parseInt(lo, 16);
      const b = parseInt(hi, 16);
      const base = parseInt(dst, 16);
      for (let c = a; c <= b; c++)
        map.set(c.toString(16).padStart(lo.length, '0'), String.fromCharCode(base + (c - a)));
    }
  }
  return map;
}

/** The text of every page, in content-stream order, one string per page. */
export function pdfText(pdf) {
  const objects = readObjects(pdf);
  const deref = (ref) => objects.get(Number(ref));
  const fontMap = (fontRef) => {
    const font = deref(fontRef);
    const tu = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
    const cmap = tu && deref(tu[1]);
    return cmap?.stream ? parseCMap(cmap.stream.toString('latin1')) : new Map();
  };
  const pages = [];
  for (const obj of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(obj.dict)) continue;
    // Fonts: inline /Resources << /Font << /F1 5 0 R >> >> or through an indirect resources dictionary.
    let resources = obj.dict;
    const resRef = /\/Resources (\d+) 0 R/.exec(obj.dict);
    if (resRef) resources = deref(resRef[1])?.dict ?? '';
    let fontsDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1];
    const fontsRef = /\/Font (\d+) 0 R/.exec(resources);
    if (!fontsDict && fontsRef) fontsDict = deref(fontsRef[1])?.dict ?? '';
    const fonts = new Map(
      [...(fontsDict ?? '').matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map(([, name, ref]) => [
        name,
        fontMap(ref),
      ]),
    );
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(obj.dict);
    const refs = contents ? ((contents[1] ?? contents[2]).match(/\d+(?= 0 R)|^\d+$/g) ?? []) : [];
    let out = '';
    for (const ref of refs) {
      const stream = deref(ref)?.stream?.toString('latin1') ?? '';
      let font = new Map();
      // Tf selects a font; Tj / TJ show hex or literal strings; Td / TD / T* / ' move to a new line or position.
      const tokens = stream.matchAll(
        /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj|\(((?:[^)\\]|\\.)*)\)\s*Tj|(-?[\d.]+\s+-?[\d.]+\s+T[dD]|T\*|ET)/g,
      );
      const decodeHex = (hex) => {
        hex = hex.replace(/\s+/g, '').toLowerCase();
        let s = '';
        for (let i = 0; i < hex.length; i += 4) s += font.get(hex.slice(i, i + 4)) ?? '';
        return s;
      };
      for (const [, fontName, array, hex, literal, move] of tokens) {
        if (fontName) font = fonts.get(fontName) ?? new Map();
        else if (array !== undefined) {
          for (const [, h, n] of array.matchAll(/<([0-9a-fA-F\s]*)>|(-?[\d.]+)/g)) {
            if (h !== undefined) out += decodeHex(h);
            else if (Number(n) < -200) out += ' '; // a wide negative kerning is a word gap
          }
        } else if (hex !== undefined) out += decodeHex(hex);
        else if (literal !== undefined) out += literal;
        else if (move) out += ' ';
      }
    }
    pages.push(out.replace(/\s+/g, ' ').trim());
  }
  return pages;
}

// ---- the check ----------------------------------------------------------------------------------------

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

async function main() {
  const start = Date.now();
  if (!existsSync(CHROMIUM))
    fail(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set IAS_CHROMIUM)`);
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'print-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['ias-source'],
    logLevel: 'silent',
  }).catch((e) => fail(`esbuild could not bundle the page script: ${e.message}`));
  const app = bundle.outputFiles[0].text;

  const browser = await launchChromium();
  const results = {};
  try {
    for (const role of ['case_manager', 'social_worker']) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(process.env.PRINT_DEBUG ? e.stack : String(e)));
      page.on('console', (m) => process.env.PRINT_DEBUG && console.log(m.text()));
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
      await page.route('http://print.test/**', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: app });
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kurzassessment</title><script src="/app.js" defer></script></head><body></body></html>',
        });
      });
      await page.goto(`http://print.test/?role=${role}`);
      await page
        .waitForFunction(() => window.__ready === true, undefined, { timeout: 30000 })
        .catch(() => fail(`the page did not render: ${errors.join('; ') || 'no error'}`));
      if (errors.length) fail(`page errors: ${errors.join('; ')}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
      });
      if (role === 'case_manager') {
        const out = process.argv.indexOf('--out');
        if (out > 0 && process.argv[out + 1]) writeFileSync(process.argv[out + 1], pdf);
        const png = process.argv.indexOf('--png');
        if (png > 0 && process.argv[png + 1]) {
          await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
          await page.screenshot({ path: process.argv[png + 1], fullPage: true });
        }
      }
      results[role] = { pages: pdfText(pdf), bytes: pdf.length };
      await page.close();
    }
  } finally {
    await browser.close();
  }

  // Chromium positions glyphs one by one for kerning and letter-spacing, and writes ligatures (ﬁ):
  // compare without white space, after compatibility normalisation.
  const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');
  const cm = norm(results.case_manager.pages.join(' '));
  const sw = norm(results.social_worker.pages.join(' '));
  const has = (text, s) => text.includes(norm(s));
  const missing = [...EXPECT_ALL, ...ONLY_CASE_MANAGER].filter((s) => !has(cm, s));
  if (missing.length)
    fail(`the case manager's PDF lacks ${JSON.stringify(missing)}; text was:\n${cm.slice(0, 2000)}`);
  const missingSw = EXPECT_ALL.filter((s) => !has(sw, s));
  if (missingSw.length) fail(`the social worker's PDF lacks ${JSON.stringify(missingSw)}`);
  const leaked = ONLY_CASE_MANAGER.filter((s) => has(sw, s));
  if (leaked.length) fail(`the social worker's PDF shows restricted text ${JSON.stringify(leaked)}`);
  console.log(
    `print-check: ok — A4 PDF, ${results.case_manager.pages.length} page(s) (${(results.case_manager.bytes / 1024).toFixed(0)} kB) with ` +
      `${EXPECT_ALL.length + ONLY_CASE_MANAGER.length} expected texts; the social worker's print (${results.social_worker.pages.length} page(s)) ` +
      `omits the health block (${((Date.now() - start) / 1000).toFixed(1)} s)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
