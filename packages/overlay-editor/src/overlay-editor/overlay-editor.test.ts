/**
 * A canton specialist's journey through <ias-overlay-editor>, by keyboard only, on the kit's own
 * Kurzassessment template and sample records: add a choice field with three translated answers to
 * "Sprachen", hide an optional field, try and fail to hide a SEM core field, export.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { applyOverlay, checkOverlay, type Overlay } from '@ias-kit/core/schema';
import { compileSchema } from '@ias-kit/core/compile';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import './define.js';
import type { IasOverlayEditor } from './overlay-editor.js';
import type { IasOverlayChangeEvent, IasOverlayExportEvent } from './overlay-editor.events.js';

type Obj = Record<string, unknown>;
const get = async (path: string): Promise<Obj> => (await (await fetch(`/${path}`)).json()) as Obj;

let kurz: Obj;
let bad: Obj;
let records: unknown[];
before(async () => {
  kurz = await get('schemas/forms/sem-kurzassessment-1.1.0.schema.json');
  bad = await get('schemas/overlays/example-bad.overlay.json');
  const samples = await Promise.all(
    ['samira-haidari', 'dawit-tesfaye'].map((f) => get(`schemas/samples/${f}.json`)),
  );
  records = samples.flatMap((s) =>
    (s.snapshots as Obj[]).filter((x) => x.templateVersion === '1.1.0').map((x) => x.data),
  );
});

function active(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
/** Text of a node and of every shadow root below it (the preview's fields live in their own shadow roots). */
function deepText(node: Node): string {
  let out = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
  if (node instanceof Element && node.shadowRoot) out += deepText(node.shadowRoot);
  for (const child of node.childNodes) out += deepText(child);
  return out;
}
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(el: IasOverlayEditor): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await el.updateComplete;
}

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element; fails after `max` presses. */
async function tabTo(
  el: IasOverlayEditor,
  match: (e: Element) => boolean,
  back = false,
  max = 40,
): Promise<number> {
  for (let i = 1; i <= max; i++) {
    // Shift+Tab as separate key events: puppeteer's Firefox (WebDriver BiDi) knows no "Shift+Tab" chord.
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    await settle(el);
    const a = active();
    if (a && match(a)) return i;
  }
  throw new Error(
    `not reached by ${back ? 'Shift+' : ''}Tab: focus is on ${active()?.outerHTML.slice(0, 120)}`,
  );
}

async function typeText(el: IasOverlayEditor, value: string): Promise<void> {
  const target = active() as HTMLInputElement | null;
  const start = target?.value ?? '';
  await sendKeys({ type: value });
  // The browser may still be delivering the last keys when sendKeys returns (seen under load).
  if (target)
    await waitUntil(
      () => target.value === start + value,
      `typed "${target.value}", expected "${start + value}"`,
    );
  await settle(el);
}

describe('ias-overlay-editor', () => {
  it('by keyboard: adds a translated choice field, hides an optional field, is refused a core field, exports', async function () {
    this.timeout(90_000); // about 150 key presses, each through the browser's input pipeline
    const changes: IasOverlayChangeEvent[] = [];
    const exports: IasOverlayExportEvent[] = [];
    const el = await fixture<IasOverlayEditor>(
      html`<ias-overlay-editor
        .schema=${kurz}
        .records=${records}
        locale="de"
        @ias-overlay-change=${(e: IasOverlayChangeEvent) => changes.push(e)}
        @ias-overlay-export=${(e: IasOverlayExportEvent) => {
          e.preventDefault();
          exports.push(e);
        }}
      ></ias-overlay-editor>`,
    );
    await settle(el);
    const root = el.shadowRoot!;
    const status = () => text(root.querySelector('[role="status"]'));
    await expectAccessible(el);

    // Into the tree (one tab stop), down to "Sprachen".
    await tabTo(el, (a) => a.getAttribute('role') === 'treeitem');
    expect(text(active()?.querySelector('.name'))).to.equal('Angaben zur Abklärung');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active()?.getAttribute('data-pointer')).to.equal('/properties/languages');
    expect(active()?.getAttribute('aria-selected')).to.equal('true');
    expect(text(root.querySelector('#detail-heading'))).to.equal('Sprachen');

    // "Feld hinzufügen" opens the form with focus on the German label.
    await tabTo(el, (a) => a.getAttribute('part') === 'add-field');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active()?.id).to.equal('new-title-de');
    expect(text(root.querySelector('#add-heading'))).to.equal('Neues Feld in «Sprachen»');
    for (const [i, label] of [
      'fide-Niveau mündlich',
      'Niveau fide oral',
      'Livello fide orale',
      'fide level (oral)',
    ].entries()) {
      if (i) await sendKeys({ press: 'Tab' });
      await typeText(el, label);
    }
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(active()?.id).to.equal('new-kind');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect((root.querySelector('#new-kind') as HTMLSelectElement).value).to.equal('choice');
    await sendKeys({ press: 'Tab' }); // required: stays optional
    const answers = [
      ['A1 Anfänger', 'A1 débutant', 'A1 principiante', 'A1 beginner'],
      ['A2 Grundkenntnisse', 'A2 élémentaire', 'A2 elementare', 'A2 elementary'],
      ['B1 Mittelstufe', 'B1 intermédiaire', 'B1 intermedio', 'B1 intermediate'],
    ];
    for (const [n, labels] of answers.entries()) {
      if (n === 0) await tabTo(el, (a) => a.id === 'opt-0-de');
      else {
        await tabTo(el, (a) => a.id === 'add-option');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(active()?.id, 'a new answer takes the focus').to.equal(`opt-${n}-de`);
      }
      for (const [i, label] of labels.entries()) {
        if (i) await sendKeys({ press: 'Tab' });
        await typeText(el, label);
      }
    }
    await expectAccessible(el);
    expect((root.querySelector('#opt-2-value') as HTMLInputElement).value).to.equal('b1Mittelstufe');
    expect((root.querySelector('#new-name') as HTMLInputElement).value).to.equal('fideNiveauMuendlich');
    await sendKeys({ press: 'Enter' }); // submits the form from the text field
    await settle(el);
    const added = '/properties/languages/properties/fideNiveauMuendlich';
    await waitUntil(() => status() === 'Feld «fide-Niveau mündlich» zu «Sprachen» hinzugefügt.', status());
    expect(active()?.getAttribute('data-pointer'), 'focus on the new field in the tree').to.equal(added);
    expect(changes.length).to.equal(1);
    expect(changes[0]!.check.ok).to.equal(true);
    await waitUntil(
      () => deepText(root.querySelector('[part="preview"]')!).includes('fide-Niveau mündlich'),
      'the preview shows the new field',
    );

    // Hide the optional "Abklärende Stelle".
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(active()?.getAttribute('data-pointer')).to.equal('/properties/meta/properties/organisation');
    await tabTo(el, (a) => a.getAttribute('part') === 'hide');
    expect(active()?.getAttribute('aria-disabled')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitUntil(() => status() === '«Abklärende Stelle» ausgeblendet.', status());
    expect(changes.length).to.equal(2);
    expect(changes[1]!.overlay.hide).to.deep.equal(['/properties/meta/properties/organisation']);
    expect(
      text(root.querySelector('[data-pointer="/properties/meta/properties/organisation"] .badges')),
    ).to.contain('ausgeblendet');

    // Try to hide the core field "Geburtsdatum": locked, the reason is read out, nothing changes.
    await tabTo(el, (a) => a.getAttribute('role') === 'treeitem', true);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active()?.getAttribute('data-pointer')).to.equal('/properties/person/properties/birthDate');
    expect(text(root.querySelector('#lock-reason'))).to.contain('braucht das SEM-Monitoring');
    await tabTo(el, (a) => a.getAttribute('part') === 'hide');
    expect(active()?.getAttribute('aria-disabled')).to.equal('true');
    expect(active()?.getAttribute('aria-describedby')).to.equal('lock-reason');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitUntil(() => status() === 'Nicht möglich: Dieses Feld braucht das SEM-Monitoring.', status());
    expect(changes.length, 'a refused action changes nothing').to.equal(2);
    await expectAccessible(el);

    // Export.
    await tabTo(el, (a) => a.getAttribute('part') === 'export', true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(exports.length).to.equal(1);
    const exported = JSON.parse(exports[0]!.json) as Overlay;
    expect(exports[0]!.fileName).to.equal('canton-sem-kurzassessment-1.0.0.overlay.json');
    const check = checkOverlay(kurz, exported);
    expect(check.errors).to.deep.equal([]);
    const effective = applyOverlay(kurz, exported) as {
      properties: { languages: { properties: Record<string, Obj> } };
    };
    expect(
      effective.properties.languages.properties.fideNiveauMuendlich!['x-ias-enum-titles'],
    ).to.have.length(3);
    const before = compileSchema(kurz, { strict: 'log' });
    const after = compileSchema(effective, { strict: 'log' });
    const stillValid = records.filter((r) => before.validate(r).valid);
    expect(stillValid.length).to.be.greaterThan(0);
    for (const r of stillValid) expect(after.validate(r).valid).to.equal(true);
    expect(status()).to.equal('Anpassung Version 1.0.0 exportiert.');
    // After export the new field's name is fixed.
    expect(el.value).to.deep.equal(exported);
  });

  it('shows every problem of a refused overlay at its field, with the pointer and a fix, and refuses to export it', async () => {
    const el = await fixture<IasOverlayEditor>(
      html`<ias-overlay-editor .schema=${kurz} .overlay=${bad} locale="de"></ias-overlay-editor>`,
    );
    await settle(el);
    const root = el.shadowRoot!;
    const problems = [...root.querySelectorAll('.all-problems li')].map(text);
    expect(problems.length).to.equal(el.check.errors.length);
    expect(problems.length).to.be.greaterThan(2);
    expect(problems.join(' ')).to.contain('Der Typ eines Kernfelds wird geändert.');
    expect(problems.join(' ')).to.contain('Stelle: /properties/person/properties/status');
    expect(problems.join(' ')).to.contain('Vorschlag: Blenden Sie das Feld wieder ein.');
    expect(text(root.querySelector('[data-pointer="/properties/schooling"] .badges'))).to.contain('Problem');
    let exported = false;
    el.addEventListener('ias-overlay-export', () => (exported = true));
    expect(el.exportOverlay()).to.equal(false);
    expect(exported).to.equal(false);
    await expectAccessible(el);
    // "Zum Feld" opens the tree at the field; showing the schooling section again solves that problem.
    const goTo = [...root.querySelectorAll<HTMLButtonElement>('.all-problems button')].find((b) =>
      text(b.closest('li')).includes('Schul'),
    )!;
    goTo.click();
    await settle(el);
    expect(active()?.getAttribute('data-pointer')).to.equal('/properties/schooling');
    const before = el.check.errors.length;
    root.querySelector<HTMLButtonElement>('.detail .actions button')!.click();
    await settle(el);
    const fixed = el.check.errors.length;
    expect(fixed).to.be.lessThan(before);
    expect(
      el.check.errors.map((e) => e.pointer).filter((p) => p.startsWith('/properties/schooling')),
    ).to.deep.equal([]);
    el.undo();
    await settle(el);
    expect(el.check.errors.length).to.equal(before);
    el.redo();
    await settle(el);
    expect(el.check.errors.length).to.equal(fixed);
  });

  it('lists the records an overlay would make invalid before it is saved', async () => {
    const el = await fixture<IasOverlayEditor>(
      html`<ias-overlay-editor .schema=${kurz} .records=${records} locale="en"></ias-overlay-editor>`,
    );
    await settle(el);
    const root = el.shadowRoot!;
    root.querySelector<HTMLElement>('[data-pointer="/properties/meta"] .twisty')!.click();
    await settle(el);
    root.querySelector<HTMLElement>('[data-pointer="/properties/meta/properties/organisation"]')!.click();
    await settle(el);
    const limit = root.querySelector<HTMLInputElement>('#limit-maxLength')!;
    limit.value = '5000';
    limit.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(root.querySelector('[role="status"]'))).to.equal(
      'Not possible: The limit may only become stricter than in the template.',
    );
    limit.value = '5';
    limit.dispatchEvent(new Event('change'));
    await settle(el);
    root.querySelector<HTMLElement>('#tab-data')!.click();
    await settle(el);
    const result = await el.checkRecords();
    await settle(el);
    const valid = records.filter((r) => compileSchema(kurz, { strict: 'log' }).validate(r).valid).length;
    expect(result.broken.length).to.equal(valid);
    expect(text(root.querySelector('[part="data-result"]'))).to.contain(`would become invalid`);
    expect(text(root.querySelector('[part="data-result"]'))).to.contain(
      'About this assessment › Assessing office',
    );
    await expectAccessible(el);
  });

  it('works in French: labels, status messages and the add-field form', async () => {
    const el = await fixture<IasOverlayEditor>(
      html`<ias-overlay-editor .schema=${kurz} locale="fr"></ias-overlay-editor>`,
    );
    await settle(el);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('h2'))).to.equal('Adapter le formulaire : Évaluation sommaire');
    root.querySelector<HTMLElement>('[data-pointer="/properties/languages"]')!.click();
    await settle(el);
    expect(text(root.querySelector('#detail-heading'))).to.equal('Langues');
    root.querySelector<HTMLElement>('[part="add-field"]')!.click();
    await settle(el);
    expect(active()?.id).to.equal('new-title-de');
    await sendKeys({ press: 'Tab' });
    await typeText(el, 'Permis de conduire');
    const input = (id: string) => root.querySelector<HTMLInputElement>(id)!;
    await waitUntil(
      () => input('#new-title-fr').value === 'Permis de conduire',
      `typed: ${input('#new-title-fr').value}`,
    );
    await waitUntil(
      () => input('#new-name').value === 'permisDeConduire',
      `name: ${input('#new-name').value}`,
    );
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitUntil(
      () =>
        text(root.querySelector('[role="status"]')) === 'Champ « Permis de conduire » ajouté à « Langues ».',
    );
    await expectAccessible(el);
  });
});
