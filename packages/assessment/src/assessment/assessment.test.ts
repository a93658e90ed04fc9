import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AssessmentSnapshot } from '@ias-kit/core';
import type { IasForm } from '@ias-kit/form';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import { controlAt, deepActiveElement, deepQueryAll, fieldAt, settle, type } from '@ias-kit/form/testing';
import { clone, loadFixtures, type Fixtures } from '../test/fixtures.js';
import './define.js';
import type { IasAssessment } from './assessment.js';
import type { IasAssessmentChangeEvent, IasAssessmentCompleteEvent } from './assessment.events.js';

let fx: Fixtures;
before(async () => {
  fx = await loadFixtures();
});

const byId = (list: AssessmentSnapshot[], id: string) => clone(list.find((s) => s.id === id)!);
const q = (el: IasAssessment, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const qa = (el: IasAssessment, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const navLabels = (el: IasAssessment) => qa(el, 'nav button .nav-label').map(text);
const formOf = (el: IasAssessment) => q(el, 'ias-form') as IasForm;

async function mount(
  value: AssessmentSnapshot,
  opts: {
    role?: string | null;
    history?: AssessmentSnapshot[];
    locale?: string;
    mode?: string;
    today?: string;
  } = {},
): Promise<IasAssessment> {
  const el = await fixture<IasAssessment>(
    html`<ias-assessment
      .templates=${fx.templates}
      .overlays=${fx.overlays}
      .value=${value}
      .history=${opts.history ?? []}
      .userRole=${opts.role === undefined ? 'case_manager' : opts.role}
      .locale=${opts.locale ?? 'de'}
      .mode=${opts.mode ?? 'edit'}
      .today=${opts.today}
    ></ias-assessment>`,
  );
  await el.updateComplete;
  const form = formOf(el);
  if (form) await settle(form);
  return el;
}

async function show(el: IasAssessment, view: string): Promise<void> {
  el.view = view;
  await el.updateComplete;
  const form = formOf(el);
  if (form) await settle(form);
}

describe('ias-assessment: sections and navigation', () => {
  it('renders the Kurzassessment with one navigation entry per section plus summary and history', async () => {
    const draft = byId(fx.samira.snapshots, 'ka-2025-01');
    const el = await mount(draft, { history: clone(fx.samira.snapshots) });
    expect(navLabels(el)).to.deep.equal([
      'Angaben zur Abklärung',
      'Person und Status',
      'Sprachen',
      'Schul- und Bildungsweg', // relabelled by the Bern example overlay
      'Berufsbildung',
      'Berufserfahrung',
      'Kompetenzen',
      'Gesundheit und Arbeitsfähigkeit',
      'Familie und Kinderbetreuung',
      'Ziele und Motivation',
      'Rahmenbedingungen',
      'Ergebnis und Triage',
      'Übersicht',
      'Verlauf',
    ]);
    expect(text(q(el, '[part="state"]'))).to.equal('Entwurf');
    // Only the current section is rendered; the others' data stays in the value.
    const form = formOf(el);
    expect(() => fieldAt(form, '/meta/organisation')).not.to.throw();
    expect(() => fieldAt(form, '/schooling/years')).to.throw();
    await show(el, 'schooling');
    expect(controlAt(formOf(el), '/schooling/years').value).to.equal('9');
    expect(() => fieldAt(formOf(el), '/meta/organisation')).to.throw();
    await expectAccessible(el);
  });

  it('is keyboard operable: arrows move along the sections, Enter opens one and focuses its heading', async () => {
    const el = await mount(byId(fx.samira.snapshots, 'ka-2025-01'));
    const buttons = qa(el, 'nav button');
    expect(buttons.map((b) => b.tabIndex).filter((t) => t === 0)).to.have.length(1);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(buttons[2]);
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(buttons[buttons.length - 1]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settle(formOf(el));
    expect(el.view).to.equal('person');
    expect(q(el, 'nav button[aria-current]')!.textContent).to.contain('Person und Status');
    expect(deepActiveElement()?.id).to.equal('view-title');
    // Next / previous buttons
    const next = qa(el, '.actions button').find((b) => text(b) === 'Weiter')!;
    next.click();
    await el.updateComplete;
    expect(el.view).to.equal('languages');
    await expectAccessible(el);
  });

  it('speaks every locale', async () => {
    const seen: string[] = [];
    await forEachLocale(async (locale) => {
      const el = await mount(byId(fx.samira.snapshots, 'ka-2025-01'), { locale });
      seen.push(`${navLabels(el)[1]} | ${text(q(el, '#progress-label'))}`);
    });
    expect(seen).to.deep.equal([
      'Person und Status | 14 von 14 Pflichtfeldern ausgefüllt',
      'Personne et statut | 14 champs obligatoires remplis sur 14',
      'Persona e statuto | 14 di 14 campi obbligatori compilati',
      'Person and status | 14 of 14 required fields filled',
    ]);
  });
});

describe('ias-assessment: progress, edits and drafts', () => {
  it('counts required fields and emits ias-change with the whole snapshot, unknown fields kept', async () => {
    const draft = byId(fx.samira.snapshots, 'ka-2025-01');
    delete (draft.data.schooling as Record<string, unknown>).years;
    (draft.data.person as Record<string, unknown>).legacyNote = 'aus Altsystem';
    (draft as unknown as Record<string, unknown>).hostField = { keep: true };
    const el = await mount(draft);
    expect(el.progress).to.deep.include({ filled: 13, total: 14 });
    expect(text(q(el, '#progress-label'))).to.equal('13 von 14 Pflichtfeldern ausgefüllt');
    expect(text(qa(el, 'nav button')[3])).to.contain('0/1');
    await show(el, 'schooling');
    const form = formOf(el);
    const changed = oneEvent(el, 'ias-change') as Promise<IasAssessmentChangeEvent>;
    await type(form, '/schooling/years', '8');
    const e = await changed;
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.progress).to.deep.include({ filled: 14, total: 14 });
    expect(e.value.status).to.equal('draft');
    expect(e.value.templateVersion).to.equal('1.1.0');
    expect(e.value.overlayId).to.equal('https://ias-kit.ch/schemas/overlays/example-be-fide@1.0.0');
    expect((e.value.data.schooling as Record<string, unknown>).years).to.equal(8);
    expect(e.value.data.legacyRef).to.equal('KLIB-2022-4711');
    expect((e.value.data.person as Record<string, unknown>).legacyNote).to.equal('aus Altsystem');
    expect((e.value as unknown as Record<string, unknown>).hostField).to.deep.equal({ keep: true });
    expect(e.value.data.health).to.deep.equal(draft.data.health);
    await el.updateComplete;
    expect(text(q(el, '#progress-label'))).to.equal('14 von 14 Pflichtfeldern ausgefüllt');
    // … and in every later ias-change, also from another section
    await show(el, 'goals');
    const again = oneEvent(el, 'ias-change') as Promise<IasAssessmentChangeEvent>;
    await type(formOf(el), '/goals/trainingWish', 'Vorlehre');
    const e2 = await again;
    expect(e2.value.data.legacyRef).to.equal('KLIB-2022-4711');
    expect((e2.value.data.person as Record<string, unknown>).legacyNote).to.equal('aus Altsystem');
    expect((e2.value.data.schooling as Record<string, unknown>).years).to.equal(8);
    expect((e2.value.data.goals as Record<string, unknown>).trainingWish).to.equal('Vorlehre');
    expect(el.value).to.equal(e2.value);
    await expectAccessible(el);
  });

  it('refuses to finalise an incomplete draft: the error summary names the field, its link opens the section and focuses it', async () => {
    const draft = byId(fx.samira.snapshots, 'ka-2025-01');
    delete (draft.data.result as Record<string, unknown>).track;
    const el = await mount(draft, { today: '2025-01-20' });
    let completed = false;
    el.addEventListener('ias-assessment-complete', () => (completed = true));
    expect(await el.finalise()).to.equal(false);
    await settle(formOf(el));
    expect(completed).to.equal(false);
    const summary = q(el, 'ias-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal(['Wählen Sie «Empfohlener Weg».']);
    expect(text(summary.shadowRoot!.querySelector('.group-name'))).to.equal('Ergebnis und Triage');
    expect(el.value!.status).to.equal('draft');
    links[0]!.click();
    await waitUntil(() => el.view === 'result');
    await settle(formOf(el));
    const control = deepActive();
    expect(control?.localName).to.equal('select');
    expect(control?.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
  });

  it('finalises in two steps: check your answers, then confirm; ias-assessment-complete carries date and assessor; focus lands on the status', async () => {
    const el = await mount(byId(fx.samira.snapshots, 'ka-2025-01'), { today: '2025-01-20' });
    el.assessor = { id: 'cm-017', name: 'Regula Imhof' };
    let completed = 0;
    el.addEventListener('ias-assessment-complete', () => completed++);
    q(el, '[part="finalise"]')!.click();
    await el.updateComplete;
    expect(completed).to.equal(0, 'one click never finalises');
    const check = q(el, '[part="check"]')!;
    expect(deepActive()).to.equal(q(el, '#check-title'));
    expect(text(check.querySelector('h4'))).to.equal('Angaben zur Abklärung');
    expect(check.querySelectorAll('.check-section').length).to.equal(el.sections.length);
    expect(text(check)).to.contain('nicht angegeben');
    const done = oneEvent(el, 'ias-assessment-complete') as Promise<IasAssessmentCompleteEvent>;
    q(el, '[part="confirm"]')!.click();
    const e = await done;
    expect(e.date).to.equal('2025-01-20');
    expect(e.assessor.name).to.equal('Regula Imhof');
    expect(e.snapshot.status).to.equal('final');
    expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
    await el.updateComplete;
    await settle(formOf(el));
    expect(el.value!.status).to.equal('final');
    expect(text(q(el, '[part="state"]'))).to.equal('Abgeschlossen');
    const status = q(el, '[part="done"]')!;
    expect(deepActive()).to.equal(status);
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.contain('Abgeschlossen am 20.01.2025 von Regula Imhof');
    expect(text(status)).to.contain('neue Version');
    expect(formOf(el).readonly).to.equal(true);
    expect(q(el, '[part="finalise"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('lets the host override its own texts', async () => {
    const el = await mount(byId(fx.samira.snapshots, 'ka-2025-01'));
    el.strings = { progress: 'Pflichtangaben: {filled}/{total}', finalise: 'Abklärung abschliessen' };
    await el.updateComplete;
    expect(text(q(el, '#progress-label'))).to.equal('Pflichtangaben: 14/14');
    expect(text(q(el, '[part="finalise"]'))).to.equal('Abklärung abschliessen');
  });

  it('a host that vetoes ias-assessment-complete keeps the draft, and the person is told', async () => {
    const el = await mount(byId(fx.samira.snapshots, 'ka-2025-01'), { today: '2025-01-20' });
    el.addEventListener('ias-assessment-complete', (e) => e.preventDefault());
    expect(await el.review()).to.equal(true);
    await el.updateComplete;
    q(el, '[part="confirm"]')!.click();
    await waitUntil(() => q(el, '.message[role="alert"]'));
    await el.updateComplete;
    expect(el.value!.status).to.equal('draft');
    expect(deepActive()).to.equal(q(el, '.message[role="alert"]'));
    expect(text(q(el, '.message'))).to.contain('bleibt ein Entwurf');
    expect(await el.finalise()).to.equal(false);
  });
});

describe('ias-assessment: template versions and overlays', () => {
  it('opens a snapshot made with the older template 1.0.0 with that version', async () => {
    const old = byId(fx.samira.snapshots, 'ka-2023-01');
    const el = await mount(old);
    expect(text(q(el, '.facts'))).to.contain('Kurzassessment 1.0.0');
    expect(text(q(el, '[part="state"]'))).to.equal('Abgeschlossen');
    await show(el, 'result');
    // 1.0.0 has free-text next steps (1.1.0: a list of options)
    expect(controlAt<HTMLTextAreaElement>(formOf(el), '/result/nextSteps').value).to.contain('Deutschkurs');
    await expectAccessible(el);
  });

  it('applies the Zurich example overlay: competences hidden, a cantonal triage option', async () => {
    const el = await mount(clone(fx.dawit.snapshots[0]!));
    expect(navLabels(el)).not.to.include('Kompetenzen');
    await show(el, 'result');
    const select = controlAt<HTMLSelectElement>(formOf(el), '/result/track');
    expect([...select.options].map((o) => o.textContent!.trim())).to.include('Vorbereitungsmodul (kantonal)');
    await expectAccessible(el);
  });

  it('shows an error state naming the faults when the overlay is refused', async () => {
    const s = clone(fx.dawit.snapshots[0]!);
    s.overlayId = fx.bad.$id as string;
    const el = await mount(s);
    const alert = q(el, '[role="alert"]');
    expect(text(alert)).to.contain('/properties/person/properties/status');
    expect(text(alert)).to.contain('/properties/health');
    expect(q(el, 'ias-form')).to.equal(null);
    await expectAccessible(el);
  });
});

describe('ias-assessment: roles', () => {
  it('shows health, debts and legal proceedings to the case manager only', async () => {
    const draft = byId(fx.dawit.snapshots, 'ka-2024-08');
    const cm = await mount(draft, { role: 'case_manager' });
    expect(navLabels(cm)).to.include('Gesundheit und Arbeitsfähigkeit');
    const sw = await mount(clone(draft), { role: 'social_worker' });
    expect(navLabels(sw)).not.to.include('Gesundheit und Arbeitsfähigkeit');
    await show(sw, 'framework');
    const all = deepQueryAll(sw, 'ias-form-field').map(
      (f) => (f as HTMLElement & { pointer: string }).pointer,
    );
    expect(all).to.include('/framework/housing');
    expect(all).not.to.include('/framework/debts');
    expect(all).not.to.include('/framework/legalIssues');
    expect(sw.shadowRoot!.innerHTML).not.to.contain('Rückenschmerzen');
    expect(sw.progress.sections.health).to.equal(undefined);
    await expectAccessible(sw);
  });

  it('without a role, shows no restricted instrument', async () => {
    const el = await mount(byId(fx.samira.snapshots, 'ka-2025-01'), { role: null });
    expect(text(q(el, '.no-access'))).to.equal('Sie haben keinen Zugriff auf dieses Instrument.');
    expect(q(el, 'ias-form')).to.equal(null);
    await expectAccessible(el);
  });

  it('external office: only the Praxisassessment, nothing else of the file', async () => {
    const history = clone(fx.samira.snapshots);
    const praxis = byId(fx.samira.snapshots, 'pa-2024-05');
    praxis.status = 'draft';
    const el = await mount(praxis, { role: 'external_office', history });
    el.person = clone(fx.samira.person);
    await el.updateComplete;
    expect(navLabels(el)).to.deep.equal([
      'Anbieter',
      'Zeitraum',
      'Beobachtete Kriterien',
      'Empfehlung',
      'Übersicht',
    ]);
    const facts = text(q(el, '.facts'));
    expect(facts).to.contain('Samira Haidari');
    expect(facts).not.to.contain('Einreise');
    expect(facts).not.to.contain('Geburtsdatum');
    await show(el, 'summary');
    const shadow = el.shadowRoot!.innerHTML;
    for (const secret of ['Kurzassessment', 'Kompetenzerfassung', 'Schneiderin', 'fide', 'Verlauf'])
      expect(shadow, secret).not.to.contain(secret);
    expect(q(el, '[part="finalise"]')).not.to.equal(null);
    await expectAccessible(el);
    // A social worker may read the Praxisassessment but not write it (the form does not inherit a root
    // write list, so the element makes the form read-only itself).
    const sw = await mount(clone(praxis), { role: 'social_worker' });
    expect(formOf(sw).readonly).to.equal(true);
    expect(q(sw, '[part="finalise"]')).to.equal(null);
    // The same role opening the Kurzassessment sees nothing.
    const other = await mount(byId(fx.samira.snapshots, 'ka-2025-01'), { role: 'external_office', history });
    expect(q(other, '.no-access')).not.to.equal(null);
    expect(other.shadowRoot!.innerHTML).not.to.contain('Haidari');
  });
});

describe('ias-assessment: history', () => {
  it('shows what changed since the last snapshot, language levels over time and each snapshot checked against its own version', async () => {
    const el = await mount(byId(fx.samira.snapshots, 'ka-2025-01'), { history: clone(fx.samira.snapshots) });
    await show(el, 'history');
    // older snapshots are validated against their own template versions, compiled on demand
    await waitUntil(() => !text(q(el, 'table.snapshots')).includes('wird geprüft'), 'history checks', {
      timeout: 10000,
    });
    await el.updateComplete;
    const history = q(el, '.history')!;
    expect(text(history.querySelector('h4'))).to.equal('Änderungen seit der Erfassung vom 12.02.2024');
    const changes = [...history.querySelectorAll('table.changes tbody tr')].map(text);
    expect(changes).to.include(
      'Sprachen › Sprachkenntnisse 2 › Hören A2 – Grundlegende Kenntnisse B1 – Fortgeschrittene Sprachverwendung',
    );
    expect(changes).to.include('Berufserfahrung › Berufserfahrung total (Monate) 36 40');
    expect(changes.some((c) => c.startsWith('legacyRef'))).to.equal(false);
    const de = [...history.querySelectorAll('table.languages')].find((t) =>
      text(t.querySelector('caption')).endsWith('Deutsch'),
    )!;
    const rows = [...de.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text));
    expect(rows.map((r) => r.slice(0, 3))).to.deep.equal([
      ['20.01.2023', '4', 'A1'],
      ['12.02.2024', '16', 'A2 (A1)'],
      ['15.01.2025', '28', 'B1 (A2)'],
    ]);
    const snapshots = [...history.querySelectorAll('table.snapshots tbody tr')].map(text);
    expect(snapshots).to.have.length(5);
    expect(snapshots.find((s) => s.startsWith('20.01.2023')))
      .to.contain('1.0.0')
      .and.contain('gültig nach Vorlage 1.0.0');
    expect(snapshots.find((s) => s.startsWith('10.05.2024'))).to.contain('Praxisassessment');
    await expectAccessible(el);
  });

  it('shows a social worker that the health block and the debts changed, without their values (core changesOf)', async () => {
    const current = byId(fx.samira.snapshots, 'ka-2025-01');
    const data = current.data as Record<string, Record<string, unknown>>;
    data.health = { ...data.health, workCapacity: 60 };
    data.framework = { ...data.framework, debts: 'Kleinkredit CHF 2000' };
    const el = await mount(current, { role: 'social_worker', history: clone(fx.samira.snapshots) });
    await show(el, 'history');
    const changes = [...q(el, '.history')!.querySelectorAll('table.changes tbody tr')].map(text);
    expect(changes).to.include(
      'Gesundheit und Arbeitsfähigkeit geändert (ohne Leserecht: Werte nicht angezeigt)',
    );
    expect(changes).to.include(
      'Rahmenbedingungen › Schulden und Verpflichtungen geändert (ohne Leserecht: Werte nicht angezeigt)',
    );
    expect(changes.join(' ')).not.to.match(/60|Kleinkredit/);
    const cm = await mount(current, { history: clone(fx.samira.snapshots) });
    await show(cm, 'history');
    expect([...q(cm, '.history')!.querySelectorAll('table.changes tbody tr')].map(text)).to.include(
      'Gesundheit und Arbeitsfähigkeit › Arbeitsfähigkeit (%) 100 60',
    );
    await expectAccessible(el);
  });

  it('without earlier snapshots there is no history entry', async () => {
    const el = await mount(clone(fx.dawit.snapshots[0]!));
    expect(navLabels(el)).not.to.include('Verlauf');
  });
});

describe('ias-assessment: summary and print', () => {
  it('draws a profile (languages per skill, schooling, experience, competences) with a table alternative and the recommendation', async () => {
    const el = await mount(byId(fx.samira.snapshots, 'ka-2025-01'));
    await show(el, 'summary');
    const bars = qa(el, '.profile-svg rect.bar');
    expect(bars).to.have.length(10);
    expect(q(el, '.profile-svg')!.getAttribute('aria-hidden')).to.equal('true');
    const alt = qa(el, '.profile table tbody tr').map((r) => [...r.children].map(text).join(' '));
    expect(alt).to.include('Deutsch · Hören B1 – Fortgeschrittene Sprachverwendung Sprachniveau (GER)');
    expect(alt).to.include('Schulbildung (Jahre) 9 Schuljahre');
    expect(alt).to.include('Berufserfahrung (Monate) 40 Monate Berufserfahrung');
    // one scale per kind of measure, each with its labelled axis
    const axes = qa(el, '.profile-svg .axis-title').map(text);
    expect(axes).to.deep.equal([
      'Sprachniveau (GER)',
      'Schuljahre',
      'Monate Berufserfahrung',
      'Bewertung (1 gering – 4 sehr gut)',
    ]);
    expect(text(q(el, '[part="triage"]'))).to.contain('Ausbildung');
    // the table alternative is reachable by keyboard: a disclosure right below the chart
    const summary = q(el, '.table-alt summary')!;
    summary.focus();
    expect(deepActiveElement()).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect((q(el, '.table-alt') as HTMLDetailsElement).open).to.equal(true);
    // wider bars for higher levels: B1 listening is wider than A2 reading
    const w = (i: number) => Number(bars[i]!.getAttribute('width'));
    expect(w(0)).to.be.greaterThan(w(1));
    await expectAccessible(el);
  });

  it('print mode lays out a finished assessment as a report with person header, sections and signature lines', async () => {
    const el = await mount(byId(fx.samira.snapshots, 'ka-2024-02'), { mode: 'print' });
    expect(q(el, 'nav')).to.equal(null);
    expect(q(el, 'ias-form')).to.equal(null);
    const report = q(el, '[part="report"]')!;
    const t = text(report);
    for (const s of [
      'Kurzassessment',
      'Samira Haidari',
      '12.02.2024',
      'Regula Imhof',
      'Person und Status',
      'fide-Sprachenpass',
      'Unterschrift',
      'Ort, Datum',
      'Fallführung',
    ])
      expect(t, s).to.contain(s);
    expect(t).to.contain('Gesundheit und Arbeitsfähigkeit');
    await expectAccessible(el);
    const sw = await mount(byId(fx.samira.snapshots, 'ka-2024-02'), { mode: 'print', role: 'social_worker' });
    expect(text(q(sw, '[part="report"]'))).not.to.contain('Arbeitsfähigkeit (%)');
  });
});
