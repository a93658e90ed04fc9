import { LOCALES, pickText, type Locale } from '../i18n/locales.js';
import { escapePointerToken, isJsonObject } from '../schema/pointer.js';
import { sameJson } from './redact.js';
import { accessOf, type AccessNode, type UserRole } from './rules.js';

/** One line of the audit record of an edit. */
export interface FieldChange {
  /** JSON pointer of the changed value in the record. */
  pointer: string;
  /** The labels along the pointer, per language: `Sprachen › Sprachkenntnisse 2 › Hören`. */
  label: Record<Locale, string>;
  /** The value before (absent: there was none, or `hidden`). */
  before?: unknown;
  /** The value after (absent: removed, or `hidden`). */
  after?: unknown;
  /** The viewing role may not read this field: it changed, values withheld. */
  hidden?: true;
}

export interface ChangesOptions {
  /**
   * The role that will see the record. When given (also `null`: no role), a field that role may not read
   * appears once, at its own pointer, as changed without values. Leave it out for the full record a host
   * stores with actor and time.
   */
  userRole?: UserRole;
}

type Labels = Record<Locale, string>;
const SEPARATOR = ' › ';

function extend(labels: Labels | undefined, node: AccessNode, token: string): Labels {
  const out = {} as Labels;
  for (const l of LOCALES) {
    const own = pickText(node.title, l) ?? token;
    out[l] = labels && labels[l] ? labels[l] + SEPARATOR + own : own;
  }
  return out;
}

function numbered(labels: Labels | undefined, index: number): Labels {
  const out = {} as Labels;
  for (const l of LOCALES) out[l] = `${labels?.[l] ?? ''} ${index + 1}`.trim();
  return out;
}

const scalarList = (v: unknown) => Array.isArray(v) && v.every((x) => !isJsonObject(x) && !Array.isArray(x));

/**
 * The audit record of one edit: every changed value with its pointer, its label in de/fr/it/en and the
 * old and new value. Objects are compared member by member, lists of objects element by element, lists
 * of plain values as a whole. With `{ userRole }`, fields that role may not read appear as changed
 * without values (the same rules as `redact`).
 */
export function changesOf(
  schema: unknown,
  before: unknown,
  after: unknown,
  options: ChangesOptions = {},
): FieldChange[] {
  const viewer = 'userRole' in options;
  const role = options.userRole;
  const out: FieldChange[] = [];
  const walk = (node: AccessNode, b: unknown, a: unknown, pointer: string, labels: Labels | undefined) => {
    if (sameJson(b, a)) return;
    const label = labels ?? extend(undefined, node, '');
    if (viewer && !node.allowsRead(role)) {
      out.push({ pointer, label, hidden: true });
      return;
    }
    const objects = (isJsonObject(b) || b === undefined) && (isJsonObject(a) || a === undefined);
    if (objects) {
      const bo = (b ?? {}) as Record<string, unknown>;
      const ao = (a ?? {}) as Record<string, unknown>;
      const keys = [...new Set([...Object.keys(bo), ...Object.keys(ao)])];
      for (const k of keys) {
        const sub = node.property(k);
        walk(sub, bo[k], ao[k], `${pointer}/${escapePointerToken(k)}`, extend(labels, sub, k));
      }
      return;
    }
    if (Array.isArray(b) && Array.isArray(a) && !scalarList(b) && !scalarList(a)) {
      for (let i = 0; i < Math.max(b.length, a.length); i++)
        walk(node.element(i), b[i], a[i], `${pointer}/${i}`, numbered(labels, i));
      return;
    }
    out.push({
      pointer,
      label,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    });
  };
  walk(accessOf(schema).root, before, after, '', undefined);
  return out;
}
