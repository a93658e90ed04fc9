/** Invented people for the timeline tests. */
import type { Case, Measure, Person } from '@ias-kit/core';

export function person(dateOfBirth: string, firstName = 'Amina'): Person {
  return {
    id: `p-${firstName}`,
    localPersonId: { personIdCategory: 'CT.ZH.TEST', personId: firstName },
    officialName: 'Muster',
    firstName,
    sex: '2',
    dateOfBirth,
  };
}

/** Recognised refugee (FL, permit B), 27 at entry: horizon = asylum application + 5 years (2026-09-16). */
export function refugeeB(extra: Partial<Case> = {}): Case {
  return {
    id: 'case-b',
    person: person('1994-05-20'),
    entryDate: '2021-09-14',
    asylumApplicationDate: '2021-09-16',
    statusHistory: [{ status: 'FL', validFrom: '2022-03-01' }],
    assessments: [],
    tasks: [],
    ...extra,
  };
}

/** Provisionally admitted (VA, permit F), 17 at entry: horizon = entry + 7 years (2029-03-10). */
export function admittedF(extra: Partial<Case> = {}): Case {
  return {
    id: 'case-f',
    person: person('2004-11', 'Samir'),
    entryDate: '2022-03-10',
    asylumApplicationDate: '2022-03-11',
    statusHistory: [{ status: 'VA', validFrom: '2023-01-20' }],
    assessments: [],
    tasks: [],
    ...extra,
  };
}

export function measure(id: string, extra: Partial<Measure> = {}): Measure {
  return { id, type: 'sprachkurs', title: `Kurs ${id}`, status: 'geplant', ...extra };
}

/** A plan holding the given measures. */
export function plan(
  measures: Measure[],
  extra: Partial<NonNullable<Case['plan']>> = {},
): NonNullable<Case['plan']> {
  return {
    id: 'plan-1',
    personId: 'p-Amina',
    version: 1,
    status: 'aktiv',
    validFrom: '2022-01-01',
    caseManager: { id: 'cm-1', name: 'Fallführung Test' },
    goals: [],
    measures,
    reviews: [],
    ...extra,
  };
}
