/*
 * The case worker's journey, by keyboard only (sendKeys), in Chromium and Firefox: open a new Kurzassessment,
 * try to finalise it empty, follow each error-summary link to its field, fill it in, check the answers,
 * confirm, and land on the status message — asserting focus, aria-invalid, the messages and the event.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AssessmentSnapshot } from '@ias-kit/core';
import { fieldId, type IasErrorSummary } from '@ias-kit/form';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { loadFixtures, type Fixtures } from '../test/fixtures.js';
import './define.js';
import type { IasAssessment } from './assessment.js';
import type { IasAssessmentCompleteEvent } from './assessment.events.js';

let fx: Fixtures;
before(async () => {
  fx = await loadFixtures();
});

const deepActive = (): HTMLElement | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement | null;
};
/** The focused element or the custom element whose shadow root holds it. */
const focusedHost = (): Element | null => {
  const a = deepActive();
  const root = a?.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === 'ias-button' ? root.host : a;
};
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tick = () => new Promise((r) => setTimeout(r, 30));

let keys = 0;
async function press(key: string): Promise<void> {
  keys++;
  if (key.startsWith('Shift+')) {
    // Firefox's WebDriver BiDi knows no "Shift+Tab" chord: hold Shift around the key.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice(6) });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys({ press: key === 'Space' ? ' ' : key });
  await tick();
}
async function typeText(t: string): Promise<void> {
  keys += t.length;
  await sendKeys({ type: t });
  await tick();
}
/** Presses `key` until `test` holds for the focused element; fails after `max` presses. */
async function moveTo(
  test: (el: Element) => boolean,
  what: string,
  key = 'Tab',
  max = 150,
): Promise<Element> {
  for (let i = 0; i <= max; i++) {
    const f = focusedHost();
    if (f && test(f)) return f;
    await press(key);
  }
  throw new Error(`${what} not reached with ${key}; focus on ${focusedHost()?.outerHTML.slice(0, 120)}`);
}

interface Answer {
  keys: string;
  stored: unknown;
}
type Answers = Record<string, Answer>;

const DE: Answers = {
  '/person/officialName': { keys: 'Haidari', stored: 'Haidari' },
  '/person/firstName': { keys: 'Samira', stored: 'Samira' },
  '/person/birthDate': { keys: '03.1994', stored: '1994-03' },
  '/person/status': { keys: 'V', stored: 'VA' },
  '/person/entryDate': { keys: '12.05.2021', stored: '2021-05-12' },
  '/languages/alphabetisation': { keys: 'a', stored: 'alphabetisiert_lateinisch' },
  '/schooling/years': { keys: '9', stored: 9 },
  '/work/totalMonths': { keys: '24', stored: 24 },
  '/result/potential': { keys: ' ', stored: true },
  '/result/track': { keys: 'Arb', stored: 'arbeitsmarkt' },
};
const FR: Answers = {
  ...DE,
  '/person/status': { keys: 'Ad', stored: 'VA' },
  '/result/track': { keys: 'Mar', stored: 'arbeitsmarkt' },
};

const at = (data: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      data,
    );

async function answer(a: Answer): Promise<void> {
  const el = deepActive()!;
  if (a.keys === ' ') await press('Space');
  else if (el instanceof HTMLInputElement && el.type === 'checkbox') await press('Space');
  else await typeText(a.keys);
  if (el instanceof HTMLSelectElement || el.getAttribute('role') === 'combobox') await press('Tab');
}

const LOCALES = {
  de: {
    answers: DE,
    finalise: 'Abschliessen',
    confirm: 'Jetzt endgültig abschliessen',
    first: 'Geben Sie den Namen an.',
    prefix: 'Fehler:',
    check: 'Angaben prüfen',
    done: 'Kurzassessment abgeschlossen',
  },
  fr: {
    answers: FR,
    finalise: 'Finaliser',
    confirm: 'Finaliser maintenant',
    first: 'Indiquez le nom.',
    prefix: 'Erreur\u202f:',
    check: 'Vérifier les indications',
    done: 'finalisé',
  },
} as const;

for (const [locale, L] of Object.entries(LOCALES)) {
  describe(`ias-assessment: the Kurzassessment journey by keyboard (${locale})`, () => {
    it('empty → error summary → each field → check answers → confirm → status message', async () => {
      const template = fx.templates
        .map((t) => String(t['$id']))
        .filter((id) => id.includes('sem-kurzassessment@'))
        .sort()
        .pop()!;
      const [templateId, templateVersion] = template.split('@') as [string, string];
      const blank: AssessmentSnapshot = {
        id: 'new',
        templateId,
        templateVersion,
        date: '2025-03-03',
        assessor: { id: 'cm-017', name: 'Regula Imhof' },
        status: 'draft',
        data: {},
      };
      const el = await fixture<IasAssessment>(
        html`<ias-assessment
          .templates=${fx.templates}
          .value=${blank}
          .userRole=${'case_manager'}
          .locale=${locale}
          today="2025-03-03"
        ></ias-assessment>`,
      );
      await el.updateComplete;
      const completed: IasAssessmentCompleteEvent[] = [];
      el.addEventListener('ias-assessment-complete', (e) => completed.push(e));
      keys = 0;

      // 1. Try to finalise the empty form.
      await moveTo((f) => text(f) === L.finalise, 'the finalise button');
      await press('Enter');
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector<IasErrorSummary>('ias-error-summary')!;
      await summary.updateComplete;
      expect(deepActive()).to.equal(
        summary.shadowRoot!.querySelector('[part="base"]'),
        'focus on the summary',
      );
      const pointers = summary.errors.map((e) => e.pointer);
      expect(pointers).to.have.members(Object.keys(L.answers));
      expect(summary.errors[0]!.message).to.equal(L.first);
      expect(completed).to.have.length(0);
      await expectAccessible(el);

      // 2. Follow each link to its field and fill it in.
      for (let round = 0; round < pointers.length; round++) {
        const link = await moveTo(
          (f) => f.localName === 'a' && f.getRootNode() === summary.shadowRoot,
          'a summary link',
          round === 0 ? 'Tab' : 'Shift+Tab',
        );
        const pointer = summary.errors.find(
          (e) => `#${fieldId(e.pointer)}` === link.getAttribute('href'),
        )!.pointer;
        await press('Enter');
        await el.updateComplete;
        await tick();
        const control = deepActive()!;
        const group = control.closest('[role="radiogroup"]');
        expect((group ?? control).getAttribute('aria-invalid')).to.equal('true', `${pointer} marked invalid`);
        const describedBy = (group?.closest('fieldset') ?? control).getAttribute('aria-describedby') ?? '';
        const root = control.getRootNode() as ShadowRoot;
        const message = describedBy
          .split(/\s+/)
          .map((id) => text(root.getElementById(id)))
          .join(' ');
        expect(message, pointer).to.contain(`${L.prefix.replace(/\s/g, ' ')} `);
        await answer(L.answers[pointer]!);
        await el.updateComplete;
        expect(at(el.value!.data, pointer)).to.deep.equal(L.answers[pointer]!.stored, pointer);
        expect(summary.errors.map((e) => e.pointer)).not.to.include(pointer);
      }
      expect(summary.errors).to.have.length(0);

      // 3. Finalise again: check your answers (focus on its heading), then confirm.
      await moveTo((f) => text(f) === L.finalise, 'the finalise button');
      await press('Enter');
      await el.updateComplete;
      expect(text(deepActive())).to.equal(L.check);
      expect(completed).to.have.length(0, 'checking is not finalising');
      await expectAccessible(el);
      await moveTo((f) => text(f) === L.confirm, 'the confirm button');
      await press('Enter');
      await el.updateComplete;

      // 4. Final: the event, the state and focus on the status message.
      expect(completed).to.have.length(1);
      expect(completed[0]!.snapshot.status).to.equal('final');
      expect(completed[0]!.date).to.equal('2025-03-03');
      const status = el.shadowRoot!.querySelector('[part="done"]')!;
      expect(deepActive()).to.equal(status);
      expect(text(status)).to.contain(L.done);
      await expectAccessible(el);
      console.log(
        `Kurzassessment journey (${locale}, ${templateVersion}): ${keys} keystrokes from empty to final`,
      );
    });
  });
}
