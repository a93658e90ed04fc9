/**
 * Twenty synthetic integration cases for the stories, the case workspace and `npm start`.
 * Every person, worker and provider here is INVENTED; any likeness to real people is accidental.
 * The set covers status B (FL) and F (VA, VA-FL), a status change, children, young adults 16–25,
 * adults and an older person, new arrivals and finished cases, partial birth dates, and gaps that the
 * traffic-light rules flag. Reference date of the set: `SAMPLE_TODAY`.
 *
 * One module per group of cases: `cases/young-people.ts`, `cases/adults.ts`, `cases/transitions.ts`;
 * the reference date, workers and providers in `cases/roster.ts`; how a spec becomes a `Case` in
 * `cases/spec.ts`.
 */
import type { Case } from '@ias-kit/core';
import { ADULT_SPECS } from './cases/adults.js';
import { toCase } from './cases/spec.js';
import { TRANSITION_SPECS } from './cases/transitions.js';
import { YOUNG_PEOPLE_SPECS } from './cases/young-people.js';

export { SAMPLE_PROVIDERS, SAMPLE_TODAY, SAMPLE_WORKERS } from './cases/roster.js';

/** The twenty invented cases, in the order of their ids (`c01` … `c20`). */
export const SAMPLE_CASES: readonly Case[] = [...ADULT_SPECS, ...YOUNG_PEOPLE_SPECS, ...TRANSITION_SPECS]
  .sort((a, b) => a.id.localeCompare(b.id))
  .map(toCase);

/** `count` invented cases for a worker's cockpit: the twenty, repeated with new ids and shifted dates. */
export function manyCases(count: number): Case[] {
  return Array.from({ length: count }, (_, i) => {
    const base = SAMPLE_CASES[i % SAMPLE_CASES.length]!;
    const round = Math.floor(i / SAMPLE_CASES.length);
    if (round === 0) return base;
    const id = `${base.id}-${round}`;
    return {
      ...base,
      id,
      person: {
        ...base.person,
        id: `p-${id}`,
        localPersonId: { personIdCategory: 'CT.XX.DEMO', personId: id },
      },
    };
  });
}
