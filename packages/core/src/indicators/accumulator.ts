/**
 * IAS figures at person level (domain.md §1 and §3; design.md rec. 19–20).
 *
 * Goals (SEM monitoring [V: S11, S12]): a person belongs to the ENTRY COHORT of the year of entry
 * and is measured at the end of the n-th calendar year after entry (goal 1: 3, goal 3: 5, goals 4
 * and 5: 7; goal 2 at the start of compulsory school), in the age group at entry the goal concerns.
 * A goal figure counts the persons whose measurement date lies in the period (default: any date up
 * to the reference date `at`); persons measured after `at` are excluded as `not-yet-due`.
 *
 * Kennzahlen (KIP/IAS [V: S9]): persons of the IAS population of the period (see
 * `IndicatorDefinitions.horizonYears`) counted per period (default: the calendar year of `at`, up
 * to `at`).
 *
 * Grouping: the status is the one valid on the figure's date (the measurement date for goals, the
 * period's last day for Kennzahlen), `unknown` before the first status. The cohort is the entry
 * year, the age group the age at entry (`IndicatorDefinitions.ageGroups`). A group value that is
 * not known is `unknown`.
 *
 * Every figure is independent of the input order: ids are sorted, figures ordered by indicator and
 * group. Duplicate ids: the first record is used, later ones are rejected.
 */
import { IasError } from '../errors.js';
import { regularSchoolStart } from '../milestones/milestones.js';
import type { StatusChange } from '../model/status.js';
import { assertCalendarDate, toDateParts } from '../dates/index.js';
import { GOAL_YEARS_AFTER_ENTRY, resolveDefinitions, type IndicatorDefinitions } from './definitions.js';
import {
  GROUP_KEYS,
  INDICATOR_IDS,
  UNKNOWN_GROUP,
  type ExclusionReason,
  type Figure,
  type GroupKey,
  type IndicatorAccumulator,
  type IndicatorBucket,
  type IndicatorId,
  type IndicatorInfo,
  type IndicatorOptions,
  type IndicatorPartial,
  type IndicatorReport,
  type RejectedRecord,
} from './types.js';
import { isObj, looseGroups, pointerKeys, read, statusOn, type Facts } from './read.js';
import { type Ctx, type Outcome, ex, goalOutcome, kennzahlOutcome, population } from './rules.js';

type Bucket = IndicatorBucket;

const newBucket = (group: Partial<Record<GroupKey, string>>): Bucket => ({
  group,
  numerator: 0,
  denominator: 0,
  excludedCount: {},
  ids: [],
  denominatorIds: [],
  excluded: [],
});

function addBucket(into: Bucket | undefined, b: Bucket): void {
  if (!into) return;
  into.numerator += b.numerator;
  into.denominator += b.denominator;
  for (const [reason, n] of Object.entries(b.excludedCount) as [ExclusionReason, number][])
    into.excludedCount[reason] = (into.excludedCount[reason] ?? 0) + n;
  // Loops, not push(...xs): a spread of 100,000 ids would overflow the stack.
  for (const x of b.ids) into.ids.push(x);
  for (const x of b.denominatorIds) into.denominatorIds.push(x);
  for (const x of b.excluded) into.excluded.push(x);
}

const GOAL_OF: Partial<Record<IndicatorId, 1 | 2 | 3 | 4 | 5>> = {
  'goal-1-language': 1,
  'goal-2-children-language': 2,
  'goal-3-education': 3,
  'goal-4-labour-market': 4,
  'goal-4-labour-market-sustained': 4,
  'goal-5-social-contacts': 5,
};

function info(id: IndicatorId, d: IndicatorDefinitions): IndicatorInfo {
  const goal = GOAL_OF[id];
  if (goal) {
    return {
      id,
      kind: 'goal',
      goal,
      ageGroup: d.goalAgeAtEntry[goal],
      ageAt: 'entry',
      yearsAfterEntry: goal === 2 ? null : GOAL_YEARS_AFTER_ENTRY[goal],
    };
  }
  if (id === 'support-16-25' || id === 'support-26-55') {
    return {
      id,
      kind: 'kennzahl',
      ageGroup: id === 'support-16-25' ? [16, 25] : [26, 55],
      ageAt: d.supportAgeBasis,
    };
  }
  if (id === 'early-language-support')
    return { id, kind: 'kennzahl', ageGroup: d.goalAgeAtEntry[2], ageAt: 'entry' };
  if (id.startsWith('profile-'))
    return { id, kind: 'kennzahl', ageGroup: [d.profileMinAge, null], ageAt: 'assessment' };
  return { id, kind: 'kennzahl', ageGroup: null };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Starts a streaming computation of the IAS figures. Feed records with `add(record, index)` in any
 * order; `result()` returns the report. Records that cannot be read (not an object, no id, a
 * malformed date or status) are listed in `rejected` and excluded from every figure as
 * `invalid-record`; they never throw.
 *
 * @throws {IasError} `option.invalid` for bad options, {IasDateError} for a bad `at` or period.
 */
export function createIndicatorAccumulator(options: IndicatorOptions): IndicatorAccumulator {
  const at = assertCalendarDate(options.at, 'at');
  const d = resolveDefinitions(options.definitions);
  const by = [...(options.by ?? [])];
  for (const k of by) {
    if (!GROUP_KEYS.includes(k)) {
      throw new IasError(
        'option.invalid',
        `by: ${JSON.stringify(k)} is not one of ${GROUP_KEYS.join(', ')}`,
        { field: 'by', value: k },
      );
    }
  }
  const wanted = options.indicators ? [...options.indicators] : [...INDICATOR_IDS];
  for (const id of wanted) {
    if (!INDICATOR_IDS.includes(id)) {
      throw new IasError('option.invalid', `indicators: ${JSON.stringify(id)} is unknown`, {
        field: 'indicators',
        value: id,
      });
    }
  }
  const indicators = INDICATOR_IDS.filter((id) => wanted.includes(id));
  const collect = options.collectIds !== false;
  const givenFrom = options.period?.from ? assertCalendarDate(options.period.from, 'period.from') : undefined;
  const givenTo = options.period?.to ? assertCalendarDate(options.period.to, 'period.to') : undefined;
  const to = givenTo && givenTo < at ? givenTo : at;
  const from = givenFrom ?? `${toDateParts(to).year.toString().padStart(4, '0')}-01-01`;
  if (from > to) {
    throw new IasError('option.invalid', `period: ${from} is after ${to}`, {
      field: 'period',
      value: options.period,
    });
  }
  const pf = d.profileFields;
  const c: Ctx = {
    at,
    d,
    goalFrom: givenFrom,
    goalTo: to,
    givenTo,
    from,
    to,
    schoolStart: regularSchoolStart(d.school),
    profileKeys: {
      schoolingYears: pointerKeys(pf.schoolingYears),
      literacy: pointerKeys(pf.literacy),
      potential: pointerKeys(pf.potential),
      workExperienceMonths: pointerKeys(pf.workExperienceMonths),
      notAlphabetisedValue: pf.notAlphabetisedValue,
    },
  };
  const totals = indicators.map(() => newBucket({}));
  const indexOf = new Map(indicators.map((id, i) => [id, i]));
  /**
   * Grouped buckets, found with one map lookup per person: a row per combination of the group values
   * other than the status, holding per indicator its bucket (or, grouped by status, a bucket per
   * status, which depends on the figure's date).
   */
  const rows = new Map<string, (Bucket | Map<string, Bucket> | undefined)[]>();
  const seen = new Set<string>(options.seenIds);
  const before = seen.size;
  const rejected: RejectedRecord[] = [];
  let persons = 0;

  const statusAt = by.indexOf('status');
  const rowKeys = by.filter((k) => k !== 'status');
  const rowKey = (g: Partial<Record<GroupKey, string>>) =>
    rowKeys.length === 1 ? g[rowKeys[0]!]! : rowKeys.map((k) => g[k]).join('\u0000');
  const rowOf = (g: Partial<Record<GroupKey, string>>) => {
    const key = rowKey(g);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = []));
    return row;
  };
  const groupOf = (g: Partial<Record<GroupKey, string>>, status: string) =>
    Object.fromEntries(by.map((k) => [k, k === 'status' ? status : g[k]!]));
  /** The bucket of indicator `i` in `row` for the group values `g` and the status. */
  const cell = (
    row: (Bucket | Map<string, Bucket> | undefined)[],
    i: number,
    g: Partial<Record<GroupKey, string>>,
    status: string,
  ): Bucket => {
    if (statusAt < 0) return (row[i] ??= newBucket(groupOf(g, status))) as Bucket;
    let byStatus = row[i] as Map<string, Bucket> | undefined;
    if (!byStatus) row[i] = byStatus = new Map();
    let b = byStatus.get(status);
    if (!b) byStatus.set(status, (b = newBucket(groupOf(g, status))));
    return b;
  };
  const count = (b: Bucket, pid: string, o: Outcome) => {
    if (o.kind === 'excluded') {
      b.excludedCount[o.reason] = (b.excludedCount[o.reason] ?? 0) + 1;
      if (collect) b.excluded.push({ id: pid, reason: o.reason });
    } else if (o.kind === 'in') {
      b.denominator++;
      if (collect) b.denominatorIds.push(pid);
      if (o.hit) {
        b.numerator++;
        if (collect) b.ids.push(pid);
      }
    }
  };
  /** Counts the outcome of every indicator (`outcomes[i]`) for one person. */
  const put = (
    pid: string,
    groups: Record<GroupKey, string>,
    history: readonly StatusChange[],
    outcomes: readonly Outcome[],
  ) => {
    const row = by.length ? rowOf(groups) : undefined;
    // Most figures of a person share their date (the period's end): one status lookup per date.
    let lastDay: string | undefined;
    let lastStatus = UNKNOWN_GROUP;
    for (let i = 0; i < indicators.length; i++) {
      const o = outcomes[i]!;
      if (o.kind === 'out') continue;
      count(totals[i]!, pid, o);
      if (!row) continue;
      let status = '';
      if (statusAt >= 0) {
        const day = o.day;
        if (!day) status = UNKNOWN_GROUP;
        else {
          if (day !== lastDay) {
            lastDay = day;
            lastStatus = statusOn(history, day > at ? at : day);
          }
          status = lastStatus;
        }
      }
      count(cell(row, i, groups, status), pid, o);
    }
  };
  const invalid = indicators.map(() => ex('invalid-record'));
  const goals = indicators.map((id) => GOAL_OF[id]);
  /** The outcomes of the person being added (one array, reused). */
  const outcomes: Outcome[] = [];
  /** The grouped buckets of indicator `i` with their keys (the group values joined), sorted by key. */
  const bucketsOf = (i: number): [string, Bucket][] => {
    const out: [string, Bucket][] = [];
    for (const row of rows.values()) {
      const x = row[i];
      if (!x) continue;
      for (const b of x instanceof Map ? x.values() : [x])
        out.push([by.map((k) => b.group[k]).join('\u0000'), b]);
    }
    return out.sort(([a], [b]) => compareStrings(a, b));
  };

  return {
    add(raw: unknown, index = persons) {
      persons++;
      let f: Facts;
      try {
        f = read(raw, d);
        if (seen.has(f.id))
          throw new IasError(
            'record.duplicate',
            `id: ${JSON.stringify(f.id)} appears more than once (the first record is used)`,
            {
              field: 'id',
              value: f.id,
            },
          );
      } catch (error) {
        if (!(error instanceof IasError)) throw error;
        const id =
          isObj(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number')
            ? String(raw.id)
            : undefined;
        rejected.push(
          id === undefined ? { index, message: error.message } : { index, id, message: error.message },
        );
        if (id !== undefined && error.code !== 'record.duplicate' && !seen.has(id)) {
          seen.add(id);
          put(id, looseGroups(raw), [], invalid);
        }
        return;
      }
      seen.add(f.id);
      let pop: Outcome | null | undefined;
      outcomes.length = 0;
      try {
        for (let i = 0; i < indicators.length; i++) {
          const goal = goals[i];
          if (goal)
            outcomes.push(goalOutcome(goal, f, c, indicators[i] === 'goal-4-labour-market-sustained'));
          else {
            if (pop === undefined) pop = population(f, c);
            outcomes.push(kennzahlOutcome(indicators[i]!, f, c, pop));
          }
        }
      } catch (error) {
        // e.g. a birth date after the assessment date: a data error of this record.
        if (!(error instanceof IasError)) throw error;
        rejected.push({ index, id: f.id, message: error.message });
        put(f.id, f.groups, [], invalid);
        return;
      }
      put(f.id, f.groups, f.history, outcomes);
    },
    partial(): IndicatorPartial {
      const ids = [...seen];
      return {
        persons,
        ids: before ? ids.slice(before) : ids,
        rejected: [...rejected],
        totals: indicators.map((id, i) => [id, totals[i]!]),
        grouped: indicators.flatMap((id, i) => bucketsOf(i).map(([key, b]) => [id, key, b] as const)) as [
          IndicatorId,
          string,
          Bucket,
        ][],
      };
    },
    merge(p: IndicatorPartial, indexOffset = 0) {
      const dup = p.ids.find((id) => seen.has(id));
      if (dup !== undefined)
        throw new IasError('record.duplicate', `id: ${JSON.stringify(dup)} appears in both parts`, {
          field: 'id',
          value: dup,
        });
      for (const id of p.ids) seen.add(id);
      persons += p.persons;
      for (const r of p.rejected) rejected.push({ ...r, index: r.index + indexOffset });
      for (const [id, b] of p.totals) {
        const i = indexOf.get(id);
        if (i !== undefined) addBucket(totals[i], b);
      }
      for (const [id, , b] of p.grouped) {
        const i = indexOf.get(id);
        if (i !== undefined && by.length)
          addBucket(cell(rowOf(b.group), i, b.group, b.group.status ?? ''), b);
      }
    },
    result(): IndicatorReport {
      const finish = (id: IndicatorId, b: Bucket): Figure => {
        const fig: Figure = {
          indicator: id,
          group: b.group,
          numerator: b.numerator,
          denominator: b.denominator,
          rate: b.denominator ? b.numerator / b.denominator : null,
          excludedCount: { ...b.excludedCount },
        };
        if (collect) {
          fig.ids = [...b.ids].sort(compareStrings);
          fig.denominatorIds = [...b.denominatorIds].sort(compareStrings);
          fig.excluded = [...b.excluded].sort(
            (x, y) => compareStrings(x.id, y.id) || compareStrings(x.reason, y.reason),
          );
        }
        return fig;
      };
      const figures: Figure[] = [];
      indicators.forEach((id, i) => {
        for (const [, b] of bucketsOf(i)) figures.push(finish(id, b));
      });
      return {
        at,
        period: { from, to },
        goalWindow: givenFrom ? { from: givenFrom, to } : { to },
        by,
        definitions: d,
        indicators: indicators.map((id) => info(id, d)),
        totals: indicators.map((id, i) => finish(id, totals[i]!)),
        figures,
        persons,
        rejected: [...rejected].sort((a, b) => a.index - b.index),
      };
    },
  };
}

/**
 * Computes the IAS figures of `records` on the reference date `options.at` (see the module notes
 * and `IndicatorDefinitions` for every definition and default).
 * @example
 * const report = computeIndicators(cases, { at: '2025-12-31', by: ['cohort'] });
 * report.totals.find((f) => f.indicator === 'goal-1-language'); // { numerator, denominator, ids, excluded, ... }
 */
export function computeIndicators(records: Iterable<unknown>, options: IndicatorOptions): IndicatorReport {
  const acc = createIndicatorAccumulator(options);
  let i = 0;
  for (const r of records) acc.add(r, i++);
  return acc.result();
}
