/**
 * How a sample case is written down (`Spec`: the few facts that differ from case to case) and how it
 * becomes a full `Case` with its person, status history, plan and assessments.
 */
import type {
  AssessmentSnapshot,
  Case,
  Goal,
  IntegrationPlan,
  Measure,
  ResidenceStatus,
  Sex,
} from '@ias-kit/core';
import { SAMPLE_PROVIDERS, SAMPLE_WORKERS } from './roster.js';

/** A measure of a plan, written short. */
export const m = (
  type: Measure['type'],
  title: string,
  status: Measure['status'],
  plannedStart: string,
  plannedEnd: string,
  extra: Partial<Measure> = {},
): Omit<Measure, 'id'> => ({ type, title, status, plannedStart, plannedEnd, ...extra });

/** A provider as a measure names it. */
export const prov = (id: string) => {
  const p = SAMPLE_PROVIDERS.find((x) => x.id === id)!;
  return { providerId: p.id, name: p.name, uid: p.uid, accredited: p.accredited };
};

export interface Spec {
  id: string;
  first: string;
  last: string;
  sex: Sex;
  birth: string;
  country: string;
  canton: Case['canton'];
  status: ResidenceStatus;
  entry: string;
  asylum: string;
  decision?: string;
  change?: { status: ResidenceStatus; validFrom: string };
  worker: number;
  phase: Case['phase'];
  lastActivity: string;
  measures?: Omit<Measure, 'id'>[];
  goals?: Omit<Goal, 'id'>[];
  reviews?: { date: string; summary: string; nextDate?: string }[];
  assessment?: { date: string; status: 'draft' | 'final'; data: Record<string, unknown> };
  /** Complete snapshots made with the SEM templates (instead of `assessment`). */
  snapshots?: AssessmentSnapshot[];
}

export function toCase(s: Spec): Case {
  const worker = SAMPLE_WORKERS[s.worker]!;
  const plan: IntegrationPlan | undefined =
    s.goals || s.measures
      ? {
          id: `plan-${s.id}`,
          personId: `p-${s.id}`,
          version: 1,
          status: s.phase === 'abschluss' ? 'abgeschlossen' : 'aktiv',
          validFrom: s.decision ?? s.entry,
          caseManager: worker,
          nextReview: s.reviews?.at(-1)?.nextDate,
          goals: (s.goals ?? []).map((g, i) => ({ ...g, id: `g-${s.id}-${i + 1}` })),
          measures: (s.measures ?? []).map((x, i) => ({ ...x, id: `m-${s.id}-${i + 1}` })),
          reviews: (s.reviews ?? []).map((r, i) => ({
            id: `r-${s.id}-${i + 1}`,
            date: r.date,
            participants: [worker, { id: `p-${s.id}`, name: `${s.first} ${s.last}` }],
            summary: r.summary,
            nextDate: r.nextDate,
          })),
        }
      : undefined;
  const assessments: AssessmentSnapshot[] = s.snapshots
    ? structuredClone(s.snapshots)
    : s.assessment
      ? [
          {
            id: `a-${s.id}-1`,
            templateId: 'https://ias-kit.ch/schemas/forms/sem-kurzassessment',
            templateVersion: '1.1.0',
            date: s.assessment.date,
            assessor: worker,
            status: s.assessment.status,
            data: s.assessment.data,
          },
        ]
      : [];
  return {
    id: s.id,
    person: {
      id: `p-${s.id}`,
      localPersonId: { personIdCategory: 'CT.XX.DEMO', personId: s.id },
      officialName: s.last,
      firstName: s.first,
      sex: s.sex,
      dateOfBirth: s.birth,
      nationality: { nationalityStatus: '2', country: { countryIdISO2: s.country } },
    },
    canton: s.canton,
    entryDate: s.entry,
    asylumApplicationDate: s.asylum,
    ...(s.decision ? { decisionDate: s.decision } : {}),
    statusHistory: [{ status: s.status, validFrom: s.decision ?? s.entry }, ...(s.change ? [s.change] : [])],
    phase: s.phase,
    assessments,
    ...(plan ? { plan: stripUndefined(plan) } : {}),
    tasks: [],
    lastActivity: s.lastActivity,
    responsibleWorker: worker,
  };
}

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
