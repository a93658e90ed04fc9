/**
 * A small deterministic generator of SYNTHETIC persons for tests, stories and benchmarks.
 * Every person is invented: names are drawn from a short list of obviously fictitious names, ids
 * are sequential, and the same seed always gives the same persons.
 */
import { addDays, addMonths, endOfNthCalendarYearAfter, toDateParts } from '../dates/index.js';
import type { ActorRef, CalendarDate, OfficeRef } from '../model/common.js';
import type { Measure, MeasureStatus, MeasureType } from '../model/plan.js';
import type { ResidenceStatus } from '../model/status.js';
import { LANGUAGE_LEVELS } from '../tasks/types.js';
import { SAMPLE_FIRST_NAMES as FIRST, SAMPLE_LAST_NAMES as LAST, SAMPLE_WORKERS } from './sample-people.js';
import type { IndicatorRecord } from '../indicators/types.js';

const NATIONS = ['ER', 'AF', 'SY', 'TR', 'SO', 'LK', 'IQ', 'UA'];
const COMMUNES = ['Musterdorf', 'Beispielstadt', 'Exempleville', 'Esempiano'];

/** Invented case workers of the sample. */
export const SAMPLE_INDICATOR_WORKERS: readonly ActorRef[] = SAMPLE_WORKERS;
/** Invented offices of the sample. */
export const SAMPLE_OFFICES: readonly OfficeRef[] = [
  { id: 'o-nord', name: 'Sozialdienst Nord (fiktiv)' },
  { id: 'o-sued', name: 'Sozialdienst Süd (fiktiv)' },
];

/** Mulberry32: a tiny seeded PRNG (deterministic across platforms). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleOptions {
  /** Reference date: no fact lies after it. Default `2026-06-30`. */
  at?: CalendarDate;
  /** Default 1. */
  seed?: number;
  /** Share of records with a gap (no entry date, no birth date), 0–1. Default 0.03. */
  gaps?: number;
}

/**
 * `count` invented persons with entry dates in the 9 years before `at`, statuses (some changing
 * from VA to FL), measures, assessments and outcomes. Deterministic for a given seed.
 * @example sampleIndicatorRecords(200, { at: '2026-06-30', seed: 7 })
 */
export function sampleIndicatorRecords(count: number, options: SampleOptions = {}): IndicatorRecord[] {
  const at = options.at ?? '2026-06-30';
  const rand = rng(options.seed ?? 1);
  const gaps = options.gaps ?? 0.03;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const before = (d: CalendarDate) => (d > at ? at : d);
  const out: IndicatorRecord[] = [];
  for (let i = 0; i < count; i++) {
    const id = `c-${String(i + 1).padStart(6, '0')}`;
    const entry = addDays(at, -int(30, 9 * 365));
    const ageAtEntry = pick([1, 3, 8, 17, 19, 22, 24, 28, 31, 35, 40, 47, 52, 60]);
    const entryYear = toDateParts(entry).year;
    const birthFull = `${entryYear - ageAtEntry - 1}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const r1 = rand();
    const birth = r1 < gaps ? undefined : r1 < 0.1 ? birthFull.slice(0, 4) : birthFull;
    const decision = before(addMonths(entry, int(2, 14)));
    const status: ResidenceStatus = pick(['VA', 'FL', 'VA-FL', 'VA']);
    const history: IndicatorRecord['statusHistory'] = [{ status, validFrom: decision }];
    if (status === 'VA' && rand() < 0.2)
      history.push({ status: 'FL', validFrom: before(addMonths(decision, int(6, 40))) });
    const years = (toDateParts(at).year - entryYear) as number;
    const measures: Measure[] = [];
    const addMeasure = (type: MeasureType, start: CalendarDate, months: number) => {
      if (start > at) return;
      const end = addMonths(start, months);
      const st: MeasureStatus = end <= at ? (rand() < 0.85 ? 'abgeschlossen' : 'abgebrochen') : 'laufend';
      const m: Measure = {
        id: `${id}-m${measures.length + 1}`,
        type,
        title: type,
        status: st,
        actualStart: start,
      };
      if (st !== 'laufend') m.actualEnd = end;
      else m.plannedEnd = end;
      measures.push(m);
    };
    if (ageAtEntry <= 4) addMeasure('fruehe_foerderung', addMonths(entry, int(1, 8)), 12);
    if (ageAtEntry >= 16) addMeasure('sprachkurs', addMonths(decision, int(0, 6)), int(6, 24));
    if (ageAtEntry >= 16 && ageAtEntry <= 55 && rand() < 0.6)
      addMeasure(
        pick(['integrationsvorlehre', 'praktikum', 'job_coaching', 'qualifizierungsprogramm'] as const),
        addMonths(decision, int(8, 30)),
        int(3, 12),
      );
    const record: IndicatorRecord = {
      id,
      person: {
        id: `p-${id}`,
        officialName: pick(LAST),
        firstName: pick(FIRST),
        sex: pick(['1', '2', '1', '2', '3'] as const),
        nationality: { nationalityStatus: '2', country: { countryIdISO2: pick(NATIONS) } },
        ...(birth ? { dateOfBirth: birth } : {}),
      },
      decisionDate: decision,
      statusHistory: history,
      responsibleWorker: pick(SAMPLE_INDICATOR_WORKERS),
      responsibleOffice: pick(SAMPLE_OFFICES),
      commune: pick(COMMUNES),
      plan: { measures },
      assessments: [],
    };
    if (rand() >= gaps) record.entryDate = entry;
    if (rand() < 0.85) record.erstinformationDate = before(addDays(decision, int(5, 60)));
    if (ageAtEntry >= 16) {
      const date = before(addMonths(decision, int(1, 5)));
      record.assessments!.push({
        id: `${id}-a1`,
        templateId: 'sem-kurzassessment',
        templateVersion: '1.0.0',
        date,
        assessor: pick(SAMPLE_INDICATOR_WORKERS),
        status: 'final',
        data: {
          schooling: { years: int(0, 14) },
          languages: {
            alphabetisation: pick([
              'alphabetisiert_lateinisch',
              'alphabetisiert_andere_schrift',
              'teilweise',
              'nicht_alphabetisiert',
            ]),
          },
          result: {
            potential: rand() < 0.7,
            track: pick(['ausbildung', 'arbeitsmarkt', 'soziale_integration']),
          },
          work: { totalMonths: int(0, 120) },
        },
      });
    }
    if (years >= 1) {
      const level = LANGUAGE_LEVELS[Math.min(LANGUAGE_LEVELS.length - 1, int(0, Math.min(years, 4)))]!;
      record.languageLevels = [{ date: before(addMonths(entry, int(10, 40))), level, language: 'de' }];
    }
    if (ageAtEntry >= 16 && ageAtEntry <= 25 && rand() < 0.6) {
      const from = before(addMonths(entry, int(18, 48)));
      record.education = [
        {
          from,
          level: pick(['sek2', 'transition', 'sek2'] as const),
          ...(rand() < 0.3 ? { to: before(addMonths(from, 24)), completed: true } : {}),
        },
      ];
    }
    if (ageAtEntry >= 16 && rand() < 0.55) {
      const from = before(addMonths(entry, int(20, 70)));
      record.employment = [
        {
          from,
          pensumPercent: pick([50, 80, 100]),
          ...(rand() < 0.25 ? { to: before(addMonths(from, int(3, 20))) } : {}),
        },
      ];
    }
    if (years >= 5) {
      record.socialContacts = [
        { date: before(endOfNthCalendarYearAfter(entry, int(5, 7))), regularContacts: rand() < 0.6 },
      ];
    }
    out.push(record);
  }
  return out;
}
