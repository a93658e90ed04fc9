import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickText, toLocale } from '@ias-kit/core';
import {
  buildFieldModel,
  getAt,
  removeAt,
  setAt,
  SchemaError,
  type FieldError,
  type FieldModel,
  type FieldNode,
  type RenderNotice,
  type SchemaValidator,
} from '@ias-kit/core/schema';
import { FormAssociatedController, IasElement, LocalizeController, baseStyles } from '@ias-kit/ui';
import { FormStore } from './form-store.js';
import { formMessages } from './form.l10n.js';
import { formStyles } from './form.styles.js';
import {
  IasChangeEvent,
  IasFormRoleMissingEvent,
  IasSchemaErrorEvent,
  IasFormSubmitEvent,
  type IasSchemaErrorInit,
} from './form.events.js';
import type { IasFormField } from '../field/field.js';
import '../field/define.js';
import { widgetRegistry } from '../field/builtins.js';
import type { WidgetRegistry } from '../field/registry.js';
import { humanize, isObject, joinPointer } from '../field/values.js';
import '../error-summary/define.js';
import type { IasErrorSummary } from '../error-summary/error-summary.js';
import type { IasErrorSelectEvent } from '../error-summary/error-summary.events.js';
import type { ErrorSummaryEntry } from '../error-summary/error-summary.types.js';
import { specificErrors } from './messages.js';
import { locate } from './locate.js';

/**
 * Renders, validates and edits data from a JSON Schema (2020-12, or draft-07 when the schema declares it).
 *
 * - Data in, events out: set `schema` and `value`; every edit fires `ias-change` with the whole value.
 * - Nothing is lost: properties the schema does not show, values of fields hidden by a condition, and
 *   fields the `userRole` may not read stay in `value` unchanged. Typed text that is not (yet) valid is kept.
 * - Defaults fill a new form only (when `value` is `undefined`); an existing value is never changed
 *   without the user acting.
 * - A broken schema shows an error naming the JSON pointer at fault and fires `ias-schema-error`; it never throws.
 * - Validation messages are shown once a field was left or the form submitted, in the form's locale. They say
 *   what to do ("Geben Sie «Einreisedatum» an."); a schema overrides them per field with `x-ias-messages`.
 * - A failed submit shows an error summary (one link per invalid field) and moves focus to it; following
 *   a link focuses the field's control. A required string the host gives as `""` counts as missing.
 * - Form-associated: inside a `<form>` it submits its value as JSON (under its `name`), reports its
 *   validity and resets with the form.
 *
 * @tagname ias-form
 * @summary JSON Schema form renderer with validation, Swiss formats, roles and translations.
 * @since 0.1
 * @status experimental
 *
 * @event {IasChangeEvent} ias-change - After every edit. Fields: `value: unknown`, `valid: boolean`, `errors: FieldError[]`.
 * @event {IasFormSubmitEvent} ias-form-submit - When the user submits a valid form (cancelable). Fields: `value: unknown`.
 * @event {IasSchemaErrorEvent} ias-schema-error - When the schema itself is invalid. Fields: `pointer: string`, `code: string`, `message: string`.
 * @event {IasFormRoleMissingEvent} ias-form-role-missing - When the schema shows parts only to some roles and no `userRole` is set (once per schema; the form shows a notice too). Fields: `hidden: readonly string[]` (data pointers not shown, `''` for the whole form).
 *
 * @csspart base - The form wrapper.
 * @csspart error-summary - The `<ias-error-summary>` shown after a submit attempt.
 * @csspart schema-error - The error state shown for a broken schema.
 * @csspart role-notice - The notice shown when parts of the form are hidden because no `userRole` is set.
 * @csspart submit - The submit button (shown when `submit-label` is set).
 *
 * @cssproperty --ias-form-control-max-width - Maximum width of text controls (default `40rem`).
 * @cssproperty --ias-color-error - Colour of error messages and invalid borders.
 * @cssproperty --ias-color-primary - Colour of buttons and links.
 * @cssstate invalid - The value has errors (once the validator is ready); matches `:invalid` too.
 */
export class IasForm extends IasElement {
  static override styles = [baseStyles, formStyles];
  static formAssociated = true;

  /** The JSON Schema (an object; never a JSON string). */
  @property({ attribute: false }) schema?: unknown;

  /** The data. Set it to load a record; read it (or listen to `ias-change`) to get edits. */
  @property({ attribute: false }) value: unknown;

  /** Language of labels and messages: `de`, `fr`, `it` or `en`; otherwise the nearest `lang` attribute. */
  @property() locale?: string;

  /**
   * The user's role, matched against `x-ias-access` read / write lists; without a role, restricted fields
   * are hidden. (The HTML attribute is `user-role`, because `role` is the ARIA role.)
   */
  @property({ attribute: 'user-role' }) userRole: string | null = null;

  /** Shows every field read-only. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** A precompiled (standalone, CSP-safe) validator from `fromStandalone()`; otherwise the schema is compiled at run time. */
  @property({ attribute: false }) validator?: SchemaValidator;

  /** Widget registry to use instead of the page-wide one. */
  @property({ attribute: false }) widgets?: WidgetRegistry;

  /** When set, a submit button is shown with this text (an empty value gives the localized "Save"). */
  @property({ attribute: 'submit-label' }) submitLabel?: string;

  /** Accessible name of the form; defaults to the schema title. */
  @property() label?: string;

  /** The host shows the error summary itself (as `<ias-assessment>` does, across sections): no summary here. */
  @property({ type: Boolean, attribute: 'external-summary' }) externalSummary = false;

  /** The name under which the value is submitted with a surrounding `<form>`. */
  @property({ reflect: true }) name = '';

  /** Keywords of the schema that are validated but not shown as controls (for schema authors). */
  get notices(): readonly RenderNotice[] {
    const own = this.model?.notices ?? [];
    // Once the validator is ready: what it could not check (a pattern the linear-time engine cannot run).
    const checked = (this.active?.notices ?? []).filter((n) => n.keyword === 'pattern');
    return checked.length ? [...own, ...checked] : own;
  }

  @state() private schemaError?: IasSchemaErrorInit;
  @state() private summary: FieldError[] = [];

  private readonly l10n = new LocalizeController(this, formMessages);
  private readonly store = new FormStore();
  // Synced after each validation (not after each render): stringifying a large record costs.
  private readonly formControl = new FormAssociatedController(this, {
    manual: true,
    value: () => (this.value === undefined ? null : JSON.stringify(this.value)),
    validate: () =>
      this.valid || !this.active
        ? { flags: {} }
        : { flags: { customError: true }, message: this.l10n.t('errorCount', { n: this.errors.length }) },
    reset: () => {
      this.value = this.initialValue;
      this.lastEmitted = Symbol('reset');
    },
    restore: (state) => {
      if (typeof state !== 'string') return;
      try {
        this.value = JSON.parse(state);
      } catch {
        /* not ours */
      }
    },
  });
  private model?: FieldModel;
  private active?: SchemaValidator;
  private compiling?: Promise<void>;
  private lastEmitted: unknown = Symbol('none');
  private initialValue: unknown;
  private valid = true;
  private errors: FieldError[] = [];
  /** Data pointers hidden because no `userRole` is set (see `ias-form-role-missing`). */
  private roleHidden: readonly string[] = [];
  private roleReported?: unknown;

  constructor() {
    super();
    Object.assign(this.store, { edit: this.applyEdit.bind(this) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.store;
    const locale = toLocale(this.l10n.locale) ?? 'de';
    const contextChanged =
      s.locale !== locale || s.role !== (this.userRole ?? undefined) || s.readonly !== this.readonly;
    s.locale = locale;
    s.role = this.userRole ?? undefined;
    s.readonly = this.readonly;
    s.widgets = this.widgets ?? widgetRegistry;
    if (changed.has('schema') || changed.has('validator')) this.loadSchema();
    this.roleHidden =
      this.userRole || !this.model ? [] : hiddenParts(this.model.root, '', (p) => s.canRead(p));
    if (changed.has('value') && this.value !== this.lastEmitted) {
      // A new record from the host: branches follow its data again, messages start hidden.
      s.resetInteraction();
      this.summary = [];
      if (this.initialValue === undefined) this.initialValue = this.value;
      if (this.value === undefined && this.model) this.value = newRecord(this.model.root);
      this.revalidate();
    } else if (contextChanged) {
      this.revalidate();
      s.notifyAll();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once per schema: a restricted form without a role is an integration mistake the host should see.
    if (!this.roleHidden.length) this.roleReported = undefined;
    else if (this.roleReported !== this.schema) {
      this.roleReported = this.schema;
      this.emit(new IasFormRoleMissingEvent(this.roleHidden));
    }
  }

  /** Waits for rendering and for the validator to be ready. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.compiling) {
      await this.compiling;
      return super.getUpdateComplete();
    }
    return result;
  }

  private loadSchema(): void {
    this.schemaError = undefined;
    this.active = undefined;
    this.store.test = undefined;
    this.store.schema = this.schema;
    this.store.choices.clear();
    if (!isObject(this.schema) && typeof this.schema !== 'boolean') {
      this.model = undefined;
      if (this.schema !== undefined)
        this.fail({ pointer: '', code: 'schema.type', message: 'The schema must be a JSON object.' });
      return;
    }
    try {
      this.model = buildFieldModel(this.schema as boolean | Record<string, unknown>);
    } catch (e: unknown) {
      return this.fail({
        pointer: '',
        code: 'schema.invalid',
        message: e instanceof Error ? e.message : String(e),
      });
    }
    if (this.value === undefined && this.initialValue === undefined) this.value = newRecord(this.model.root);
    if (this.validator) return this.useValidator(this.validator);
    // The second form of the same schema object compiles nothing.
    const schema = this.schema as object;
    const compiled = compiledValidators.get(schema);
    if (compiled) return this.useValidator(compiled);
    // Compiling can take tens of milliseconds for large schemas: the form renders complete and usable
    // first, and compiles when the page is idle. The Ajv compiler is loaded on demand, so hosts with
    // precompiled validators never download it.
    this.compiling = Promise.all([import('@ias-kit/core/compile'), idle()]).then(([{ compileSchema }]) => {
      if (schema !== this.schema) return;
      try {
        const v = compileSchema(schema, { strict: 'log' });
        if (typeof schema === 'object') compiledValidators.set(schema, v);
        this.useValidator(v);
      } catch (e: unknown) {
        this.fail(
          e instanceof SchemaError
            ? { pointer: e.pointer, code: e.code, message: e.message }
            : { pointer: '', code: 'schema.invalid', message: e instanceof Error ? e.message : String(e) },
        );
      } finally {
        this.compiling = undefined;
      }
    });
  }

  private useValidator(v: SchemaValidator): void {
    this.active = v;
    this.store.test = (pointer, data) => {
      try {
        return v.test(pointer, data);
      } catch {
        return false; // a sub-schema the validator cannot test shows its fields as not applicable
      }
    };
    this.revalidate();
    this.store.notifyAll();
    this.requestUpdate();
  }

  private fail(detail: IasSchemaErrorInit): void {
    this.schemaError = detail;
    this.model = undefined;
    this.emit(new IasSchemaErrorEvent(detail));
  }

  private revalidate(): void {
    const v = this.active;
    if (!v) return;
    let result: ReturnType<SchemaValidator['validate']>;
    try {
      result = v.validate(this.value, this.store.locale);
    } catch (e: unknown) {
      // Ajv can overflow the stack on pathological recursive schemas: a readable error, never a throw.
      this.fail({
        pointer: '',
        code: 'schema.validation-failed',
        message: e instanceof Error ? e.message : String(e),
      });
      return;
    }
    // Errors inside fields the role may not read are withheld: their messages would reveal the content.
    const errors = this.model
      ? specificErrors(this.model.root, this.value, result.errors, this.store)
      : result.errors;
    this.errors = errors.filter((e: FieldError) => this.readable(e.pointer));
    this.valid = result.valid && errors.length === 0;
    this.store.setErrors(this.errors);
    if (this.summary.length) this.summary = this.errors;
    this.formControl.sync();
  }

  private readable(pointer: string): boolean {
    return this.store.canRead(pointer);
  }

  private applyEdit(pointer: string, value: unknown, remove: boolean): void {
    const next = remove
      ? pointer === ''
        ? undefined
        : getAt(this.value, pointer) === undefined
          ? this.value
          : removeAt(this.value, pointer)
      : pointer === ''
        ? value
        : setAt(this.value ?? {}, pointer, value);
    if (next === this.value) return;
    this.value = next;
    this.lastEmitted = next;
    this.revalidate();
    this.emit(new IasChangeEvent({ value: next, valid: this.valid || !this.active, errors: this.errors }));
  }

  // ---- public API ----------------------------------------------------------------------------------

  /** Validates now, shows every message, and returns the result. */
  validate(): { valid: boolean; errors: FieldError[] } {
    this.revalidate();
    this.store.markSubmitted();
    this.summary = this.errors;
    return { valid: this.valid, errors: this.errors };
  }

  /** Whether the value is valid, without showing messages. */
  checkValidity(): boolean {
    this.revalidate();
    return this.valid;
  }

  /**
   * Validates, shows the messages and the error summary, and moves focus to the summary (or, with
   * `external-summary`, to the first invalid field).
   */
  async reportValidity(): Promise<boolean> {
    const { valid, errors } = this.validate();
    if (!valid && errors[0]) {
      await this.updateComplete;
      const summary = this.renderRoot.querySelector<IasErrorSummary>('ias-error-summary');
      if (summary && !this.externalSummary) {
        await summary.updateComplete;
        summary.focus();
      } else await this.focusField(errors[0].pointer);
    }
    return valid;
  }

  /** The current errors as error-summary entries: the field's label and what to do. */
  get errorEntries(): ErrorSummaryEntry[] {
    return this.errors.map((e) => ({
      pointer: e.pointer,
      label: this.labelOf(e.pointer),
      message: e.message,
    }));
  }

  /** Moves focus to the control of the field at `pointer` (a JSON pointer into the value). */
  async focusField(pointer: string): Promise<boolean> {
    await this.updateComplete;
    const root = this.renderRoot.querySelector<IasFormField>('ias-form-field');
    return root ? root.focusPointer(pointer) : false;
  }

  /** Form-associated reset: back to the value first given by the host. */
  formResetCallback(): void {
    this.formControl.formResetCallback();
  }

  formStateRestoreCallback(state: string | null, reason: 'restore' | 'autocomplete'): void {
    this.formControl.formStateRestoreCallback(state, reason);
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (await this.reportValidity()) this.emit(new IasFormSubmitEvent(this.value));
  }

  // ---- rendering -----------------------------------------------------------------------------------

  /** The label of the field at `pointer`, as shown next to its control. */
  labelOf(pointer: string): string {
    const nodes = this.model ? locate(this.model.root, this.value, pointer) : undefined;
    const last = nodes?.[nodes.length - 1];
    const name = pointer.split('/').pop() ?? '';
    return pickText(last?.title, this.store.locale) ?? humanize(decodeURIComponent(name)) ?? pointer;
  }

  protected override render(): TemplateResult {
    if (this.schemaError) {
      const e = this.schemaError;
      return html`<div part="schema-error" class="schema-error" role="alert">
        <p><strong>${this.l10n.t('schemaError')}</strong></p>
        <p>${this.l10n.t('schemaErrorAt', { pointer: e.pointer || '/', message: e.message })}</p>
      </div>`;
    }
    const model = this.model;
    if (!model) return html`<div part="base"></div>`;
    const root = model.root;
    const hidden = this.roleHidden;
    const roleNotice = hidden.length
      ? html`<p part="role-notice" class="role-notice" role="status">
          ${hidden[0] === '' ? this.l10n.t('roleMissingAll') : this.l10n.t('roleMissing', { n: hidden.length })}
        </p>`
      : nothing;
    // A template restricted as a whole (x-ias-access on the root) shows nothing to other roles.
    if (!this.store.canRead('')) return html`<div part="base">${roleNotice}</div>`;
    const name = this.label ?? pickText(root.title, this.store.locale);
    return html`<form part="base" novalidate aria-label=${name ?? nothing} @submit=${this.onSubmit}>
      ${roleNotice}
      ${
        this.summary.length && !this.externalSummary
          ? html`<ias-error-summary
              part="error-summary"
              exportparts="base: error-summary-base, link: error-summary-link"
              .errors=${this.errorEntries}
              .locale=${this.store.locale}
              @ias-error-select=${(e: IasErrorSelectEvent) => {
                e.stopPropagation();
                void this.focusField(e.pointer);
              }}
            ></ias-error-summary>`
          : nothing
      }
      <ias-form-field
        .store=${this.store}
        .node=${root}
        .value=${this.value}
        .pointer=${''}
        .name=${''}
      ></ias-form-field>
      ${
        this.submitLabel !== undefined && this.submitLabel !== null
          ? html`<button part="submit" type="submit" class="submit">
              ${this.submitLabel || this.l10n.t('submit')}
            </button>`
          : nothing
      }
    </form>`;
  }
}

/** Validators compiled at run time, per schema object (treat schemas as immutable). */
const compiledValidators = new WeakMap<object, SchemaValidator>();

/** Resolves when the page is idle (after the first paint), at the latest after 300 ms. */
const idle = (): Promise<void> =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 300 })
      : setTimeout(resolve, 0),
  );

/** The data pointers of the outermost parts a role may not read (`''` when it is the whole form). */
function hiddenParts(
  node: FieldNode,
  pointer: string,
  canRead: (pointer: string) => boolean,
  depth = 0,
): string[] {
  if (!canRead(pointer)) return [pointer];
  if (node.kind !== 'object' || depth > 8) return [];
  return node.properties.flatMap((p) =>
    hiddenParts(p.node, joinPointer(pointer, p.name), canRead, depth + 1),
  );
}

/** A new record: the schema's defaults (and constants) for an empty form; `undefined` for non-objects. */
function newRecord(root: FieldNode, seen = new Set<FieldNode>()): unknown {
  if (root.default !== undefined) return structuredClone(root.default);
  if (root.kind !== 'object' || seen.has(root)) return undefined;
  seen.add(root);
  const out: Record<string, unknown> = {};
  for (const p of root.properties) {
    if (p.visibleWhen) continue;
    const d = p.node.default !== undefined ? p.node.default : newRecord(p.node, seen);
    if (d !== undefined && (p.node.default !== undefined || (isObject(d) && Object.keys(d as object).length)))
      out[p.name] = structuredClone(d);
  }
  return out;
}
