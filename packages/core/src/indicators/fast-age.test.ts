import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageAt } from '../dates/index.js';
import { fastAgeAt } from './fast-age.js';

describe('fastAgeAt', () => {
  it('equals ageAt for every full birth date on or before the date', () => {
    const day = fc.integer({ min: -40000, max: 20000 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40000 }), (birth, age) => {
        const date = addDays(birth, age);
        expect(fastAgeAt(birth, date)).toEqual(ageAt(birth, date));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles 29 February and partial dates like ageAt', () => {
    expect(fastAgeAt('2000-02-29', '2001-02-28')).toEqual(ageAt('2000-02-29', '2001-02-28'));
    expect(fastAgeAt('2000-02-29', '2004-02-28')).toEqual({ min: 3, max: 3, exact: true });
    expect(fastAgeAt('1990', '2020-06-15')).toEqual(ageAt('1990', '2020-06-15'));
    expect(() => fastAgeAt('2021-01-01', '2020-01-01')).toThrow();
  });
});
