/**
 * Invented sample data for tests, stories and the benchmark. Every person is fictitious.
 */
import { addDays, addMonths, addYears } from '../dates/date.js';
import type { ActorRef, CalendarDate } from '../model/common.js';
import type { Measure } from '../model/plan.js';
import { SAMPLE_FIRST_NAMES as FIRST, SAMPLE_LAST_NAMES as LAST, SAMPLE_WORKERS } from './sample-people.js';
import type { StandaloneTask, TaskCase } from '../tasks/types.js';

export { SAMPLE_WORKERS };

/** A minimal valid case of an invented person, overridable field by field. */
export function sampleCase(id: string, overrides: Partial<TaskCase> = {}): TaskCase {
  return {
    id,
    person: {
      id: `p-${id}`,
      localPersonId: { personIdCategory: 'CT.XX.TEST', personId: id },
      officialName: 'Beispiel',
      firstName: 'Amina',
      sex: '2',
      dateOfBirth: '1990-04-12',
    },
    entryDate: '2023-05-10',
    decisionDate: '2023-11-01',
    statusHistory: [{ status: 'VA', validFrom: '2023-11-01' }],
    assessments: [],
    tasks: [],
    ...overrides,
  };
}

function measure(id: string, today: CalendarDate, i: number): Measure {
  const start = addDays(today, (i % 40) - 20);
  const kinds = ['sprachkurs', 'integrationsvorlehre', 'praktikum', 'job_coaching'] as const;
  const status = (['geplant', 'laufend', 'abgeschlossen', 'angemeldet'] as const)[i % 4]!;
  return {
    id,
    type: kinds[i % kinds.length]!,
    title: ['Deutsch A2', 'Integrationsvorlehre', 'Praktikum Pflege', 'Job-Coaching'][i % 4]!,
    status,
    plannedStart: start,
    plannedEnd: addMonths(start, 3),
    ...(status === 'abgeschlossen' && i % 8 === 2 ? { outcome: 'erreicht' as const } : {}),
  };
}

/** `n` invented cases around `today`, spread over the workers, firing every rule somewhere. */
export function sampleCases(
  n: number,
  today: CalendarDate,
  workers: readonly ActorRef[] = SAMPLE_WORKERS,
): TaskCase[] {
  return Array.from({ length: n }, (_, i) => {
    const entry = addDays(addYears(today, -1 - (i % 5)), -((i * 37) % 300));
    const born = addYears(entry, -(17 + ((i * 7) % 30)));
    const id = `c-${String(i + 1).padStart(5, '0')}`;
    return sampleCase(id, {
      person: {
        id: `p-${id}`,
        localPersonId: { personIdCategory: 'CT.XX.TEST', personId: id },
        officialName: LAST[(i * 5) % LAST.length]!,
        firstName: FIRST[i % FIRST.length]!,
        sex: i % 2 ? '1' : '2',
        dateOfBirth: born,
      },
      entryDate: entry,
      asylumApplicationDate: addDays(entry, 2),
      decisionDate: addMonths(entry, 4),
      statusHistory: [{ status: i % 3 ? 'VA' : 'FL', validFrom: addMonths(entry, 4) }],
      // Recent entries (one or two years ago) may still lack their potential assessment.
      assessments:
        i % 4 === 0 && i % 5 < 2
          ? []
          : [
              {
                id: `a-${id}`,
                templateId: 'sem-kurzassessment',
                templateVersion: '1.0.0',
                date: addMonths(entry, 5),
                assessor: workers[0]!,
                status: 'final',
                data: {},
              },
            ],
      ...(i % 6 === 5 ? {} : { languageLevel: i % 3 || i % 5 > 2 ? 'A2' : 'pre-A1' }),
      lastActivity: `${addDays(today, -((i * 13) % 140))}T09:00:00+01:00`,
      responsibleWorker: workers[i % workers.length]!,
      plan: {
        id: `plan-${id}`,
        personId: `p-${id}`,
        version: 1,
        status: 'aktiv',
        validFrom: addMonths(entry, 6),
        caseManager: workers[i % workers.length]!,
        nextReview: addDays(today, ((i * 11) % 90) - 30),
        goals: [],
        measures: [measure(`m-${id}-1`, today, i), measure(`m-${id}-2`, today, i + 1)],
        reviews: [],
      },
      tasks: [
        {
          id: `t-${id}`,
          kind: 'contact',
          title: 'Termin vereinbaren',
          status: i % 5 ? 'offen' : 'in_bearbeitung',
          dueDate: addDays(today, ((i * 3) % 60) - 15),
        },
      ],
    });
  });
}

/** Explicit tasks outside any case. */
export function sampleStandaloneTasks(today: CalendarDate): StandaloneTask[] {
  return [
    {
      id: 'x-1',
      kind: 'document',
      title: 'Bericht an Gemeinde',
      status: 'offen',
      dueDate: addDays(today, 3),
      personId: 'p-x',
      personName: 'Omid Beispiel',
    },
  ];
}
