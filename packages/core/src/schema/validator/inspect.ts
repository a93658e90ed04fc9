/**
 * Walking a schema: every sub-schema position with its JSON pointer, the sub-schemas a form evaluates
 * itself, and the conversions between pointers and the URI fragments Ajv uses.
 */
import { escapePointerToken as escapeToken, isJsonObject as isObject } from '../pointer.js';

const SUBSCHEMA = [
  'additionalItems',
  'additionalProperties',
  'contains',
  'contentSchema',
  'else',
  'if',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
];
const SUBSCHEMA_ARRAY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAP = ['$defs', 'definitions', 'dependentSchemas', 'patternProperties', 'properties'];

export interface SchemaNode {
  pointer: string;
  node: Record<string, unknown>;
}

export interface Inspection {
  /** Every object sub-schema (boolean sub-schemas are in `pointers` only). */
  nodes: SchemaNode[];
  /** Every sub-schema position, including the root `''`. */
  pointers: Set<string>;
  /** The sub-schemas the form evaluates itself: `if`, `oneOf`/`anyOf` alternatives, `dependentSchemas`/`dependencies` entries. */
  conditional: string[];
}

export function inspect(schema: unknown): Inspection {
  const result: Inspection = { nodes: [], pointers: new Set(), conditional: [] };
  const visit = (s: unknown, pointer: string): void => {
    if (typeof s === 'boolean') {
      result.pointers.add(pointer);
      return;
    }
    if (!isObject(s)) return;
    result.pointers.add(pointer);
    result.nodes.push({ pointer, node: s });
    if (s.if !== undefined) result.conditional.push(`${pointer}/if`);
    for (const key of Object.keys(s)) {
      const value = s[key];
      const at = `${pointer}/${escapeToken(key)}`;
      if (SUBSCHEMA.includes(key)) visit(value, at);
      else if (key === 'items') {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}/${i}`));
        else visit(value, at);
      } else if (SUBSCHEMA_ARRAY.includes(key) && Array.isArray(value)) {
        value.forEach((v, i) => {
          if (key === 'oneOf' || key === 'anyOf') result.conditional.push(`${at}/${i}`);
          visit(v, `${at}/${i}`);
        });
      } else if ((SUBSCHEMA_MAP.includes(key) || key === 'dependencies') && isObject(value)) {
        for (const [name, v] of Object.entries(value)) {
          if (key === 'dependencies' && Array.isArray(v)) continue;
          if (key === 'dependentSchemas' || key === 'dependencies')
            result.conditional.push(`${at}/${escapeToken(name)}`);
          visit(v, `${at}/${escapeToken(name)}`);
        }
      }
    }
  };
  visit(schema, '');
  return result;
}

/**
 * The sub-schema pointers a form evaluates on its own, in document order: every `if`, each `oneOf`
 * and `anyOf` alternative, each schema entry of `dependentSchemas` / `dependencies`.
 */
export function conditionalPointers(schema: unknown): string[] {
  return inspect(schema).conditional;
}
