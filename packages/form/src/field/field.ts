import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickText, type LocalizedText } from '@ias-kit/core';
import type { FieldError, FieldNode } from '@ias-kit/core/schema';
import { IasElement, baseStyles, translate } from '@ias-kit/ui';
import type { FormStore } from '../form/form-store.js';
import { formMessages, type FormKey } from '../form/form.l10n.js';
import { fieldStyles } from './field.styles.js';
import { builtInWidgets } from './builtins.js';
import { elementWidget } from './element.js';
import { humanize } from './values.js';

/**
 * One node of a rendered form: a control (text, number, date, choice, checkbox…) or a container (object
 * as fieldset, array, `oneOf` choice). Each node is its own element, so an edit re-renders only the
 * nodes whose value or messages changed. What it shows comes from the widget registry (see
 * `WidgetRegistry`): the host's registry first, then the built-in widgets. Internal to `<ias-form>`; not
 * meant to be used alone.
 *
 * @tagname ias-form-field
 * @summary Internal building block of `<ias-form>`: one field or group of fields.
 * @since 0.1
 * @status internal
 * @csspart field - The wrapper of a control with its label, help and error.
 * @csspart label - A field label or fieldset legend.
 * @csspart control - The native control (input, select, textarea).
 * @csspart help - Help text under a control.
 * @csspart error - The error message of a field.
 * @csspart group - A fieldset (object, array, choice, multi-select, yes/no/unknown).
 */
export class IasFormField extends IasElement {
  static override styles = [baseStyles, fieldStyles];

  /** The field model node to render. */
  @property({ attribute: false }) node!: FieldNode;
  /** This field's part of the form value. */
  @property({ attribute: false }) value: unknown;
  /** The form's shared state. */
  @property({ attribute: false }) store!: FormStore;
  /** JSON pointer of this field in the form value. */
  @property() pointer = '';
  /** Property name, the label of last resort. */
  @property() name = '';
  /** Whether the field is required where it stands. */
  @property({ type: Boolean }) required = false;
  /** Read-only because an enclosing block may not be written by the role (write rules are inherited). */
  @property({ type: Boolean }) locked = false;
  /** Property names an object node leaves out (they are shown by the enclosing object). */
  @property({ attribute: false }) exclude?: readonly string[];

  /** For widgets: text typed into a control that does not (yet) round-trip through the value. */
  @state() draft?: string;
  /** For widgets: a polite status message (e.g. "item 2 removed"). */
  @state() announcement = '';
  /** For widgets: a selector in this field's shadow root to focus after the next render. */
  focusAfterRender?: string;

  /** The value the draft was typed for; another value arriving from outside discards the draft. */
  private draftFor: unknown;
  private unsubscribe?: () => void;
  private subscribed?: { store: FormStore; pointer: string };

  /** The form's locale. Messages follow it; `<ias-form>` re-renders every field when it changes. */
  get locale(): string {
    return this.store?.locale ?? 'de';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pointer') || changed.has('store')) this.subscribe();
    if (changed.has('value') && this.draft !== undefined && !sameValue(this.value, this.draftFor))
      this.draft = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.store && !this.unsubscribe) this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }

  /** Listens to the store for this field's pointer, unless already listening to exactly that. */
  private subscribe(): void {
    const store = this.store;
    const pointer = this.pointer;
    if (this.unsubscribe && this.subscribed?.store === store && this.subscribed.pointer === pointer) return;
    this.unsubscribe?.();
    this.unsubscribe = store?.subscribe(pointer, () => this.requestUpdate());
    this.subscribed = store ? { store, pointer } : undefined;
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      const sel = this.focusAfterRender;
      this.focusAfterRender = undefined;
      const target = this.renderRoot.querySelector<HTMLElement>(sel);
      if (target instanceof IasFormField) void target.updateComplete.then(() => target.focusFirst());
      else target?.focus();
    }
  }

  /** Moves focus to the first control of this field (or of its first child field). */
  async focusFirst(): Promise<boolean> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(
      'input:not([type=hidden]), select, textarea, button, ias-form-field, [data-widget]',
    );
    if (el instanceof IasFormField) return el.focusFirst();
    if (!el) return false;
    el.focus();
    return true;
  }

  /** Moves focus to the control of the field at `pointer`, descending through child fields. */
  async focusPointer(pointer: string): Promise<boolean> {
    await this.updateComplete;
    if (pointer === this.pointer) return this.focusFirst();
    for (const child of this.renderRoot.querySelectorAll<IasFormField>('ias-form-field')) {
      if (
        pointer === child.pointer ||
        pointer.startsWith(child.pointer + '/') ||
        child.pointer === this.pointer
      ) {
        if (await child.focusPointer(pointer)) return true;
      }
    }
    return false;
  }

  // ---- what widgets use ----------------------------------------------------------------------------

  /** A message of the form's catalog in the form's locale. */
  t(key: FormKey, params?: Record<string, string | number>): string {
    // The form's locale, not a controller per field: `<ias-form>` resolves it (property, `lang`, document)
    // and re-renders every field when it changes, so a controller per field would only add work.
    return translate(formMessages, this.store?.locale ?? 'de', key, params);
  }

  /** A schema text (plain or per locale) in the form's locale. */
  text(t: LocalizedText | undefined): string | undefined {
    return pickText(t, this.store.locale);
  }

  /** The field's label: its title, else its humanized property name. */
  get label(): string {
    return this.text(this.node.title) ?? humanize(this.name);
  }

  /** Whether the user may change this field (role, read-only form, read-only schema, locked block). */
  get writable(): boolean {
    return !this.locked && this.store.canWrite(this.pointer);
  }

  /** The field's messages, once it was left or the form submitted. */
  get errors(): readonly FieldError[] {
    return this.store.visibleErrors(this.pointer);
  }

  /** Writes `value` at this field (or removes the property when `remove`). */
  edit(value: unknown, remove = false): void {
    this.store.edit?.(this.pointer, value, remove);
  }

  /** Keeps `text` shown in the control while the value stays what it was typed for, and writes the value. */
  type(text: string, value: unknown, remove = false): void {
    this.draft = text;
    this.draftFor = value;
    this.edit(value, remove);
  }

  /** Keeps `text` shown without changing the value (text that does not parse yet). */
  keepDraft(text: string): void {
    this.draft = text;
    this.draftFor = this.value;
  }

  /** Marks the field as visited (its messages show from now on). */
  leave = (): void => this.store.markTouched(this.pointer);

  protected override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node || !this.store) return nothing;
    const widget = this.store.widgets?.lookup(node) ?? builtInWidgets.lookup(node);
    if (widget === undefined) return nothing;
    return typeof widget === 'string' ? elementWidget(this, widget) : widget.render(this);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return (
    Object.is(a, b) ||
    (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))
  );
}
