import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { caseContext, todayContext } from '@ias-kit/ui';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { IasTimelineSelectEvent, type IasTimeline } from '@ias-kit/timeline';
import {
  $,
  field,
  lastChange,
  mount,
  openAll,
  record,
  root,
  sampleCase,
  samplePlan,
  TODAY,
  type,
} from '../test/plan-dom.js';
import './define.js';

describe('ias-integration-plan time strip and case context', () => {
  it('draws the measures on a compact time strip (<ias-timeline compact>) relative to the entry date, following edits', async () => {
    const el = await mount(samplePlan('c01')); // Yonas' entry date, no case
    const timeline = $<IasTimeline>(el, '[part="strip"] ias-timeline');
    expect(timeline).to.exist;
    expect(timeline.compact).to.be.true;
    expect(timeline.entryDate).to.equal('2022-09-05');
    await timeline.updateComplete;
    const measures = () => timeline.items.filter((i) => i.kind === 'measure');
    expect(timeline.items.every((i) => i.kind === 'measure')).to.be.true; // no milestones on the strip
    expect(measures().map((i) => i.key)).to.deep.equal([
      'measure:m-c01-1',
      'measure:m-c01-2',
      'measure:m-c01-3',
    ]);
    expect(timeline.plan).to.equal(el.value);
    expect(timeline.getAttribute('label')).to.equal('Measures since entry');
    expect(timeline.shadowRoot!.querySelector('[part="toolbar"]')).to.be.null;
    await type(el, field(el, '/measures/2/title'), 'Deutsch B1');
    await timeline.updateComplete;
    expect(timeline.plan!.measures[2]!.title).to.equal('Deutsch B1');
    // Choosing a measure on the strip opens and focuses it in the list.
    const item = measures()[1]!;
    timeline.dispatchEvent(new IasTimelineSelectEvent(item));
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('summary-f-measures-1');
    expect((root(el).activeElement!.parentElement as HTMLDetailsElement).open).to.be.true;
    // With the case known, its entry date and status history come along (entry-date still wins).
    el.case = { ...sampleCase('c01'), entryDate: '2022-09-30' }; // his case, entry date differing
    await el.updateComplete;
    expect(timeline.case).to.equal(el.case);
    expect(timeline.entryDate).to.equal('2022-09-05');
    await expectAccessible(el);
  });

  it('moves a measure on the strip when its dates change', async () => {
    const el = await mount(samplePlan('c10')); // Samira: the SRK course is registered, 07.12.2026–25.06.2027
    const timeline = $<IasTimeline>(el, '[part="strip"] ias-timeline');
    await timeline.updateComplete;
    const bar = () => timeline.shadowRoot!.querySelector<SVGGElement>('[data-key="measure:m-c10-3"]')!;
    const before = Number(bar().dataset['x']);
    await openAll(el);
    await type(el, field(el, '/measures/2/plannedStart'), '01.02.2027');
    await timeline.updateComplete;
    const item = () => timeline.items.find((i) => i.key === 'measure:m-c10-3');
    expect(item()?.start).to.equal('2027-02-01');
    expect(Number(bar().dataset['x'])).to.be.greaterThan(before);
    const width = () => Number(bar().querySelector('rect.planned')!.getAttribute('width'));
    const shorter = width();
    await type(el, field(el, '/measures/2/plannedEnd'), '30.11.2027');
    await timeline.updateComplete;
    expect(item()?.end).to.equal('2027-11-30');
    expect(width()).to.be.greaterThan(shorter);
    await expectAccessible(el);
  });

  it('shows no strip without an entry date', async () => {
    const el = await mount(samplePlan('c01'));
    el.removeAttribute('entry-date');
    await el.updateComplete;
    expect($(el, '[part="strip"]')).to.be.null;
    el.case = sampleCase('c01'); // the entry date of the case
    await el.updateComplete;
    expect($<IasTimeline>(el, '[part="strip"] ias-timeline').entryDate).to.equal('2022-09-05');
    await expectAccessible(el);
  });

  it('takes the case and today from an enclosing provider (<ias-case>) when not set', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    new ContextProvider(wrapper, { context: caseContext, initialValue: sampleCase('c01') });
    new ContextProvider(wrapper, { context: todayContext, initialValue: '2024-02-20' });
    const plan = samplePlan('c01');
    plan.measures[0]!.actualStart = '2022-08-01'; // the A1 course, started before entry
    const host = await fixture(html`<div>${wrapper}</div>`);
    const el = document.createElement('ias-integration-plan');
    el.value = plan;
    wrapper.append(el);
    await el.updateComplete;
    expect(host.querySelector('ias-integration-plan')).to.equal(el);
    expect($(el, '[part="strip"] ias-timeline')).to.exist;
    const warnings = el.warnings.map((w) => `${w.pointer} ${w.keyword}`);
    expect(warnings).to.include('/measures/1/actualEnd date-future'); // 2024-03-01 is after 2024-02-20
    expect(warnings).to.include('/measures/2/actualStart date-future');
    expect(warnings).to.not.include('/measures/0/actualEnd date-future');
    expect(warnings).to.include('/measures/0/actualStart date-before-entry'); // entry 2022-09-05 from the case
    await expectAccessible(el);
  });

  it('edits the plan of the case from the context when no value is set, until the case changes', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const start = sampleCase('c01'); // Yonas' case with his plan
    const provider = new ContextProvider(wrapper, { context: caseContext, initialValue: start });
    await fixture(html`<div>${wrapper}</div>`);
    const el = document.createElement('ias-integration-plan');
    el.today = TODAY;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.plan).to.equal(start.plan);
    const events = record(el);
    await type(el, field(el, '/measures/1/title'), 'Praxisassessment Lager');
    expect(el.value).to.be.undefined;
    expect(el.plan).to.equal(lastChange(events).value);
    expect(lastChange(events).value).to.equal(el.plan); // what <ias-case> reads
    expect(field(el, '/measures/1/title').value).to.equal('Praxisassessment Lager');
    expect(el.canUndo).to.be.true;
    provider.setValue(sampleCase('c20'));
    await el.updateComplete;
    expect(el.plan.id).to.equal('plan-c20');
    expect(el.canUndo).to.be.false;
    await expectAccessible(el);
  });
});
