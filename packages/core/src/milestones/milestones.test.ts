import { describe, expect, it } from 'vitest';
import { IasDateError, IasError } from '../errors.js';
import type { Case } from '../model/case.js';
import {
  type Milestone,
  type MilestoneId,
  type MilestoneInput,
  MILESTONE_IDS,
  computeHorizon,
  computeMilestones,
  milestoneInputOf,
  responsibilityEnd,
} from './index.js';
import { thrown } from '../testing/thrown.js';

/** The milestones as `{ id: milestone }` without the repeated id, for compact expectations. */
function byId(milestones: Milestone[]): Record<MilestoneId, Omit<Milestone, 'id'>> {
  return Object.fromEntries(milestones.map(({ id, ...rest }) => [id, rest])) as Record<
    MilestoneId,
    Omit<Milestone, 'id'>
  >;
}

const errorOf = (fn: () => unknown): IasError => thrown(IasError, fn);

const B_PERSON: MilestoneInput = {
  entryDate: '2021-09-14',
  asylumApplicationDate: '2021-09-16',
  dateOfBirth: '1994-05-20', // 27 at entry
  statusHistory: [{ status: 'FL', validFrom: '2022-03-01' }],
};

const F_PERSON: MilestoneInput = {
  entryDate: '2022-03-10',
  asylumApplicationDate: '2022-03-11',
  dateOfBirth: '2004-11', // 17 at entry, whatever the day
  statusHistory: [{ status: 'VA', validFrom: '2023-01-20' }],
};

describe('computeMilestones', () => {
  it('returns every milestone once, in MILESTONE_IDS order', () => {
    expect(computeMilestones(B_PERSON).map((m) => m.id)).toEqual([...MILESTONE_IDS]);
  });

  it('B person (recognised refugee FL), 27 at entry', () => {
    expect(computeMilestones(B_PERSON)).toEqual([
      { id: 'language-a1', goal: 1, applicable: true, dueDate: '2024-09-14' },
      { id: 'school-start', goal: 2, applicable: false, reason: 'age' },
      { id: 'education', goal: 3, applicable: false, reason: 'age', dueDate: '2026-09-14' },
      { id: 'labour-market', goal: 4, applicable: true, dueDate: '2028-09-14' },
      { id: 'social-integration', goal: 5, applicable: true, dueDate: '2028-09-14' },
      // FL: asylum application + 5 years
      { id: 'financing-end', goal: 'financing', applicable: true, dueDate: '2026-09-16', status: 'FL' },
    ]);
  });

  it('F person (provisionally admitted VA), born 2004-11, 17 at entry', () => {
    expect(byId(computeMilestones(F_PERSON))).toEqual({
      'language-a1': { goal: 1, applicable: true, dueDate: '2025-03-10' },
      'school-start': { goal: 2, applicable: false, reason: 'age' },
      education: { goal: 3, applicable: true, dueDate: '2027-03-10' },
      'labour-market': { goal: 4, applicable: true, dueDate: '2029-03-10' },
      'social-integration': { goal: 5, applicable: true, dueDate: '2029-03-10' },
      // VA: entry + 7 years
      'financing-end': { goal: 'financing', applicable: true, dueDate: '2029-03-10', status: 'VA' },
    });
  });

  it('a child 2 years old at entry: school start 1 August of the year it is 4 by 31 July', () => {
    const child = {
      entryDate: '2021-03-10',
      dateOfBirth: '2019-01-15',
      statusHistory: [{ status: 'VA' as const, validFrom: '2021-03-10' }],
    };
    const m = byId(computeMilestones(child));
    expect(m['school-start']).toEqual({ goal: 2, applicable: true, dueDate: '2023-08-01' });
    expect(m['language-a1']).toEqual({ goal: 1, applicable: true, dueDate: '2024-03-10' });
    expect(m.education).toMatchObject({ applicable: false, reason: 'age' });
    expect(m['labour-market']).toMatchObject({ applicable: false, reason: 'age' });
    expect(m['social-integration']).toEqual({ goal: 5, applicable: true, dueDate: '2028-03-10' });
  });

  it('school start: HarmoS cutoff 31 July, before-entry start and canton options', () => {
    const school = (dateOfBirth: string, entryDate = '2021-03-10', options = {}) =>
      byId(computeMilestones({ entryDate, dateOfBirth }, options))['school-start'];
    expect(school('2019-07-31')).toMatchObject({ dueDate: '2023-08-01' }); // 4 on 31 July 2023
    expect(school('2019-08-01')).toMatchObject({ dueDate: '2024-08-01' }); // 4 on 1 August 2023
    // 4 at entry, regular start (2021-08-01) before entry 2021-10-01: starts on arrival
    expect(school('2017-03-01', '2021-10-01')).toEqual({ goal: 2, applicable: true, dueDate: '2021-10-01' });
    expect(school('2016-09-01', '2021-10-01')).toEqual({ goal: 2, applicable: false, reason: 'age' }); // 5
    // a canton starting at 5 with cutoff 30 April
    expect(school('2019-01-15', '2021-03-10', { schoolStartAge: 5, schoolAgeCutoff: '04-30' })).toMatchObject(
      {
        dueDate: '2024-08-01',
      },
    );
    expect(school('2019-05-15', '2021-03-10', { schoolStartAge: 5, schoolAgeCutoff: '04-30' })).toMatchObject(
      {
        dueDate: '2025-08-01',
      },
    );
    expect(school('2019-01-15', '2021-03-10', { schoolYearStart: '08-15' })).toMatchObject({
      dueDate: '2023-08-15',
    });
  });

  it('school start with a year-only birth date gives a due range', () => {
    expect(byId(computeMilestones({ entryDate: '2021-03-10', dateOfBirth: '2019' }))['school-start']).toEqual(
      {
        goal: 2,
        applicable: true,
        dueDate: '2023-08-01',
        latestDueDate: '2024-08-01',
      },
    );
  });

  it('a young adult 20 at entry', () => {
    const m = byId(computeMilestones({ entryDate: '2020-10-05', dateOfBirth: '2000-04-02' }));
    expect(m.education).toEqual({ goal: 3, applicable: true, dueDate: '2025-10-05' });
    expect(m['labour-market']).toEqual({ goal: 4, applicable: true, dueDate: '2027-10-05' });
    expect(m['school-start']).toMatchObject({ applicable: false, reason: 'age' });
  });

  it('a 60 year old: goals 1 and 5 only', () => {
    const m = byId(computeMilestones({ entryDate: '2020-10-05', dateOfBirth: '1960-01-10' }));
    expect(m['language-a1']).toEqual({ goal: 1, applicable: true, dueDate: '2023-10-05' });
    expect(m.education).toEqual({ goal: 3, applicable: false, reason: 'age', dueDate: '2025-10-05' });
    expect(m['labour-market']).toEqual({ goal: 4, applicable: false, reason: 'age', dueDate: '2027-10-05' });
    expect(m['social-integration']).toEqual({ goal: 5, applicable: true, dueDate: '2027-10-05' });
  });

  it('age-group bounds are inclusive in completed years (16 and 25 in, 26 out)', () => {
    const education = (dateOfBirth: string) =>
      byId(computeMilestones({ entryDate: '2020-06-15', dateOfBirth })).education.applicable;
    expect(education('2004-06-15')).toBe(true); // 16th birthday on entry day
    expect(education('2004-06-16')).toBe(false); // 15
    expect(education('1994-06-16')).toBe(true); // 25, turns 26 the next day
    expect(education('1994-06-15')).toBe(false); // 26
  });

  it('partial birth date 1990: education undecidable, labour market applies', () => {
    const m = byId(computeMilestones({ entryDate: '2016-06-15', dateOfBirth: '1990' })); // 25 or 26
    expect(m.education).toEqual({
      goal: 3,
      applicable: false,
      reason: 'unknown-birth-date',
      dueDate: '2021-06-15',
    });
    expect(m['labour-market']).toEqual({ goal: 4, applicable: true, dueDate: '2023-06-15' });
    const later = byId(computeMilestones({ entryDate: '2020-06-15', dateOfBirth: '1990' })); // 29 or 30
    expect(later.education).toMatchObject({ applicable: false, reason: 'age' });
  });

  it('partial birth date 2004-07: decided only once the month is past', () => {
    const july = byId(computeMilestones({ entryDate: '2020-07-15', dateOfBirth: '2004-07' })); // 15 or 16
    expect(july.education).toMatchObject({ applicable: false, reason: 'unknown-birth-date' });
    expect(july['labour-market']).toMatchObject({ applicable: false, reason: 'unknown-birth-date' });
    const august = byId(computeMilestones({ entryDate: '2020-08-01', dateOfBirth: '2004-07' })); // 16
    expect(august.education).toEqual({ goal: 3, applicable: true, dueDate: '2025-08-01' });
  });

  it('no birth date: age-bound milestones are undecidable, the others apply', () => {
    const m = byId(computeMilestones({ entryDate: '2020-06-15' }));
    expect(m['school-start']).toEqual({ goal: 2, applicable: false, reason: 'unknown-birth-date' });
    expect(m.education).toMatchObject({
      applicable: false,
      reason: 'unknown-birth-date',
      dueDate: '2025-06-15',
    });
    expect(m['language-a1']).toMatchObject({ applicable: true });
    expect(m['financing-end']).toEqual({ goal: 'financing', applicable: false, reason: 'missing-status' });
  });

  it('leap-day entry 2020-02-29: anniversaries fall on 28 February', () => {
    const m = byId(
      computeMilestones({
        entryDate: '2020-02-29',
        dateOfBirth: '1998-05-01',
        statusHistory: [{ status: 'VA', validFrom: '2020-09-01' }],
      }),
    );
    expect(m['language-a1']).toMatchObject({ dueDate: '2023-02-28' });
    expect(m.education).toMatchObject({ applicable: true, dueDate: '2025-02-28' });
    expect(m['labour-market']).toMatchObject({ dueDate: '2027-02-28' });
    expect(m['financing-end']).toMatchObject({ dueDate: '2027-02-28', status: 'VA' });
  });

  it('dueDateConvention end-of-calendar-year follows SEM monitoring (entry year = year 0)', () => {
    const m = byId(
      computeMilestones(
        {
          entryDate: '2020-02-29',
          dateOfBirth: '1998-05-01',
          statusHistory: [{ status: 'VA', validFrom: '2020-09-01' }],
        },
        { dueDateConvention: 'end-of-calendar-year' },
      ),
    );
    expect(m['language-a1']).toMatchObject({ dueDate: '2023-12-31' });
    expect(m.education).toMatchObject({ dueDate: '2025-12-31' });
    expect(m['social-integration']).toMatchObject({ dueDate: '2027-12-31' });
    expect(m['financing-end']).toMatchObject({ dueDate: '2027-02-28' }); // not affected
  });

  it('missing entry date: reasons, never NaN', () => {
    const milestones = computeMilestones({
      asylumApplicationDate: '2021-09-16',
      dateOfBirth: '1994-05-20',
      statusHistory: [{ status: 'FL', validFrom: '2022-03-01' }],
    });
    const m = byId(milestones);
    for (const id of [
      'language-a1',
      'school-start',
      'education',
      'labour-market',
      'social-integration',
    ] as const) {
      expect(m[id]).toEqual({ goal: expect.anything(), applicable: false, reason: 'missing-entry-date' });
    }
    expect(m['financing-end']).toMatchObject({ applicable: true, dueDate: '2026-09-16' }); // FL needs no entry
    expect(JSON.stringify(milestones)).not.toMatch(/NaN|null|Invalid/);
    expect(
      byId(computeMilestones({ statusHistory: [{ status: 'VA', validFrom: '2022-03-01' }] }))[
        'financing-end'
      ],
    ).toEqual({
      goal: 'financing',
      applicable: false,
      reason: 'missing-entry-date',
    });
    expect(
      byId(
        computeMilestones({
          entryDate: '2020-01-01',
          statusHistory: [{ status: 'FL', validFrom: '2020-05-01' }],
        }),
      )['financing-end'],
    ).toMatchObject({
      applicable: false,
      reason: 'missing-asylum-application-date',
    });
  });

  it('bad input: typed errors naming value and field', () => {
    const after = errorOf(() => computeMilestones({ entryDate: '2020-06-15', dateOfBirth: '2021-03-01' }));
    expect(after).toBeInstanceOf(IasDateError);
    expect(after.code).toBe('date.order');
    expect(after.field).toBe('dateOfBirth');
    expect(after.related).toEqual({ field: 'entryDate', value: '2020-06-15' });
    expect(errorOf(() => computeMilestones({ entryDate: '2025-02-30' }))).toMatchObject({
      code: 'date.invalid',
      field: 'entryDate',
      value: '2025-02-30',
    });
    expect(errorOf(() => computeMilestones({ entryDate: '' }))).toMatchObject({
      code: 'date.empty',
      field: 'entryDate',
    });
    expect(errorOf(() => computeMilestones({ entryDate: '31.12.' }))).toMatchObject({ code: 'date.format' });
    expect(
      errorOf(() => computeMilestones({ entryDate: '2020-06-15', dateOfBirth: '1990-02-30' })),
    ).toMatchObject({
      code: 'date.invalid',
      field: 'dateOfBirth',
    });
    expect(
      errorOf(() =>
        computeMilestones({
          statusHistory: [
            { status: 'FL', validFrom: '2020-01-01' },
            { status: 'B' as 'FL', validFrom: '2021-01-01' },
          ],
        }),
      ),
    ).toMatchObject({ code: 'status.invalid', field: 'statusHistory[1].status', value: 'B' });
    expect(
      errorOf(() => computeMilestones({ statusHistory: [{ status: 'VA', validFrom: '2020-13-01' }] })),
    ).toMatchObject({
      code: 'date.invalid',
      field: 'statusHistory[0].validFrom',
    });
    expect(errorOf(() => computeMilestones({}, { schoolYearStart: '8-1' }))).toMatchObject({
      code: 'option.invalid',
    });
    expect(errorOf(() => computeMilestones({}, { schoolAgeCutoff: '02-29' }))).toMatchObject({
      code: 'option.invalid',
    });
    expect(errorOf(() => computeMilestones({}, { schoolStartAge: 4.5 }))).toMatchObject({
      code: 'option.invalid',
    });
    expect(computeMilestones(F_PERSON, { schoolStartAge: undefined })).toEqual(computeMilestones(F_PERSON));
  });
});

describe('status changes and the financing horizon', () => {
  const base = { entryDate: '2018-05-03', asylumApplicationDate: '2018-05-04' };
  const end = (statusHistory: MilestoneInput['statusHistory'], facts = base) =>
    byId(computeMilestones({ ...facts, statusHistory }))['financing-end'];

  it('F then recognised as refugee (VA → FL): horizon switches to application + 5 years', () => {
    expect(
      end([
        { status: 'VA', validFrom: '2019-02-01' },
        { status: 'FL', validFrom: '2021-06-30' },
      ]),
    ).toEqual({ goal: 'financing', applicable: true, dueDate: '2023-05-04', status: 'FL' });
  });

  it('VA → VA-FL keeps entry + 7 years', () => {
    expect(
      end([
        { status: 'VA', validFrom: '2019-02-01' },
        { status: 'VA-FL', validFrom: '2020-01-15' },
      ]),
    ).toMatchObject({ dueDate: '2025-05-03', status: 'VA-FL' });
  });

  it('recognised after application + 5 years: financing ends on the day of the change', () => {
    const facts = { entryDate: '2016-03-01', asylumApplicationDate: '2016-03-01' };
    const history = [
      { status: 'VA' as const, validFrom: '2016-09-01' },
      { status: 'FL' as const, validFrom: '2022-01-10' },
    ];
    expect(end(history, facts)).toMatchObject({ dueDate: '2022-01-10', status: 'FL' });
    // The history order does not matter.
    expect(end([...history].reverse(), facts)).toMatchObject({ dueDate: '2022-01-10', status: 'FL' });
  });

  it('a change after the financing already ended does not extend it', () => {
    const facts = { entryDate: '2010-04-01', asylumApplicationDate: '2010-04-01' };
    expect(
      end(
        [
          { status: 'VA', validFrom: '2010-10-01' },
          { status: 'FL', validFrom: '2020-01-01' },
        ],
        facts,
      ),
    ).toMatchObject({ dueDate: '2017-04-01', status: 'VA' });
  });

  it('computeHorizon / responsibilityEnd: entry to end of federal financing', () => {
    expect(computeHorizon(B_PERSON)).toEqual({
      known: true,
      start: '2021-09-14',
      end: '2026-09-16',
      status: 'FL',
    });
    expect(computeHorizon(F_PERSON)).toEqual({
      known: true,
      start: '2022-03-10',
      end: '2029-03-10',
      status: 'VA',
    });
    expect(responsibilityEnd(F_PERSON)).toBe('2029-03-10');
    expect(computeHorizon({ ...F_PERSON, entryDate: undefined })).toEqual({
      known: false,
      reason: 'missing-entry-date',
    });
    expect(computeHorizon({ entryDate: '2020-01-01' })).toEqual({ known: false, reason: 'missing-status' });
    expect(responsibilityEnd({ entryDate: '2020-01-01' })).toBeUndefined();
  });
});

describe('milestoneInputOf', () => {
  it('takes the facts from a case', () => {
    const c = {
      id: 'c1',
      person: {
        id: 'p1',
        localPersonId: { personIdCategory: 'CT.XX', personId: '1' },
        officialName: 'A',
        firstName: 'B',
        sex: '2',
        dateOfBirth: '2004-11',
      },
      entryDate: '2022-03-10',
      asylumApplicationDate: '2022-03-11',
      statusHistory: [{ status: 'VA', validFrom: '2023-01-20' }],
      assessments: [],
      tasks: [],
    } satisfies Case;
    expect(computeMilestones(milestoneInputOf(c))).toEqual(computeMilestones(F_PERSON));
  });
});
