/**
 * The plan's rules, without DOM: what makes a plan invalid (errors) and what a case worker should
 * look at (warnings). The element localizes the findings; hosts can run the same check on the server.
 */
import {
  compareDates,
  isCalendarDate,
  MEASURE_STATUSES,
  OPEN_MEASURE_STATUSES,
  type CalendarDate,
  type Offer,
  type Provider,
} from '@ias-kit/core';
import { joinPointer } from '@ias-kit/core/schema';
import type {
  IssueCode,
  IssueSeverity,
  PlanIssue,
  PlanMeasure,
  PlanValue,
} from './integration-plan.types.js';

/** Context of a check: the providers, the person's entry date and the reference day. */
export interface PlanCheckContext {
  providers?: readonly Provider[];
  entryDate?: CalendarDate;
  today?: CalendarDate;
}

/** Outcomes that need a reason (everything but fully achieved). */
export const OUTCOMES_NEEDING_REASON = ['teilweise', 'nicht_erreicht'] as const;

const OPEN_STATUSES: readonly string[] = OPEN_MEASURE_STATUSES;

const ptr = (...tokens: (string | number)[]): string => joinPointer('', ...tokens);
const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** The provider and offer a measure refers to, or why they cannot be found. */
export interface MeasureProvider {
  provider?: Provider;
  offer?: Offer;
  /** The measure names a provider id that `providers` does not contain. */
  unknownProvider?: string;
  /** The measure names an offer id the provider does not have. */
  unknownOffer?: string;
}

/** Resolves a measure's provider and offer against the `providers` list. */
export function resolveProvider(measure: PlanMeasure, providers: readonly Provider[] = []): MeasureProvider {
  const id = measure.provider?.providerId;
  if (!id) return {};
  const provider = providers.find((p) => p.id === id);
  if (!provider) return { unknownProvider: id };
  if (!measure.offerId) return { provider };
  const offer = provider.offers.find((o) => o.id === measure.offerId);
  return offer ? { provider, offer } : { provider, unknownOffer: measure.offerId };
}

/** The period a measure occupies: actual dates where known, else the planned ones. */
export function measurePeriod(m: PlanMeasure): { start?: CalendarDate; end?: CalendarDate } {
  const start = m.actualStart ?? m.plannedStart;
  const end = m.actualEnd ?? m.plannedEnd;
  return {
    start: isCalendarDate(start) ? start : undefined,
    end: isCalendarDate(end) ? end : undefined,
  };
}

/** Checks a plan; returns every finding with the JSON pointer of the value at fault. */
export function checkPlan(plan: PlanValue, context: PlanCheckContext = {}): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const add = (
    pointer: string,
    code: IssueCode,
    severity: IssueSeverity = 'error',
    params: Record<string, string | number> = {},
  ) => issues.push({ pointer, code, severity, params });

  /** A date field: a non-empty value must be a calendar date. Returns the date when valid. */
  const date = (pointer: string, value: unknown, required = false): CalendarDate | undefined => {
    if (!present(value)) {
      if (required) add(pointer, 'required');
      return undefined;
    }
    if (!isCalendarDate(value)) {
      add(pointer, 'date-format');
      return undefined;
    }
    return value;
  };
  const order = (from: CalendarDate | undefined, to: CalendarDate | undefined, pointer: string) => {
    if (from && to && compareDates(to, from) < 0) add(pointer, 'date-order');
  };
  const number = (pointer: string, value: unknown, min: number, max = Infinity) => {
    if (!present(value)) return;
    if (typeof value !== 'number' || !Number.isFinite(value)) add(pointer, 'number-format');
    else if (value < min || value > max) add(pointer, 'range', 'error', { min, max });
  };
  const text = (pointer: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') add(pointer, 'required');
  };
  const { entryDate, today } = context;
  const notFuture = (pointer: string, d: CalendarDate | undefined) => {
    if (d && today && compareDates(d, today) > 0) add(pointer, 'date-future', 'warning');
  };

  const validFrom = date('/validFrom', plan.validFrom, true);
  const validTo = date('/validTo', plan.validTo);
  order(validFrom, validTo, '/validTo');
  if (validFrom && entryDate && compareDates(validFrom, entryDate) < 0)
    add('/validFrom', 'date-before-entry', 'warning');
  const nextReview = date('/nextReview', plan.nextReview);
  order(validFrom, nextReview, '/nextReview');
  if (!plan.caseManager || !(present(plan.caseManager.name) || present(plan.caseManager.id)))
    add('/caseManager/name', 'required');
  const open = (plan.measures ?? []).filter((m) => OPEN_STATUSES.includes(m.status)).length;
  if ((plan.status === 'abgeschlossen' || plan.status === 'abgebrochen') && open)
    add('/status', 'open-measures', 'warning', { n: open });

  (plan.goals ?? []).forEach((g, i) => {
    text(ptr('goals', i, 'text'), g.text);
    const target = date(ptr('goals', i, 'targetDate'), g.targetDate);
    if (target && validFrom && compareDates(target, validFrom) < 0)
      add(ptr('goals', i, 'targetDate'), 'date-before-plan', 'warning');
    number(ptr('goals', i, 'degreeAchieved'), g.degreeAchieved, 0, 100);
  });

  const periods: { i: number; start: CalendarDate; end: CalendarDate; pensum: number }[] = [];
  (plan.measures ?? []).forEach((m, i) => {
    const at = (...t: (string | number)[]) => ptr('measures', i, ...t);
    text(at('title'), m.title);
    const ps = date(at('plannedStart'), m.plannedStart);
    const pe = date(at('plannedEnd'), m.plannedEnd);
    const as = date(at('actualStart'), m.actualStart);
    const ae = date(at('actualEnd'), m.actualEnd);
    order(ps, pe, at('plannedEnd'));
    order(as, ae, at('actualEnd'));
    notFuture(at('actualStart'), as);
    notFuture(at('actualEnd'), ae);
    const first = as ?? ps;
    if (first && entryDate && compareDates(first, entryDate) < 0)
      add(at(as ? 'actualStart' : 'plannedStart'), 'date-before-entry', 'warning');
    number(at('pensumPercent'), m.pensumPercent, 0, 100);
    if (m.cost) {
      // The data contract needs all three parts of a cost once any is given.
      if (!present(m.cost.amountChf)) add(at('cost', 'amountChf'), 'required');
      else number(at('cost', 'amountChf'), m.cost.amountChf, 0);
      if (!present(m.cost.tariffType)) add(at('cost', 'tariffType'), 'required');
      if (!present(m.cost.financing)) add(at('cost', 'financing'), 'required');
    }
    if (!(MEASURE_STATUSES as readonly string[]).includes(m.status))
      add(at('status'), 'status-unknown', 'error', { status: String(m.status) });
    if (m.status === 'abgeschlossen' && !present(m.outcome)) add(at('outcome'), 'outcome-required');
    if (
      (OUTCOMES_NEEDING_REASON as readonly string[]).includes(m.outcome ?? '') &&
      !present(m.outcomeReason?.trim())
    )
      add(at('outcomeReason'), 'reason-required');
    const resolved = resolveProvider(m, context.providers);
    if (resolved.unknownProvider)
      add(at('provider'), 'provider-unknown', 'warning', { id: resolved.unknownProvider });
    if (resolved.unknownOffer) add(at('offerId'), 'offer-unknown', 'warning', { id: resolved.unknownOffer });
    if (resolved.offer && resolved.offer.freePlaces <= 0 && (m.status === 'geplant' || !m.status))
      add(at('offerId'), 'offer-full', 'warning', { title: resolved.offer.title });
    const { start, end } = measurePeriod(m);
    const ended = ['abgebrochen', 'nicht_angetreten'].includes(m.status) && !m.actualStart;
    if (start && end && !ended && compareDates(start, end) <= 0)
      periods.push({ i, start, end, pensum: typeof m.pensumPercent === 'number' ? m.pensumPercent : 0 });
  });
  // Overlapping measures whose workloads add up to more than full time.
  for (const a of periods) {
    const load = periods
      .filter((b) => compareDates(b.start, a.end) <= 0 && compareDates(a.start, b.end) <= 0)
      .reduce((sum, b) => sum + b.pensum, 0);
    if (load > 100) add(ptr('measures', a.i, 'pensumPercent'), 'overlap', 'warning', { total: load });
  }

  (plan.reviews ?? []).forEach((r, i) => {
    const d = date(ptr('reviews', i, 'date'), r.date, true);
    const next = date(ptr('reviews', i, 'nextDate'), r.nextDate);
    order(d, next, ptr('reviews', i, 'nextDate'));
    if (d && validFrom && compareDates(d, validFrom) < 0)
      add(ptr('reviews', i, 'date'), 'date-before-plan', 'warning');
  });

  const consent = plan.consent;
  if (consent) {
    date('/consent/signedOn', consent.signedOn, true);
    (consent.dataSharing ?? []).forEach((d, i) => {
      text(ptr('consent', 'dataSharing', i, 'recipient'), d.recipient);
      text(ptr('consent', 'dataSharing', i, 'scope'), d.scope);
      const on = date(ptr('consent', 'dataSharing', i, 'consentedOn'), d.consentedOn);
      const until = date(ptr('consent', 'dataSharing', i, 'validUntil'), d.validUntil);
      order(on, until, ptr('consent', 'dataSharing', i, 'validUntil'));
    });
  }
  return issues;
}
