/* Finalising as a step: the errors of every section as error-summary entries, and the check-your-answers rows. */
import type { Locale } from '@ias-kit/core';
import { buildFieldModel, conditionHolds, type FieldModel, type SchemaValidator } from '@ias-kit/core/schema';
import { accessOf } from '@ias-kit/core/access';
import { specificErrors, type ErrorSummaryEntry } from '@ias-kit/form';
import { canRead, isObj, labelPath, title, type Json } from './model.js';
import { displayValue } from './report.js';

const models = new WeakMap<object, FieldModel>();

function modelOf(schema: Json): FieldModel {
  let m = models.get(schema);
  if (!m) models.set(schema, (m = buildFieldModel(schema)));
  return m;
}

/**
 * Validates the whole assessment and returns one entry per invalid field the role may read, in the order
 * of the sections: the field's label (with its list item, `Sprachkenntnisse 2 › Hören`), a message that says
 * what to do, and the section's title as the group.
 */
export function finaliseErrors(
  schema: Json,
  validator: SchemaValidator,
  data: Json,
  role: string | null | undefined,
  locale: Locale,
  sections: readonly string[],
): ErrorSummaryEntry[] {
  const model = modelOf(schema);
  const result = validator.validate(data, locale);
  const access = accessOf(schema);
  const readable = (pointer: string) => access.canRead(pointer, role);
  const errors = specificErrors(model.root, data, result.errors, {
    locale,
    canRead: readable,
    holds: (c, d) =>
      conditionHolds(c, d, (pointer, x) => {
        try {
          return validator.test(pointer, x);
        } catch {
          return false;
        }
      }),
  });
  const props = isObj(schema.properties) ? schema.properties : {};
  const seen = new Set<string>();
  return errors
    .map((e) => ({ e, section: e.pointer.split('/')[1] ?? '' }))
    .filter(({ e, section }) => {
      if (!sections.includes(section) || seen.has(e.pointer)) return false;
      seen.add(e.pointer);
      return true;
    })
    .sort((a, b) => sections.indexOf(a.section) - sections.indexOf(b.section))
    .map(({ e, section }) => ({
      pointer: e.pointer,
      label:
        labelPath(schema, e.pointer, locale).split(' › ').slice(1).join(' › ') ||
        title(props[section], locale, section),
      message: e.message,
      group: title(props[section], locale, section),
    }));
}

/** One row of the check-your-answers step. */
export interface CheckRow {
  pointer: string;
  label: string;
  /** The answer as words; `undefined` when nothing is given. */
  text?: string;
}

/**
 * The answers of one section as rows: every field the role may read, nested blocks flattened
 * (`fide-Sprachenpass › Mündlich`), lists as their entries' first answers.
 */
export function checkRows(
  schema: Json,
  section: string,
  data: Json,
  role: string | null | undefined,
  locale: Locale,
  words: (node: Json | undefined, value: unknown) => string,
): CheckRow[] {
  const props = isObj(schema.properties) ? schema.properties : {};
  const rows: CheckRow[] = [];
  const walk = (node: unknown, value: unknown, pointer: string, prefix: string, depth: number) => {
    if (!isObj(node) || !isObj(node.properties) || depth > 6) return;
    const obj = isObj(value) ? value : {};
    for (const [name, child] of Object.entries(node.properties)) {
      if (!isObj(child) || child['x-ias-hidden'] === true || !canRead(child, role)) continue;
      const label = prefix + title(child, locale, name);
      const at = `${pointer}/${name}`;
      const v = obj[name];
      if (child.type === 'object' && isObj(child.properties)) {
        walk(child, v, at, `${label} › `, depth + 1);
      } else if (child.type === 'array' && isObj(child.items) && isObj(child.items.properties)) {
        const items = Array.isArray(v) ? v : [];
        const first = Object.entries(child.items.properties)[0];
        const text = items
          .map((item) =>
            first && isObj(item) ? words(isObj(first[1]) ? first[1] : undefined, item[first[0]]) : '',
          )
          .filter(Boolean)
          .join(', ');
        rows.push({ pointer: at, label, ...(items.length ? { text: text || String(items.length) } : {}) });
      } else {
        const text = v === undefined || v === '' ? '' : words(child, v);
        rows.push({ pointer: at, label, ...(text ? { text } : {}) });
      }
    }
  };
  walk(props[section], data[section], `/${section}`, '', 0);
  return rows;
}

export { displayValue };
