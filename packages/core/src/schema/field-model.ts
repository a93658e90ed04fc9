/**
 * Schema → field model. A JSON Schema is compiled once into a graph of field nodes that a renderer walks
 * together with the data. The model is static: conditions (`if`, `dependentSchemas`, `oneOf` branches)
 * are evaluated at render time against the data, through a `test(schemaPointer, data)` function that the
 * validator provides (runtime Ajv or a precompiled, CSP-safe module).
 *
 * Validation never depends on this model: Ajv validates the original schema. The model only decides which
 * controls to show, so an approximation here (merging `allOf` hints) never makes a wrong verdict.
 *
 * The parts: `field-model/types.ts` (the node types), `field-model/build.ts` (the compiler),
 * `field-model/parts.ts` (what it reads schema parts with).
 */
import { isJsonObject as isObject } from './pointer.js';
import type { Condition } from './field-model/types.js';

export type {
  Alternative,
  ArrayNode,
  BooleanNode,
  ChoiceNode,
  Condition,
  ConstNode,
  EntriesSpec,
  EnumNode,
  EnumOption,
  FieldModel,
  FieldNode,
  JsonSchema,
  LayoutGroup,
  MultiEnumNode,
  NullNode,
  NumberNode,
  ObjectNode,
  PropertyField,
  RenderNotice,
  SchemaObject,
  StringNode,
  UnsupportedNode,
} from './field-model/types.js';
export { buildFieldModel } from './field-model/build.js';
export { localizedWithFallback, orderNames } from './field-model/parts.js';

/** Evaluates a condition for an object instance. `test` validates data against a schema pointer. */
export function conditionHolds(
  condition: Condition,
  data: unknown,
  test: (schemaPointer: string, data: unknown) => boolean,
): boolean {
  if (condition.kind === 'present') return isObject(data) && data[condition.property] !== undefined;
  return test(condition.pointer, data) === condition.when;
}
