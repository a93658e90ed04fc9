import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Case, Measure } from '@ias-kit/core';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import '@ias-kit/tasks/define.js';
import '@ias-kit/plan/define.js';
import '@ias-kit/timeline/define.js';
import './define.js';
import { IasChangeEvent } from '@ias-kit/ui';
import type { IasCase } from './case.js';
import type { IasCaseChangeEvent } from './case.events.js';

const today = '2026-11-23';
const measure: Measure = {
  id: 'm1',
  type: 'sprachkurs',
  title: 'Deutsch A2',
  status: 'geplant',
  plannedStart: '2026-11-30',
  plannedEnd: '2027-05-28',
};
const sample: Case = {
  id: 'c-test',
  person: {
    id: 'p-test',
    localPersonId: { personIdCategory: 'CT.XX.TEST', personId: 'c-test' },
    officialName: 'Beispiel',
    firstName: 'Amina',
    sex: '2',
    dateOfBirth: '1990-04-12',
  },
  entryDate: '2024-05-10',
  asylumApplicationDate: '2024-05-11',
  decisionDate: '2024-11-01',
  statusHistory: [{ status: 'VA', validFrom: '2024-11-01' }],
  assessments: [],
  tasks: [],
  lastActivity: '2026-11-20T08:00:00Z',
  plan: {
    id: 'plan-1',
    personId: 'p-test',
    version: 1,
    status: 'aktiv',
    validFrom: '2024-11-01',
    caseManager: { id: 'w-1', name: 'Fallführung (fiktiv)' },
    goals: [],
    measures: [measure],
    reviews: [],
  },
};

const rowTexts = (root: IasCase) =>
  [...root.querySelector('ias-task-list')!.shadowRoot!.querySelectorAll('[part="row"]')].map(
    (r) => r.getAttribute('aria-label') ?? '',
  );

describe('ias-case', () => {
  it('shares its case with a task list inside, which derives the case’s tasks', async () => {
    const el = await fixture<IasCase>(
      html`<ias-case .case=${sample} today=${today} lang="de"
        ><ias-task-list view="person"></ias-task-list
      ></ias-case>`,
    );
    const list = el.querySelector('ias-task-list')!;
    await list.updateComplete;
    expect(
      rowTexts(el).some((t) => t.includes('Deutsch A2')),
      rowTexts(el).join(' | '),
    ).to.be.true;
    await expectAccessible(el);
  });

  it('shows one truth: a changed measure changes the derived tasks at once', async () => {
    const el = await fixture<IasCase>(
      html`<ias-case .case=${sample} today=${today} lang="de"
        ><ias-task-list view="person"></ias-task-list
      ></ias-case>`,
    );
    const list = el.querySelector('ias-task-list')!;
    await list.updateComplete;
    const before = rowTexts(el).filter((t) => t.includes('Deutsch A2')).length;
    expect(before).to.be.greaterThan(0);
    // The measure moves to next year: it no longer starts within the reminder window.
    el.case = {
      ...sample,
      plan: {
        ...sample.plan!,
        measures: [{ ...measure, plannedStart: '2027-06-01', plannedEnd: '2027-12-01' }],
      },
    };
    await el.updateComplete;
    await list.updateComplete;
    expect(rowTexts(el).filter((t) => t.includes('Deutsch A2')).length).to.be.lessThan(before);
  });

  it('takes a plan edit from the plan editor inside and emits the whole updated case', async () => {
    const el = await fixture<IasCase>(
      html`<ias-case .case=${sample} today=${today}><div id="slot"></div></ias-case>`,
    );
    // The plan editor is a child element dispatching its own ias-change (bubbling, composed).
    const editor = document.createElement('ias-integration-plan');
    el.append(editor);
    const plan = { ...sample.plan!, nextReview: '2027-01-15', vendorField: 'kept' };
    const changed = oneEvent<IasCaseChangeEvent>(el, 'ias-case-change');
    editor.dispatchEvent(new IasChangeEvent({ value: plan, valid: true, errors: [] }));
    const detail = await changed;
    expect(detail.source).to.equal('ias-integration-plan');
    expect(detail.case.plan).to.deep.equal(plan);
    expect(detail.case.person).to.equal(sample.person, 'untouched parts keep their identity');
    expect(el.case).to.equal(detail.case);
  });

  it('one truth: a measure edited in the plan editor moves on the timeline and changes the tasks', async () => {
    const el = await fixture<IasCase>(
      html`<ias-case .case=${sample} today=${today} lang="de">
        <ias-timeline></ias-timeline>
        <ias-task-list view="person"></ias-task-list>
        <ias-integration-plan .user=${{ id: 'w-1' }} now="2026-11-23T09:00:00Z"></ias-integration-plan>
      </ias-case>`,
    );
    const plan = el.querySelector('ias-integration-plan')!;
    const list = el.querySelector('ias-task-list')!;
    const timeline = el.querySelector('ias-timeline')!;
    await Promise.all([plan.updateComplete, list.updateComplete, timeline.updateComplete]);
    const startOnTimeline = () =>
      timeline.items.find((i) => i.kind === 'measure' && i.measure.id === 'm1')?.start;
    expect(startOnTimeline()).to.equal('2026-11-30');
    const before = rowTexts(el).filter((t) => t.includes('Deutsch A2')).length;
    expect(before).to.be.greaterThan(0);
    plan.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    await plan.updateComplete;
    const input = plan.shadowRoot!.querySelector<HTMLInputElement>('#f-measures-0-plannedStart')!;
    const changed = oneEvent<IasCaseChangeEvent>(el, 'ias-case-change');
    input.value = '01.06.2027';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const detail = await changed;
    expect(detail.case.plan!.measures[0]!.plannedStart).to.equal('2027-06-01');
    await Promise.all([list.updateComplete, timeline.updateComplete]);
    expect(startOnTimeline()).to.equal('2027-06-01');
    expect(rowTexts(el).filter((t) => t.includes('Deutsch A2')).length).to.be.lessThan(before);
    await expectAccessible(el);
  });
});

describe('ias-case: exits', () => {
  it('records an exit: the case keeps it as a dated fact, the reminders after it stop, one ias-case-change', async () => {
    const el = await fixture<IasCase>(
      html`<ias-case .case=${sample} today=${today} lang="de"
        ><ias-task-list view="person"></ias-task-list
      ></ias-case>`,
    );
    const list = el.querySelector('ias-task-list')!;
    await list.updateComplete;
    expect(rowTexts(el).length).to.be.greaterThan(0);
    setTimeout(() => el.recordStatusEntry({ exit: 'moved-canton', canton: 'ZH', validFrom: '2026-10-01' }));
    const change = (await oneEvent(el, 'ias-case-change')) as unknown as IasCaseChangeEvent;
    expect(change.source).to.equal('ias-case');
    expect(change.case.statusHistory.at(-1)).to.deep.equal({
      exit: 'moved-canton',
      canton: 'ZH',
      validFrom: '2026-10-01',
    });
    await el.updateComplete;
    await list.updateComplete;
    expect(rowTexts(el)).to.deep.equal([]); // no derived reminder after the move; the case has no explicit task
    expect(() => el.recordStatusEntry({ exit: 'moved-canton', validFrom: '2026-10-01' } as never)).to.throw(
      'statusHistory[2].canton',
    );
    expect(el.case!.statusHistory).to.have.length(2);
    await expectAccessible(el);
  });
});
