import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import {
  $,
  emptyPlan,
  field,
  lastChange,
  messages,
  mount,
  openAll,
  PROVIDERS,
  record,
  root,
  samplePlan,
  type,
} from '../test/plan-dom.js';
import './define.js';
import type { IasIntegrationPlan } from './integration-plan.js';
import type { PlanValue } from './integration-plan.types.js';

describe('ias-integration-plan', () => {
  it('renders an empty plan with every section and no error, and is accessible', async () => {
    const el = await mount(emptyPlan());
    const headings = [...root(el).querySelectorAll('h2')].map((h) =>
      h.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(headings).to.deep.equal([
      'Plan',
      'Goals (0)',
      'Measures (0)',
      'Reviews (0)',
      'Consent',
      'Change log (0)',
    ]);
    expect(el.valid).to.be.true;
    expect($(el, '.summary').textContent!.trim()).to.equal('No errors or warnings.');
    expect(el.matches(':state(invalid)'), 'custom state').to.be.false;
    await expectAccessible(el);
  });

  it('without a value starts a draft that asks for the required plan fields', async () => {
    const el = await mount(undefined);
    expect(el.valid).to.be.false;
    expect(el.matches(':state(invalid)'), 'a host can style an invalid plan').to.be.true;
    expect(messages(el, '/validFrom')).to.contain('Required.');
    expect(field(el, '/validFrom').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, '/validFrom').getAttribute('aria-describedby')).to.equal('f-validFrom-msg');
    await expectAccessible(el);
  });

  it('renders a typical B plan with all items open accessibly, labels every control', async () => {
    const el = await mount(samplePlan('c01')); // Yonas: 2 goals, 3 measures, 2 reviews
    await openAll(el);
    for (const control of root(el).querySelectorAll('input, select, textarea')) {
      const id = control.id;
      expect(id, control.outerHTML).to.not.equal('');
      expect(root(el).querySelector(`label[for="${id}"]`), id).to.exist;
    }
    expect(root(el).querySelectorAll('[part~="row"]').length).to.equal(2 + 3 + 2);
    await expectAccessible(el);
  });

  it('round-trips unknown properties and keeps untouched parts identical', async () => {
    // Yonas' plan as a host stores it, with properties of its own on the plan and on a measure.
    const value = { ...samplePlan('c01'), 'x-host': { system: 'Beispiel-Fallsystem', revision: 17 } };
    (value.measures[1] as unknown as Record<string, unknown>)['x-kanton-fallnummer'] = 'AG-2026-0042';
    const el = await mount(value);
    const events = record(el);
    await type(el, field(el, '/goals/0/indicator'), 'fide B1 mündlich');
    const out = lastChange(events).value as PlanValue & Record<string, unknown>;
    expect(out['x-host']).to.equal((value as unknown as Record<string, unknown>)['x-host']);
    expect((out.measures[1] as unknown as Record<string, unknown>)['x-kanton-fallnummer']).to.equal(
      'AG-2026-0042',
    );
    expect(out.measures).to.equal(value.measures);
    expect(out.goals[1]).to.equal(value.goals[1]);
    expect(out.goals[0]!.indicator).to.equal('fide B1 mündlich');
    const { changeLog: _a, goals: _b, ...restOut } = out;
    const { changeLog: _c, goals: _d, ...restIn } = value;
    expect(restOut).to.deep.equal(restIn);
    expect(value.goals[0]!.indicator).to.be.undefined; // input never mutated
  });

  it('speaks de, fr, it and en, and takes string overrides', async () => {
    const seen: string[] = [];
    await forEachLocale(async (locale) => {
      const el = await mount(samplePlan('c02'), locale); // Mariam: two measures
      seen.push($(el, '#h-measures').textContent!.replace(/\s+/g, ' ').trim());
      await expectAccessible(el);
    });
    expect(seen).to.deep.equal(['Massnahmen (2)', 'Mesures (2)', 'Misure (2)', 'Measures (2)']);
    const el = await fixture<IasIntegrationPlan>(
      html`<ias-integration-plan
        lang="fr"
        .value=${emptyPlan()}
        .strings=${{ 'section.goals': 'Objectifs du plan' }}
      ></ias-integration-plan>`,
    );
    expect($(el, '#h-goals').textContent).to.contain('Objectifs du plan');
  });

  it('shows bad host data without crashing and changes nothing by itself', async () => {
    // Yonas' plan with values no rule knows.
    const bad = samplePlan('c01') as unknown as Record<string, unknown> & PlanValue;
    Object.assign(bad, { status: 'weird' });
    Object.assign(bad.goals[0]!, { domain: 'mars' });
    Object.assign(bad.measures[0]!, { type: 'zauberei', status: 'verschollen' });
    const el = await mount(bad);
    const events = record(el);
    expect(root(el).textContent).to.contain('unknown (zauberei)');
    expect(el.errors.map((e) => e.keyword)).to.include('status-unknown');
    expect(events).to.have.length(0);
    expect(el.value).to.equal(bad);
    await openAll(el);
    await expectAccessible(el);
  });

  it('in read-only mode shows the plan but offers no edits', async () => {
    const el = await fixture<IasIntegrationPlan>(
      html`<ias-integration-plan
        lang="en"
        readonly
        .value=${samplePlan('c01')}
        .providers=${PROVIDERS}
      ></ias-integration-plan>`,
    );
    expect(root(el).querySelectorAll('button.add, button.danger, input[type="file"], #undo')).to.have.length(
      0,
    );
    expect(field(el, '/measures/0/title').readOnly).to.be.true;
    expect(field<HTMLSelectElement>(el, '/measures/0/status').disabled).to.be.true;
    await openAll(el);
    await expectAccessible(el);
  });
});
