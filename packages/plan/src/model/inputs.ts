/**
 * What a user's input in the plan editor becomes, without DOM: the value typed into a field, the names in
 * a participants field, a chosen provider or offer, a toggled goal link and a new goal, measure or review.
 * `<ias-integration-plan>` turns these into edits (`Op`s for `applyOps`); Node tests check them.
 */
import { parseNumber, tryParseDate, type ActorRef, type CalendarDate, type Provider } from '@ias-kit/core';
import { getAt, joinPointer } from '@ias-kit/core/schema';
import { resolveProvider } from '../integration-plan/rules.js';
import type { PlanGoal, PlanMeasure, PlanValue } from '../integration-plan/integration-plan.types.js';
import { freshId, type Op } from './edit.js';

/** How a text field reads its text. */
export type FieldKind = 'text' | 'textarea' | 'date' | 'number';
/** The plan's lists of goals, measures and reviews. */
export type ListName = 'goals' | 'measures' | 'reviews';

/**
 * The value stored for text typed into a field of `kind`: nothing for blank text, a date `YYYY-MM-DD` for a
 * date typed `dd.mm.yyyy` (or as typed when it is not a date, so the rules can say why), a number for a
 * number typed the Swiss way (or the text). Only a textarea keeps its outer spaces.
 */
export function typedValue(kind: FieldKind, raw: string): unknown {
  const text = kind === 'textarea' ? raw : raw.trim();
  if (text.trim() === '') return undefined;
  if (kind === 'date') {
    const parsed = tryParseDate(text);
    return parsed.ok ? parsed.value : text;
  }
  if (kind === 'number') return parseNumber(text) ?? text;
  return text;
}

/**
 * The actors named in `text` (separated by commas, semicolons or lines): a name already in `existing` keeps
 * its actor (and id), a new name gets a fresh id. No name gives `undefined` (the member is removed).
 */
export function actorsFromNames(
  plan: PlanValue,
  existing: readonly ActorRef[],
  text: string,
): ActorRef[] | undefined {
  const names = text
    .split(/[,;\n]/)
    .map((n) => n.trim())
    .filter(Boolean);
  const used = new Set<string>();
  const next = names.map((name) => {
    const found = existing.find((a) => (a.name ?? a.id) === name && !used.has(a.id));
    if (found) {
      used.add(found.id);
      return found;
    }
    const actor = { id: freshId(plan, 'actor', used), name };
    used.add(actor.id);
    return actor;
  });
  return next.length ? next : undefined;
}

/** One line a decision (blank lines dropped); no line gives `undefined`. */
export function linesOf(text: string): string[] | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines : undefined;
}

/**
 * The edits of choosing provider `id` (or none, `''`) for the measure at `pointer`: the provider reference
 * (id, name, UID, accreditation) and, when the chosen provider does not have the measure's offer, no offer.
 * `undefined` when the provider is the one already chosen.
 */
export function providerOps(
  measure: PlanMeasure,
  pointer: string,
  providers: readonly Provider[],
  id: string,
): Op[] | undefined {
  if (id === (measure.provider?.providerId ?? '')) return undefined;
  const provider = providers.find((p) => p.id === id);
  const ops: Op[] = [];
  if (!provider) ops.push({ op: 'replace', pointer: joinPointer(pointer, 'provider'), value: undefined });
  else {
    const ref: Record<string, unknown> = { providerId: provider.id, name: provider.name };
    if (provider.uid) ref.uid = provider.uid;
    ref.accredited = provider.accredited;
    ops.push({ op: 'replace', pointer: joinPointer(pointer, 'provider'), value: ref });
  }
  if (measure.offerId && !provider?.offers.some((o) => o.id === measure.offerId))
    ops.push({ op: 'replace', pointer: joinPointer(pointer, 'offerId'), value: undefined });
  return ops;
}

/** The edits of choosing offer `offerId` (or none, `''`): an empty title and tariff are taken from the offer. */
export function offerOps(
  measure: PlanMeasure,
  pointer: string,
  providers: readonly Provider[],
  offerId: string,
): Op[] {
  const offer = resolveProvider({ ...measure, offerId }, providers).offer;
  const ops: Op[] = [
    { op: 'replace', pointer: joinPointer(pointer, 'offerId'), value: offerId || undefined },
  ];
  if (offer && !measure.title?.trim())
    ops.push({ op: 'replace', pointer: joinPointer(pointer, 'title'), value: offer.title });
  if (offer?.tariffType && !measure.cost?.tariffType)
    ops.push({ op: 'replace', pointer: joinPointer(pointer, 'cost', 'tariffType'), value: offer.tariffType });
  return ops;
}

/**
 * A measure's goal links after the user (un)ticked goal `id`: in the order of the plan's goals, followed by
 * linked ids the plan does not know (kept). No link gives `undefined`.
 */
export function toggledGoalIds(
  goals: readonly PlanGoal[],
  linked: readonly string[],
  id: string,
  on: boolean,
): string[] | undefined {
  const known = new Set(goals.map((g) => g.id));
  const next = [
    ...goals.filter((g) => (g.id === id ? on : linked.includes(g.id))).map((g) => g.id),
    ...linked.filter((x) => !known.has(x)),
  ];
  return next.length ? next : undefined;
}

/** A new, empty goal (language domain), measure (language course, planned) or review (dated `today`). */
export function newItem(
  plan: PlanValue,
  list: ListName,
  today: CalendarDate | undefined,
): { id: string; [member: string]: unknown } {
  if (list === 'goals') return { id: freshId(plan, 'goal'), domain: 'sprache', text: '', status: 'offen' };
  if (list === 'measures')
    return { id: freshId(plan, 'measure'), type: 'sprachkurs', title: '', status: 'geplant' };
  return { id: freshId(plan, 'review'), date: today ?? '', participants: [], summary: '' };
}

/** The field a new item of `list` takes the focus to. */
export const FIRST_FIELD: Record<ListName, string> = { goals: 'text', measures: 'type', reviews: 'date' };

/** The actors at `pointer` (an empty list when there are none or the data is not a list). */
export function actorsAt(plan: PlanValue, pointer: string): ActorRef[] {
  const actors = getAt(plan, pointer);
  return Array.isArray(actors) ? (actors as ActorRef[]) : [];
}
