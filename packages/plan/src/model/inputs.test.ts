import { describe, expect, it } from 'vitest';
import type { Case } from '@ias-kit/core';
import { SAMPLE_CASES, SAMPLE_PROVIDERS } from '@ias-kit/core/testing/cases';
import type { PlanMeasure, PlanValue } from '../integration-plan/integration-plan.types.js';
import {
  actorsFromNames,
  linesOf,
  newItem,
  offerOps,
  providerOps,
  toggledGoalIds,
  typedValue,
} from './inputs.js';

// A real plan from the kit's sample cases (invented people), not one written beside the code.
const plan = SAMPLE_CASES.find((c: Case) => (c.plan?.goals.length ?? 0) >= 2)!.plan! as PlanValue;
const [sprachwerk, werkstatt] = SAMPLE_PROVIDERS as [
  (typeof SAMPLE_PROVIDERS)[0],
  (typeof SAMPLE_PROVIDERS)[0],
];
const offer = sprachwerk.offers[0]!;
const bare: PlanMeasure = {
  id: 'measure-x',
  type: 'sprachkurs',
  title: '',
  status: 'geplant',
} as PlanMeasure;

describe('what typed input becomes', () => {
  it('reads Swiss dates and numbers, keeps what it cannot read, and clears blank text', () => {
    expect(typedValue('date', ' 3.2.2026 ')).toBe('2026-02-03');
    expect(typedValue('date', '31.02.2026')).toBe('31.02.2026');
    expect(typedValue('number', '1’250.50')).toBe(1250.5);
    expect(typedValue('number', 'viel')).toBe('viel');
    expect(typedValue('text', '  Deutsch  ')).toBe('Deutsch');
    expect(typedValue('textarea', '  Zeile\n')).toBe('  Zeile\n');
    expect(typedValue('textarea', ' \n ')).toBeUndefined();
  });

  it('keeps the actors (and ids) of names already there and gives new names fresh ids', () => {
    const known = [
      { id: 'a-1', name: 'RAV Bern' },
      { id: 'a-2', name: 'Sozialdienst' },
    ];
    const next = actorsFromNames(plan, known, 'Sozialdienst; Schule\nRAV Bern,')!;
    expect(next.map((a) => a.name)).toEqual(['Sozialdienst', 'Schule', 'RAV Bern']);
    expect(next[0]).toBe(known[1]);
    expect(next[2]).toBe(known[0]);
    expect(next[1]!.id).toMatch(/^actor-\d+$/);
    expect(actorsFromNames(plan, known, ' , ')).toBeUndefined();
    expect(linesOf(' eins \n\n zwei ')).toEqual(['eins', 'zwei']);
    expect(linesOf('\n')).toBeUndefined();
  });

  it('chooses a provider with its reference and drops an offer the new provider lacks', () => {
    const at = '/measures/0';
    expect(providerOps(bare, at, SAMPLE_PROVIDERS, '')).toBeUndefined();
    const chosen = {
      ...bare,
      provider: { providerId: sprachwerk.id, name: sprachwerk.name },
      offerId: offer.id,
    };
    expect(providerOps(chosen, at, SAMPLE_PROVIDERS, sprachwerk.id)).toBeUndefined();
    expect(providerOps(chosen, at, SAMPLE_PROVIDERS, werkstatt.id)).toEqual([
      {
        op: 'replace',
        pointer: '/measures/0/provider',
        value: { providerId: werkstatt.id, name: werkstatt.name, uid: werkstatt.uid, accredited: true },
      },
      { op: 'replace', pointer: '/measures/0/offerId', value: undefined },
    ]);
    expect(providerOps(chosen, at, SAMPLE_PROVIDERS, '')![0]).toEqual({
      op: 'replace',
      pointer: '/measures/0/provider',
      value: undefined,
    });
  });

  it('takes an empty title from a chosen offer but never overwrites a typed one', () => {
    const chosen = { ...bare, provider: { providerId: sprachwerk.id, name: sprachwerk.name } };
    expect(offerOps(chosen, '/measures/1', SAMPLE_PROVIDERS, offer.id)).toContainEqual({
      op: 'replace',
      pointer: '/measures/1/title',
      value: offer.title,
    });
    const titled = offerOps({ ...chosen, title: 'Eigener Titel' }, '/measures/1', SAMPLE_PROVIDERS, offer.id);
    expect(titled.some((o) => o.pointer === '/measures/1/title')).toBe(false);
    expect(offerOps(chosen, '/measures/1', SAMPLE_PROVIDERS, '')).toEqual([
      { op: 'replace', pointer: '/measures/1/offerId', value: undefined },
    ]);
  });

  it('links goals in the plan order and keeps ids of goals the plan does not know', () => {
    const [first, second] = plan.goals.map((g) => g.id) as [string, string];
    expect(toggledGoalIds(plan.goals, ['elsewhere', second], first, true)).toEqual([
      first,
      second,
      'elsewhere',
    ]);
    expect(toggledGoalIds(plan.goals, [second], second, false)).toBeUndefined();
  });

  it('makes new items with ids the plan does not use yet', () => {
    const goal = newItem(plan, 'goals', '2026-11-23');
    expect(plan.goals.some((g) => g.id === goal.id)).toBe(false);
    expect(newItem(plan, 'reviews', '2026-11-23')).toMatchObject({ date: '2026-11-23', participants: [] });
    expect(newItem(plan, 'measures', undefined)).toMatchObject({ status: 'geplant', title: '' });
  });
});
