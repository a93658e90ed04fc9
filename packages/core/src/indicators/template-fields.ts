/**
 * The profile Kennzahlen read assessment data through JSON pointers
 * (`IndicatorDefinitions.profileFields`). A pointer that names no field of the assessment template
 * silently gives 0/0, so a definitions file is checked against the templates it is meant for: every
 * pointer must name a field of every version, of the type the figure reads.
 */
import type { IndicatorDefinitions } from './definitions.js';

type ProfileFields = IndicatorDefinitions['profileFields'];
type PointerField = Exclude<keyof ProfileFields, 'notAlphabetisedValue'>;

/** What each pointer must name: the JSON Schema types the figure can read. */
export const PROFILE_FIELD_TYPES: Record<PointerField, readonly string[]> = {
  schoolingYears: ['integer', 'number'],
  literacy: ['string'],
  potential: ['boolean'],
  workExperienceMonths: ['integer', 'number'],
};

/** A pointer of `profileFields` that does not fit a template. */
export interface ProfileFieldProblem {
  /** The definitions field, e.g. `profileFields.literacy`. */
  field: string;
  pointer: string;
  /** The template's `$id` (or `title`). */
  template: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follows a local `$ref` (`#/$defs/Name`) once; other schemas come back as they are. */
function deref(root: Obj, s: unknown): Obj | undefined {
  if (!isObj(s)) return undefined;
  const ref = s.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return s;
  let cur: unknown = root;
  for (const k of ref.slice(2).split('/'))
    cur = isObj(cur) ? cur[k.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isObj(cur) ? cur : undefined;
}

/** The subschema of the data at `pointer` (through `properties` only), or `undefined`. */
export function schemaAtDataPointer(schema: object, pointer: string): Obj | undefined {
  const root = schema as Obj;
  let cur = deref(root, root);
  if (pointer === '') return cur;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const props = cur?.properties;
    if (!isObj(props) || !Object.prototype.hasOwnProperty.call(props, key)) return undefined;
    cur = deref(root, props[key]);
  }
  return cur;
}

const typesOf = (s: Obj): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];

/**
 * Checks `profileFields` against each template: every pointer must start with `/` and name a field
 * of the expected type; the literacy field's options (`enum`) must contain `notAlphabetisedValue`.
 * Returns one problem per field and template (empty: all fit).
 * @example
 * checkProfileFields({ ...DEFAULT_INDICATOR_DEFINITIONS.profileFields, literacy: '/languages/literacy' }, [kurzassessment]);
 * // [{ field: 'profileFields.literacy', pointer: '/languages/literacy', template: '…sem-kurzassessment@1.1.0', message: … }]
 */
export function checkProfileFields(
  fields: ProfileFields,
  templates: readonly object[],
): ProfileFieldProblem[] {
  const problems: ProfileFieldProblem[] = [];
  for (const template of templates) {
    const t = template as Obj;
    const name = String(t.$id ?? t.title ?? 'template');
    for (const key of Object.keys(PROFILE_FIELD_TYPES) as PointerField[]) {
      const pointer = fields[key];
      const field = `profileFields.${key}`;
      const problem = (message: string) => problems.push({ field, pointer, template: name, message });
      if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/'))) {
        problem(`${field}: ${JSON.stringify(pointer)} is not a JSON pointer`);
        continue;
      }
      const s = schemaAtDataPointer(template, pointer);
      if (!s) {
        problem(`${field}: "${pointer}" names no field of ${name}`);
        continue;
      }
      const want = PROFILE_FIELD_TYPES[key];
      if (!typesOf(s).some((x) => want.includes(x))) {
        problem(
          `${field}: "${pointer}" in ${name} is of type ${typesOf(s).join('|') || 'any'}, not ${want.join(' or ')}`,
        );
        continue;
      }
      if (key === 'literacy' && Array.isArray(s.enum) && !s.enum.includes(fields.notAlphabetisedValue)) {
        problem(
          `profileFields.notAlphabetisedValue: ${JSON.stringify(fields.notAlphabetisedValue)} is not an option of "${pointer}" in ${name}`,
        );
      }
    }
  }
  return problems;
}
