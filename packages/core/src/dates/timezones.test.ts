/**
 * The same results in every time zone: the date maths never goes through local time.
 * Node re-reads `process.env.TZ` when it is assigned, so the zones are switched inside the test;
 * the test first proves that each switch took effect.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { computeHorizon, computeMilestones } from '../milestones/index.js';
import {
  addDays,
  addMonths,
  addYears,
  ageAt,
  compareDates,
  dayNumber,
  dayNumberToParts,
  daysBetween,
  endOfNthCalendarYearAfter,
  formatDate,
  fromDateParts,
  parseDate,
  todayIn,
} from './index.js';

// UTC+14 (skipped 1994-12-31 entirely), UTC−10/−9 with DST, and the kit's home zone.
const ZONES = ['Pacific/Kiritimati', 'America/Adak', 'Europe/Zurich'] as const;

/** Fixed inputs around DST switches, leap days and the Kiritimati date-line jump. */
const DATES = [
  '1994-12-30',
  '1994-12-31',
  '2020-02-29',
  '2020-03-08',
  '2020-03-29',
  '2020-10-25',
  '2020-11-01',
  '2024-02-29',
  '2024-03-31',
  '2023-12-31',
  '1970-01-01',
  '1969-12-31',
];

const randomDates = fc.sample(
  fc
    .integer({
      min: dayNumber({ year: 1900, month: 1, day: 1 }),
      max: dayNumber({ year: 2100, month: 12, day: 31 }),
    })
    .map((n) => fromDateParts(dayNumberToParts(n))),
  { numRuns: 200, seed: 4711 },
);

function battery() {
  const all = [...DATES, ...randomDates];
  return {
    dates: all.map((d) => [
      formatDate(d),
      parseDate(formatDate(d)),
      addDays(d, 1),
      addDays(d, -1),
      addMonths(d, 1),
      addYears(d, 1),
      daysBetween('2000-01-01', d),
      compareDates(d, '2020-03-29'),
      endOfNthCalendarYearAfter(d, 3),
      ageAt(d.slice(0, 7), '2101-01-01'),
    ]),
    milestones: [
      computeMilestones({
        entryDate: '2020-02-29',
        asylumApplicationDate: '2020-03-02',
        dateOfBirth: '2004-07',
        statusHistory: [
          { status: 'VA', validFrom: '2020-10-25' },
          { status: 'FL', validFrom: '2022-03-27' },
        ],
      }),
      computeMilestones({
        entryDate: '2020-03-29',
        dateOfBirth: '2016',
        statusHistory: [{ status: 'VA-FL', validFrom: '2020-11-01' }],
      }),
      computeMilestones(
        { entryDate: '1994-12-31', dateOfBirth: '1990' },
        { dueDateConvention: 'end-of-calendar-year' },
      ),
      computeHorizon({ entryDate: '2020-03-08', statusHistory: [{ status: 'VA', validFrom: '2020-03-08' }] }),
    ],
    today: todayIn('Europe/Zurich', Date.UTC(2020, 2, 28, 23, 30)),
  };
}

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it(`gives identical results in ${ZONES.join(', ')}`, () => {
    const offsets: number[] = [];
    const results: unknown[] = [];
    for (const zone of ZONES) {
      process.env.TZ = zone;
      offsets.push(new Date(2020, 0, 1).getTimezoneOffset());
      results.push(battery());
    }
    // The zones really took effect: UTC+14, UTC−10 and UTC+1 in January.
    expect(offsets).toEqual([-840, 600, -60]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect((results[0] as ReturnType<typeof battery>).today).toBe('2020-03-29');
  });
});
