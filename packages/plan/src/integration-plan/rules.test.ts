import { expect } from '@open-wc/testing';
import { ISSUE_CODES } from './integration-plan.types.js';
import { planMessages } from './integration-plan.l10n.js';
import { checkPlan, measurePeriod, resolveProvider } from './rules.js';
import { emptyPlan, planB, planF, PROVIDERS, TODAY } from '../test/fixtures.js';
import type { PlanValue } from './integration-plan.types.js';

const codes = (plan: PlanValue, ctx = {}) =>
  checkPlan(plan, { providers: PROVIDERS, today: TODAY, ...ctx }).map((i) => `${i.pointer} ${i.code}`);

describe('plan rules (checkPlan)', () => {
  it('finds nothing in an empty draft and only the expected warnings in the sample plans', () => {
    expect(codes(emptyPlan())).to.deep.equal([]);
    expect(codes(planB())).to.deep.equal(['/measures/2/offerId offer-full']);
    expect(codes(planF())).to.deep.equal(['/measures/2/provider provider-unknown']);
  });

  it('a completed measure needs an outcome; an outcome short of achieved needs a reason', () => {
    const plan = planB();
    plan.measures[0]!.outcome = undefined;
    expect(codes(plan)).to.include('/measures/0/outcome outcome-required');
    for (const outcome of ['teilweise', 'nicht_erreicht'] as const) {
      plan.measures[0]!.outcome = outcome;
      expect(codes(plan)).to.include('/measures/0/outcomeReason reason-required');
      plan.measures[0]!.outcomeReason = '  ';
      expect(codes(plan)).to.include('/measures/0/outcomeReason reason-required');
      plan.measures[0]!.outcomeReason = 'Krank';
      expect(codes(plan)).to.not.include('/measures/0/outcomeReason reason-required');
      delete plan.measures[0]!.outcomeReason;
    }
  });

  it('checks dates: format, order, before entry or plan, actual dates in the future', () => {
    const plan = planB();
    plan.validTo = '2025-01-01';
    plan.goals[0]!.targetDate = '2025-01-01';
    plan.measures[2]!.plannedStart = 'bald';
    plan.reviews[0]!.nextDate = '2025-01-01';
    plan.measures[1]!.actualEnd = '2026-12-01';
    const found = codes(plan, { entryDate: '2025-09-05' });
    expect(found).to.include.members([
      '/validTo date-order',
      '/goals/0/targetDate date-before-plan',
      '/measures/2/plannedStart date-format',
      '/reviews/0/nextDate date-order',
      '/measures/1/actualEnd date-future',
      '/validFrom date-before-entry',
    ]);
    expect(measurePeriod(plan.measures[1]!)).to.deep.equal({ start: '2026-02-02', end: '2026-12-01' });
  });

  it('warns when overlapping measures exceed full time, not when they fit', () => {
    const plan = planB();
    plan.measures[2]!.plannedStart = '2026-03-01';
    expect(codes(plan).filter((c) => c.endsWith('overlap'))).to.deep.equal([]); // 60 + 20 + (A1 ended)
    plan.measures[2]!.pensumPercent = 50;
    expect(codes(plan).filter((c) => c.endsWith('overlap'))).to.deep.equal([
      '/measures/1/pensumPercent overlap',
      '/measures/2/pensumPercent overlap',
    ]);
  });

  it('warns when a plan is closed or cancelled while measures are still open', () => {
    const plan = planB();
    plan.status = 'abgeschlossen';
    expect(checkPlan(plan).find((i) => i.code === 'open-measures')).to.deep.include({
      pointer: '/status',
      severity: 'warning',
      params: { n: 2 },
    });
    plan.status = 'aktiv';
    expect(codes(plan)).to.not.include('/status open-measures');
  });

  it('resolves providers and offers, naming unknown ids', () => {
    const m = planB().measures[0]!;
    expect(resolveProvider(m, PROVIDERS).offer!.freePlaces).to.equal(3);
    expect(resolveProvider({ ...m, offerId: 'nope' }, PROVIDERS).unknownOffer).to.equal('nope');
    expect(
      resolveProvider({ ...m, provider: { providerId: 'x', name: 'X' } }, PROVIDERS).unknownProvider,
    ).to.equal('x');
    expect(resolveProvider({ ...m, provider: undefined }, PROVIDERS)).to.deep.equal({});
  });

  it('has a message for every rule in every locale', () => {
    for (const catalog of Object.values(planMessages))
      for (const code of ISSUE_CODES) expect(catalog[`issue.${code}`], code).to.be.a('string').and.not.empty;
  });
});
