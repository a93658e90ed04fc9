/*
 * Codes become words: what a screen reader gets from the assessment (visible text, visually hidden text,
 * accessible names, control values) holds no raw ISO country or language code, no status code, no template
 * URL and no ISO date mask — in the form, the check-your-answers step, the summary, the history and print.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AssessmentSnapshot } from '@ias-kit/core';
import { loadFixtures, clone, type Fixtures } from '../test/fixtures.js';
import './define.js';
import type { IasAssessment } from './assessment.js';

let fx: Fixtures;
before(async () => {
  fx = await loadFixtures();
});

/** Everything a screen reader can read below `root`: text nodes (unless hidden), names and values. */
function readable(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text) {
      const t = node.data.trim();
      if (t) out.push(t);
      return;
    }
    if (!(node instanceof Element || node instanceof ShadowRoot || node instanceof DocumentFragment)) return;
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      const style = getComputedStyle(node);
      if (
        node.hasAttribute('hidden') ||
        style.display === 'none' ||
        node.getAttribute('aria-hidden') === 'true'
      )
        return;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext'])
        if (node.getAttribute(a)) out.push(node.getAttribute(a)!);
      if (node instanceof HTMLInputElement && node.type !== 'checkbox' && node.type !== 'radio' && node.value)
        out.push(node.value);
      if (node instanceof HTMLSelectElement && node.selectedOptions[0])
        out.push(node.selectedOptions[0].text);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

const BAD: [string, RegExp][] = [
  ['template URL', /https?:\/\/ias-kit\.ch\//],
  ['ISO date mask', /JJJJ-MM-TT|YYYY-MM-DD|AAAA-MM-JJ|AAAA-MM-GG/],
  ['raw ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ['country code', /(^|[^\p{L}-])(AF|ER|IR|CH)(?![\p{L}-])/u],
  ['language code', /(^|[^\p{L}])(fa|ti|ar|prs)(?![\p{L}])/u],
  ['status code', /(^|[^\p{L}-])(FL|VA|VA-FL)(?![\p{L}-])/u],
];

function expectWords(el: Element, where: string): void {
  const texts = readable(el);
  expect(texts.length, where).to.be.greaterThan(5);
  for (const [what, re] of BAD) {
    const hit = texts.find((t) => re.test(t));
    expect(hit, `${where}: ${what} in "${hit}"`).to.equal(undefined);
  }
}

async function mount(value: AssessmentSnapshot, history: AssessmentSnapshot[], mode = 'edit') {
  const el = await fixture<IasAssessment>(
    html`<ias-assessment
      .templates=${fx.templates}
      .overlays=${fx.overlays}
      .value=${value}
      .history=${history}
      .userRole=${'case_manager'}
      .mode=${mode}
      locale="de"
      today="2025-03-03"
    ></ias-assessment>`,
  );
  await el.updateComplete;
  return el;
}

describe('ias-assessment: codes become words (screen-reader tree)', () => {
  it('template 1.2.0: every section, the check step, the summary and print read as words', async () => {
    const [snap] = clone(fx.mariam.snapshots);
    const el = await mount(snap!, []);
    for (const view of [...el.sections, 'summary']) {
      el.view = view;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expectWords(el, `section ${view}`);
    }
    await el.review();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="check"]')).not.to.equal(null);
    expectWords(el, 'check your answers');
    const printed = await mount(snap!, [], 'print');
    expectWords(printed, 'print');
    const text = readable(printed).join(' ');
    expect(text).to.contain('Eritrea');
    expect(text).to.contain('Tigrinya');
    expect(text).to.contain('A2 – Grundlegende Kenntnisse');
    expect(text).to.contain('Vorläufig aufgenommener Flüchtling (F)');
  });

  it('older versions in history, summary and print read as words too', async () => {
    const history = clone(fx.samira.snapshots);
    const current = history.find((h) => h.id === 'ka-2025-01')!;
    const el = await mount(current, history);
    el.view = 'history';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expectWords(el, 'history');
    expect(readable(el).join(' ')).to.match(/Sprachniveaus im Verlauf\s*:\s*Deutsch/);
    el.view = 'person';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const person = readable(el).join(' ');
    expect(person).to.contain('Afghanistan');
    const printed = await mount(
      history.find((h) => h.id === 'ka-2024-02')!,
      history,
      'print',
    );
    expectWords(printed, 'print 1.1.0');
  });
});
