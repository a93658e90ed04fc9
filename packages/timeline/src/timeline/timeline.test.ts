import { expect, waitUntil } from '@open-wc/testing';
import { addYears, daysBetween, type Case } from '@ias-kit/core';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import { admittedF, person, plan, refugeeB } from '../test/cases.js';
import { lineX, options, render, root, xOf } from '../test/render.js';

/** x of `date` relative to the span entry → horizon end, from day counts. */
const ratio = (entry: string, end: string, date: string) =>
  daysBetween(entry, date) / daysBetween(entry, end);

describe('ias-timeline drawing', () => {
  it('draws a recognised refugee (B): horizon = asylum application + 5 years, milestones at their dates', async () => {
    const el = await render(refugeeB());
    const entry = lineX(el, 'entry-line');
    const end = lineX(el, 'end-line');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2026-09-16');
    expect(end).to.be.greaterThan(entry);
    const at = (date: string) => entry + ratio('2021-09-14', '2026-09-16', date) * (end - entry);
    expect(xOf(el, 'milestone:language-a1')).to.be.closeTo(at('2024-09-14'), 0.5);
    expect(xOf(el, 'milestone:financing-end')).to.be.closeTo(end, 0.5);
    expect(xOf(el, 'milestone:labour-market')).to.be.closeTo(at('2028-09-14'), 0.5);
    expect(xOf(el, 'milestone:labour-market')).to.be.greaterThan(end); // the 7-year goals lie after the B horizon
    // the education goal (16–25) does not apply to a 27-year-old: drawn hollow and announced so
    const education = root(el).querySelector('[data-key="milestone:education"]')!;
    expect(education.classList.contains('m-not-applicable')).to.be.true;
    expect(education.getAttribute('aria-label')).to.contain('nicht anwendbar (Altersgruppe trifft nicht zu)');
    // years since entry on the axis
    const axis = root(el).querySelector('[part="axis"]')!.textContent!;
    expect(axis).to.contain('Jahr 1').and.to.contain('Jahr 5');
    await expectAccessible(el);
  });

  it('draws a provisionally admitted person (F): horizon = entry + 7 years', async () => {
    const el = await render(admittedF());
    const entry = lineX(el, 'entry-line');
    const end = lineX(el, 'end-line');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2029-03-10');
    const at = (date: string) => entry + ratio('2022-03-10', '2029-03-10', date) * (end - entry);
    expect(xOf(el, 'milestone:language-a1')).to.be.closeTo(at(addYears('2022-03-10', 3)), 0.5);
    expect(xOf(el, 'milestone:education')).to.be.closeTo(at('2027-03-10'), 0.5);
    expect(xOf(el, 'milestone:labour-market')).to.be.closeTo(end, 0.5);
    expect(xOf(el, 'milestone:social-integration')).to.be.closeTo(end, 0.5);
    expect(root(el).querySelector('[part="axis"]')!.textContent).to.contain('Jahr 7');
    await expectAccessible(el);
  });

  it('redraws the horizon when a dated status change turns F into B', async () => {
    const f: Case = {
      ...admittedF(),
      entryDate: '2018-05-03',
      asylumApplicationDate: '2018-05-04',
      statusHistory: [{ status: 'VA', validFrom: '2019-02-01' }],
    };
    const el = await render(f, 800, '2022-01-10');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2025-05-03');
    const before = lineX(el, 'end-line');
    el.case = { ...f, statusHistory: [...f.statusHistory, { status: 'FL', validFrom: '2021-06-30' }] };
    await el.updateComplete;
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2023-05-04');
    expect(lineX(el, 'end-line')).to.be.lessThan(before);
    expect(xOf(el, 'milestone:financing-end')).to.be.closeTo(lineX(el, 'end-line'), 0.5);
    const change = root(el).querySelector('[data-key="status:1"]')!;
    expect(change.getAttribute('aria-label')).to.contain('Flüchtling (B)').and.to.contain('30.06.2021');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('04.05.2023');
    await expectAccessible(el);
  });

  it('shows milestone states (reached, open, overdue, not applicable) with a non-colour cue and localized names', async () => {
    const child: Case = {
      ...refugeeB(),
      person: person('2019-03-02', 'Lina'),
      plan: plan([], {
        goals: [{ id: 'g1', domain: 'sprache', iasGoal: 1, text: 'A1', status: 'erreicht' }],
      }),
    };
    const el = await render(child, 800, '2027-01-01');
    const state = (id: string) => root(el).querySelector(`[data-key="milestone:${id}"]`)!;
    expect(state('language-a1').classList.contains('m-reached')).to.be.true;
    expect(state('school-start').classList.contains('m-overdue')).to.be.true;
    expect(state('labour-market').classList.contains('m-not-applicable')).to.be.true;
    expect(state('financing-end').classList.contains('m-reached')).to.be.true;
    expect(state('social-integration').classList.contains('m-open')).to.be.true;
    expect(state('school-start').textContent).to.contain('!'); // glyph besides the colour
    expect(state('school-start').getAttribute('aria-label')).to.contain('überfällig');
    await expectAccessible(el);

    const names: string[] = [];
    await forEachLocale(async (locale) => {
      el.locale = locale;
      await el.updateComplete;
      names.push(state('language-a1').getAttribute('aria-label')!.split(',')[0]!);
    });
    expect(names).to.deep.equal([
      'Meilenstein: Sprachniveau A1 (Ziel 1)',
      'Jalon: Niveau de langue A1 (objectif 1)',
      'Tappa: Livello linguistico A1 (obiettivo 1)',
      'Milestone: Language level A1 (goal 1)',
    ]);
    el.locale = 'fr';
    await el.updateComplete;
    expect(root(el).querySelector('[part="axis"]')!.textContent).to.contain('Année 1');
    await expectAccessible(el);
  });

  it('redraws on resize and stays legible at 320 px', async () => {
    const el = await render(admittedF(), 900);
    const wrapper = el.parentElement!;
    const wide = xOf(el, 'milestone:labour-market');
    wrapper.style.width = '320px';
    await waitUntil(() => root(el).querySelector('svg')!.getAttribute('width') === '320', 'shrunk to 320');
    await el.updateComplete;
    const narrow = xOf(el, 'milestone:labour-market');
    expect(narrow).to.be.lessThan(wide);
    for (const o of options(el)) {
      const x = Number(o.dataset['x']);
      expect(x, o.dataset['key']).to.be.within(0, 320);
    }
    // short year labels when the bands get narrow
    expect(root(el).querySelector('[part="axis"]')!.textContent).to.match(/J1|Jahr 1/);
    await expectAccessible(el);
  });
});
