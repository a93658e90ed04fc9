/* DOM-free helpers of <ias-assessment>: template lookup, sections, progress, history and diffs. */
import { compareDates, isCalendarDate, pickText, type AssessmentSnapshot, type Locale } from '@ias-kit/core';
import { checkOverlay, parseVersionedId } from '@ias-kit/core/schema';
import { accessOf } from '@ias-kit/core/access';
import type { AssessmentProgress } from './assessment.types.js';

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const props = (s: unknown): Json => (isObj(s) && isObj(s.properties) ? s.properties : {});

/** `{ id, version }` of a template from its versioned `$id` (`…/sem-kurzassessment@1.1.0`). */
export function templateKey(schema: unknown): { id: string; version: string } | undefined {
  const $id = isObj(schema) && typeof schema.$id === 'string' ? schema.$id : undefined;
  const parsed = $id ? parseVersionedId($id) : undefined;
  return parsed?.version ? { id: parsed.id, version: parsed.version } : undefined;
}

export interface Resolved {
  /** The effective schema (template with the overlay applied). */
  schema?: Json;
  template?: Json;
  errors: { pointer: string; code: string; message: string }[];
  /** Key of the effective schema, for validator caches: `<id>@<version>` plus `+<overlay id>`. */
  key: string;
}

/** The template (and overlay) a snapshot was made with, from the host's lists. */
export function resolveSnapshot(
  snapshot: AssessmentSnapshot,
  templates: unknown[],
  overlays: unknown[],
): Resolved {
  const want = `${snapshot.templateId}@${snapshot.templateVersion}`;
  const key = snapshot.overlayId ? `${want}+${snapshot.overlayId}` : want;
  const template = templates.find((t) => isObj(t) && t.$id === want) as Json | undefined;
  if (!template)
    return {
      key,
      errors: [{ pointer: '', code: 'overlay.base', message: `template ${want} is not loaded` }],
    };
  if (!snapshot.overlayId) return { key, schema: template, template, errors: [] };
  const overlay = overlays.find((o) => isObj(o) && o.$id === snapshot.overlayId);
  if (!overlay)
    return {
      key,
      template,
      errors: [{ pointer: '', code: 'overlay.id', message: `overlay ${snapshot.overlayId} is not loaded` }],
    };
  const check = checkOverlay(template, overlay);
  return { key, template, schema: check.ok ? (check.schema as Json) : undefined, errors: check.errors };
}

/** Whether `role` may read a schema node (its `x-ias-access`, `$ref`s and branches: core's `accessOf`). */
export function canRead(schema: unknown, role: string | null | undefined): boolean {
  return accessOf(schema).canRead('', role);
}

export const title = (schema: unknown, locale: Locale, fallback = ''): string =>
  (isObj(schema) &&
    (pickText(schema['x-ias-title'] as never, locale) ??
      (typeof schema.title === 'string' ? schema.title : undefined))) ||
  fallback;

/** The template's top-level sections the role may read and the overlay did not hide, in `x-ias-order` (none when the role may not read the template). */
export function sectionsOf(schema: unknown, role: string | null | undefined): string[] {
  if (!canRead(schema, role)) return [];
  const p = props(schema);
  const names = Object.keys(p);
  const order =
    isObj(schema) && Array.isArray(schema['x-ias-order']) ? (schema['x-ias-order'] as string[]) : [];
  const listed = order.filter((n) => n !== '*' && names.includes(n));
  const rest = names.filter((n) => !listed.includes(n));
  const star = order.indexOf('*');
  const all = star < 0 ? [...listed, ...rest] : [...listed.slice(0, star), ...rest, ...listed.slice(star)];
  return all.filter((n) => isObj(p[n]) && p[n]['x-ias-hidden'] !== true && canRead(p[n], role));
}

/** A copy of the schema in which every section but `active` is hidden (their data stays in the value). */
export function sectionView(schema: Json, active: string): Json {
  const p = props(schema);
  const properties = Object.fromEntries(
    Object.entries(p).map(([k, v]) => [k, k === active || !isObj(v) ? v : { ...v, 'x-ias-hidden': true }]),
  );
  const { title: _t, 'x-ias-title': _x, 'x-ias-description': _d, description: _dd, ...rest } = schema;
  return { ...rest, properties };
}

const filled = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Counts required fields (leaves) below `schema`, following required objects and array items. */
function countRequired(
  schema: unknown,
  data: unknown,
  role: string | null | undefined,
  out: { f: number; t: number },
) {
  if (!isObj(schema)) return;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const p = props(schema);
  const obj = isObj(data) ? data : {};
  for (const [name, child] of Object.entries(p)) {
    if (!isObj(child) || child['x-ias-hidden'] === true || !canRead(child, role)) continue;
    const value = obj[name];
    const isRequired = required.includes(name);
    if (child.type === 'object' && isObj(child.properties)) {
      if (isRequired || isObj(value)) countRequired(child, value, role, out);
    } else if (child.type === 'array' && isObj(child.items) && isObj(child.items.properties)) {
      if (isRequired) {
        out.t++;
        if (filled(value)) out.f++;
      }
      if (Array.isArray(value)) for (const item of value) countRequired(child.items, item, role, out);
    } else if (isRequired) {
      out.t++;
      if (filled(value)) out.f++;
    }
  }
}

/** Required fields filled, overall and per section (only what the role can read and the overlay shows). */
export function progressOf(
  schema: unknown,
  data: unknown,
  role: string | null | undefined,
): AssessmentProgress {
  const sections: AssessmentProgress['sections'] = {};
  let filledAll = 0;
  let total = 0;
  const obj = isObj(data) ? data : {};
  for (const name of sectionsOf(schema, role)) {
    const out = { f: 0, t: 0 };
    countRequired(
      { type: 'object', properties: { [name]: props(schema)[name] }, required: [name] },
      obj,
      role,
      out,
    );
    sections[name] = { filled: out.f, total: out.t };
    filledAll += out.f;
    total += out.t;
  }
  return { filled: filledAll, total, sections };
}

/** Whole calendar months from `from` to `to` (both `YYYY-MM-DD`), without `Date` parsing. */
export function monthsBetween(from: string, to: string): number | undefined {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return undefined;
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

export const SKILLS = ['listening', 'reading', 'speaking', 'writing'] as const;
export const CEFR = ['keine', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export interface LanguageRow {
  date: string;
  snapshotId: string;
  levels: Partial<Record<(typeof SKILLS)[number], string>>;
  source?: string;
}

/** Language levels per language code over time (Kurzassessment snapshots), oldest first. */
export function languageHistory(snapshots: AssessmentSnapshot[]): Map<string, LanguageRow[]> {
  const out = new Map<string, LanguageRow[]>();
  const sorted = [...snapshots]
    .filter((s) => isCalendarDate(s.date))
    .sort((a, b) => compareDates(a.date, b.date));
  for (const s of sorted) {
    const items = isObj(s.data.languages) ? s.data.languages.items : undefined;
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (!isObj(item) || typeof item.code !== 'string' || item.firstLanguage === true) continue;
      const levels = Object.fromEntries(
        SKILLS.filter((k) => typeof item[k] === 'string').map((k) => [k, item[k] as string]),
      );
      const rows = out.get(item.code) ?? [];
      rows.push({
        date: s.date,
        snapshotId: s.id,
        levels,
        ...(typeof item.source === 'string' ? { source: item.source } : {}),
      });
      out.set(item.code, rows);
    }
  }
  return out;
}

/** The schema node for a data pointer (through `properties` and `items`). */
export function schemaAt(schema: unknown, pointer: string): Json | undefined {
  let node: unknown = schema;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObj(node)) return undefined;
    node = /^\d+$/.test(token) && isObj(node.items) ? node.items : props(node)[token];
  }
  return isObj(node) ? node : undefined;
}

/** The labels along a data pointer, e.g. `Sprachen › Sprachkenntnisse 2 › Hören`. */
export function labelPath(schema: unknown, pointer: string, locale: Locale): string {
  const parts: string[] = [];
  let node: unknown = schema;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(token) && isObj(node) && isObj(node.items)) {
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} ${Number(token) + 1}`;
      node = node.items;
      continue;
    }
    node = props(node)[token];
    parts.push(title(node, locale, token));
  }
  return parts.join(' › ');
}

/** Sorts snapshots by date (newest first) and returns the latest one before `date` of the same template. */
export function previousOf(
  current: AssessmentSnapshot,
  history: AssessmentSnapshot[],
): AssessmentSnapshot | undefined {
  return history
    .filter(
      (h) =>
        h.id !== current.id &&
        h.templateId === current.templateId &&
        isCalendarDate(h.date) &&
        isCalendarDate(current.date) &&
        compareDates(h.date, current.date) <= 0,
    )
    .sort((a, b) => compareDates(b.date, a.date))[0];
}
