/** The field model's node types: what `buildFieldModel` produces and a renderer walks. */
import type { LocalizedText } from '../../i18n/locales.js';
import type { IasKeywords } from '../keywords.js';

export type SchemaObject = { [keyword: string]: unknown } & IasKeywords;
export type JsonSchema = boolean | SchemaObject;

/** A keyword the renderer does not turn into controls. Ajv still validates it. */
export interface RenderNotice {
  pointer: string;
  keyword: string;
  message: string;
}

/** When a field is shown: the `if` at `pointer` evaluates to `when`, or the property `present` exists. */
export type Condition =
  { kind: 'if'; pointer: string; when: boolean } | { kind: 'present'; property: string };

export interface NodeBase {
  /** Schema pointer of the first schema part this node comes from (for messages and ids). */
  pointer: string;
  title?: LocalizedText;
  description?: LocalizedText;
  help?: LocalizedText;
  placeholder?: LocalizedText;
  readOnly: boolean;
  widget?: string;
  default?: unknown;
  /** The schema allows `null` besides its main type. */
  nullable: boolean;
  hidden: boolean;
  core: boolean;
  messages?: Record<string, LocalizedText>;
}

export interface StringNode extends NodeBase {
  kind: 'string';
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  multiline: boolean;
}
export interface NumberNode extends NodeBase {
  kind: 'number' | 'integer';
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}
export interface BooleanNode extends NodeBase {
  kind: 'boolean';
}
export interface EnumOption {
  value: unknown;
  title?: LocalizedText;
}
export interface EnumNode extends NodeBase {
  kind: 'enum';
  options: EnumOption[];
}
export interface MultiEnumNode extends NodeBase {
  kind: 'multi-enum';
  options: EnumOption[];
  minItems?: number;
  maxItems?: number;
}
export interface ConstNode extends NodeBase {
  kind: 'const';
  value: unknown;
}
export interface ArrayNode extends NodeBase {
  kind: 'array';
  readonly items: FieldNode;
  minItems?: number;
  maxItems?: number;
}
export interface Alternative {
  pointer: string;
  title?: LocalizedText;
  readonly node: FieldNode;
}
export interface ChoiceNode extends NodeBase {
  kind: 'choice';
  keyword: 'oneOf' | 'anyOf';
  alternatives: Alternative[];
}
export interface PropertyField {
  name: string;
  readonly node: FieldNode;
  required: boolean;
  /** Required only while this condition holds (`then.required`, `dependentRequired`). */
  requiredWhen: Condition[];
  /** Shown only while this condition holds; `undefined` means always shown. */
  visibleWhen?: Condition;
}
export interface LayoutGroup {
  id: string;
  title?: LocalizedText;
  fields: string[];
  columns?: number;
}
export interface ObjectNode extends NodeBase {
  kind: 'object';
  readonly properties: PropertyField[];
  /** `oneOf`/`anyOf` at this object's level: a choice of sub-forms next to the object's own fields. */
  readonly choices: ChoiceNode[];
  groups?: LayoutGroup[];
  columns?: number;
  /** Entries beyond `properties` a person may add, rename and remove (`patternProperties`, `additionalProperties`). */
  entries?: EntriesSpec;
}
/** What the key–value editor of an object offers. */
export interface EntriesSpec {
  /** `patternProperties`: an entry whose name matches `pattern` has this node as value. */
  readonly patterns: { pattern: string; readonly node: FieldNode }[];
  /** `additionalProperties` as a schema: the value of every other entry. */
  readonly additional?: FieldNode;
  /** `propertyNames` constraints the name must meet. */
  names?: { pattern?: string; minLength?: number; maxLength?: number };
}
/** Anything the renderer cannot show as controls: edited as JSON text, value kept as it is. */
export interface UnsupportedNode extends NodeBase {
  kind: 'unsupported';
  reason: string;
}
export interface NullNode extends NodeBase {
  kind: 'null';
}

export type FieldNode =
  | StringNode
  | NumberNode
  | BooleanNode
  | EnumNode
  | MultiEnumNode
  | ConstNode
  | ArrayNode
  | ChoiceNode
  | ObjectNode
  | UnsupportedNode
  | NullNode;

export interface FieldModel {
  root: FieldNode;
  notices: RenderNotice[];
}
