import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatDate,
  formatNumber,
  parseNumber,
  pickText,
  tryParseDate,
  type LocalizedText,
} from '@ias-kit/core';
import type {
  ArrayNode,
  ChoiceNode,
  EnumOption,
  FieldError,
  FieldNode,
  MultiEnumNode,
  NumberNode,
  ObjectNode,
  PropertyField,
  StringNode,
} from '@ias-kit/core/schema';
import { IasElement, baseStyles, translate } from '@ias-kit/ui';
import type { FormStore } from '../form/form-store.js';
import { formMessages, type FormKey } from '../form/form.l10n.js';
import { fieldStyles } from './field.styles.js';
import { humanize, isObject, joinPointer } from './values.js';

/**
 * One node of a rendered form: a control (text, number, date, choice, checkbox…) or a container (object
 * as fieldset, array, `oneOf` choice). Each node is its own element, so an edit re-renders only the
 * nodes whose value or messages changed. Internal to `<ias-form>`; not meant to be used alone.
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

  /** Instrumentation: how many times any form field rendered. Tests use it to prove an edit stays local. */
  static renders = 0;

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

  /** Text typed into a number, date or JSON control that does not (yet) round-trip through the value. */
  @state() private draft?: string;
  @state() private announcement = '';

  private unsubscribe?: () => void;
  private subscribed?: { store: FormStore; pointer: string };
  private focusAfterRender?: string;
  private widgetEl?: HTMLElement & Record<string, unknown>;

  /** The form's locale. Messages follow it; `<ias-form>` re-renders every field when it changes. */
  get locale(): string {
    return this.store?.locale ?? 'de';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pointer') || changed.has('store')) this.subscribe();
    if (changed.has('value') && this.draft !== undefined && !this.draftMatches()) this.draft = undefined;
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

  private t(key: FormKey, params?: Record<string, string | number>): string {
    // The form's locale, not a controller per field: `<ias-form>` resolves it (property, `lang`, document)
    // and re-renders every field when it changes, so a controller per field would only add work.
    return translate(formMessages, this.store?.locale ?? 'de', key, params);
  }

  private text(t: LocalizedText | undefined): string | undefined {
    return pickText(t, this.store.locale);
  }

  private get label(): string {
    return this.text(this.node.title) ?? humanize(this.name);
  }

  private get writable(): boolean {
    return !this.locked && this.store.canWrite(this.node);
  }

  private edit(value: unknown, remove = false): void {
    this.store.edit?.(this.pointer, value, remove);
  }

  private leave = (): void => this.store.markTouched(this.pointer);

  protected override render(): TemplateResult | typeof nothing {
    IasFormField.renders++;
    const node = this.node;
    if (!node || !this.store) return nothing;
    const custom = this.store.widgets?.lookup(node.widget, node.kind === 'string' ? node.format : undefined);
    if (custom) return this.renderWidget(custom);
    switch (node.kind) {
      case 'string':
        return this.renderString(node);
      case 'number':
      case 'integer':
        return this.renderNumber(node);
      case 'boolean':
        return node.nullable || node.widget === 'yes-no-unknown'
          ? this.renderTriState()
          : this.renderCheckbox();
      case 'enum':
        return node.widget === 'radio' ? this.renderRadios(node.options) : this.renderSelect(node.options);
      case 'multi-enum':
        return this.renderMultiEnum(node);
      case 'object':
        return this.renderObject(node);
      case 'array':
        return this.renderArray(node);
      case 'choice':
        return this.renderChoice(node, this.value);
      case 'const':
      case 'null':
        return nothing;
      default:
        return this.renderJson();
    }
  }

  // ---- shared pieces -------------------------------------------------------------------------------

  private get errors() {
    return this.store.visibleErrors(this.pointer);
  }

  private describedBy(): string | undefined {
    const ids = [];
    if (this.node.help || this.node.description) ids.push('help');
    if (this.errors.length) ids.push('error');
    return ids.length ? ids.join(' ') : undefined;
  }

  // The pieces below are spliced straight into each field's one template (rather than nested templates of
  // their own), so a leaf field renders as few template instances as possible: first render is dominated by
  // cloning and wiring template instances, one per nested `html` result.

  private requiredMark(): TemplateResult | typeof nothing {
    return this.required
      ? html`<span class="req" aria-hidden="true"> *</span
          ><span class="visually-hidden"> (${this.t('required')})</span>`
      : nothing;
  }

  private helpText(): string | undefined {
    return this.text(this.node.help) ?? this.text(this.node.description);
  }

  private helpPart(help: string | undefined): TemplateResult | typeof nothing {
    return help ? html`<div id="help" part="help" class="help">${help}</div>` : nothing;
  }

  private errorPart(errors: readonly FieldError[]): TemplateResult | typeof nothing {
    return errors.length
      ? html`<div id="error" part="error" class="error">
          ${errors.map((e) => html`<span>${e.message}</span> `)}
        </div>`
      : nothing;
  }

  private helpAndError(): TemplateResult {
    return html`${this.helpPart(this.helpText())} ${this.errorPart(this.errors)}`;
  }

  private field(control: TemplateResult, { forId = 'c' }: { forId?: string } = {}): TemplateResult {
    const errors = this.errors;
    return html`<div part="field" class="field ${errors.length ? 'invalid' : ''}">
      <label part="label" for=${forId}>${this.label}${this.requiredMark()}</label>
      ${control} ${this.helpPart(this.helpText())} ${this.errorPart(errors)}
    </div>`;
  }

  private group(content: TemplateResult, cls = ''): TemplateResult {
    const errors = this.errors;
    return html`<fieldset
      part="group"
      class="group ${cls} ${errors.length ? 'invalid' : ''}"
      aria-describedby=${ifDefined(this.describedBy())}
    >
      <legend part="label">${this.label}${this.requiredMark()}</legend>
      ${content} ${this.helpPart(this.helpText())} ${this.errorPart(errors)}
    </fieldset>`;
  }

  // ---- controls ------------------------------------------------------------------------------------

  private renderString(node: StringNode): TemplateResult {
    const isDate = node.format === 'date' || node.widget === 'date';
    const v = this.value;
    const shown =
      this.draft ??
      (typeof v === 'string'
        ? isDate && /^\d{4}-\d{2}-\d{2}$/.test(v)
          ? safeFormatDate(v)
          : v
        : v == null
          ? ''
          : JSON.stringify(v));
    const placeholder = this.text(node.placeholder) ?? (isDate ? this.t('datePlaceholder') : undefined);
    const common = {
      placeholder,
      readonly: !this.writable,
      invalid: this.errors.length > 0,
    };
    const onInput = (e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      if (isDate) {
        const parsed = text.trim() === '' ? undefined : tryParseDate(text, this.label);
        this.draft = text;
        if (parsed === undefined) this.edit(undefined, true);
        else this.edit(parsed.ok ? parsed.value : text);
      } else {
        // An emptied field is removed from the value, so "required" means what a case worker expects.
        this.edit(text === '' ? undefined : text, text === '');
      }
    };
    const onBlur = () => {
      if (isDate && typeof this.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(this.value))
        this.draft = undefined;
      this.leave();
    };
    if (node.multiline) {
      return this.field(
        html`<textarea
          id="c"
          part="control"
          rows="4"
          .value=${live(shown)}
          ?readonly=${common.readonly}
          ?required=${this.required}
          maxlength=${ifDefined(node.maxLength)}
          placeholder=${ifDefined(common.placeholder)}
          aria-invalid=${common.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy())}
          @input=${onInput}
          @blur=${onBlur}
        ></textarea>`,
      );
    }
    const type = node.format === 'email' ? 'email' : node.format === 'uri' ? 'url' : 'text';
    return this.field(
      html`<input
        id="c"
        part="control"
        type=${type}
        .value=${live(shown)}
        ?readonly=${common.readonly}
        ?required=${this.required}
        maxlength=${ifDefined(isDate ? undefined : node.maxLength)}
        inputmode=${ifDefined(isDate ? 'numeric' : undefined)}
        autocomplete="off"
        placeholder=${ifDefined(common.placeholder)}
        aria-invalid=${common.invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy())}
        @input=${onInput}
        @blur=${onBlur}
      />`,
    );
  }

  private draftMatches(): boolean {
    const node = this.node;
    if (this.draft === undefined) return true;
    if (node.kind === 'number' || node.kind === 'integer') {
      const n = parseNumber(this.draft);
      return n === undefined ? this.value === this.draft || this.value === undefined : n === this.value;
    }
    if (node.kind === 'string') {
      const parsed = tryParseDate(this.draft, 'date');
      return parsed.ok ? parsed.value === this.value : this.value === this.draft || this.value === undefined;
    }
    if (node.kind === 'unsupported') return true;
    return false;
  }

  private renderNumber(node: NumberNode): TemplateResult {
    const v = this.value;
    const shown =
      this.draft ?? (typeof v === 'number' ? formatNumber(v, this.store.locale) : v == null ? '' : String(v));
    const onInput = (e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      this.draft = text;
      if (text.trim() === '') return this.edit(undefined, true);
      const n = parseNumber(text);
      // Unparseable text is kept as it is (a string), so nothing typed is lost; validation flags it.
      this.edit(n === undefined ? text : n);
    };
    return this.field(
      html`<input
        id="c"
        part="control"
        type="text"
        inputmode=${node.kind === 'integer' ? 'numeric' : 'decimal'}
        autocomplete="off"
        .value=${live(shown)}
        ?readonly=${!this.writable}
        ?required=${this.required}
        placeholder=${ifDefined(this.text(node.placeholder))}
        aria-invalid=${this.errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy())}
        @input=${onInput}
        @blur=${() => {
          if (typeof this.value === 'number') this.draft = undefined;
          this.leave();
        }}
      />`,
    );
  }

  private renderCheckbox(): TemplateResult {
    return html`<div part="field" class="field check ${this.errors.length ? 'invalid' : ''}">
      <input
        id="c"
        part="control"
        type="checkbox"
        .checked=${live(this.value === true)}
        ?disabled=${!this.writable}
        aria-invalid=${this.errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy())}
        @change=${(e: Event) => this.edit((e.target as HTMLInputElement).checked)}
        @blur=${this.leave}
      />
      <label part="label" for="c">${this.label}${this.requiredMark()}</label>
      ${this.helpPart(this.helpText())} ${this.errorPart(this.errors)}
    </div>`;
  }

  private renderTriState(): TemplateResult {
    const options: [string, unknown][] = [
      [this.t('yes'), true],
      [this.t('no'), false],
      [this.t('unknown'), null],
    ];
    return this.radioGroup(options.map(([label, value]) => ({ value, label })));
  }

  private renderRadios(options: EnumOption[]): TemplateResult {
    return this.radioGroup(options.map((o) => ({ value: o.value, label: this.optionLabel(o) })));
  }

  private radioGroup(options: { value: unknown; label: string }[]): TemplateResult {
    const current = JSON.stringify(this.value);
    return this.group(
      html`<div class="options" role="radiogroup" aria-required=${this.required ? 'true' : 'false'}>
        ${options.map(
          (o, i) =>
            html`<label class="option">
              <input
                type="radio"
                part="control"
                name="r"
                id=${i === 0 ? 'c' : `c${i}`}
                .checked=${live(current === JSON.stringify(o.value))}
                ?disabled=${!this.writable}
                @change=${() => this.edit(o.value)}
                @blur=${this.leave}
              />
              ${o.label}
            </label>`,
        )}
      </div>`,
    );
  }

  private optionLabel(o: EnumOption): string {
    return this.text(o.title) ?? (typeof o.value === 'string' ? o.value : JSON.stringify(o.value));
  }

  private renderSelect(options: EnumOption[]): TemplateResult {
    const current = JSON.stringify(this.value);
    const index = options.findIndex((o) => JSON.stringify(o.value) === current);
    const unknownValue = this.value !== undefined && index < 0;
    return this.field(
      html`<select
        id="c"
        part="control"
        ?disabled=${!this.writable}
        ?required=${this.required}
        aria-invalid=${this.errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy())}
        @change=${(e: Event) => {
          const i = (e.target as HTMLSelectElement).value;
          if (i === '') this.edit(undefined, true);
          else if (i !== 'keep') this.edit(options[Number(i)]!.value);
        }}
        @blur=${this.leave}
      >
        <option value="" ?selected=${this.value === undefined}>${this.t('choose')}</option>
        ${unknownValue ? html`<option value="keep" selected>${String(this.value)}</option>` : nothing}
        ${options.map((o, i) => html`<option value=${i} ?selected=${i === index}>${this.optionLabel(o)}</option>`)}
      </select>`,
    );
  }

  private renderMultiEnum(node: MultiEnumNode): TemplateResult {
    const list = Array.isArray(this.value) ? this.value : [];
    const has = (v: unknown) => list.some((x) => JSON.stringify(x) === JSON.stringify(v));
    return this.group(
      html`<div class="options">
        ${node.options.map(
          (o, i) =>
            html`<label class="option">
              <input
                type="checkbox"
                part="control"
                id=${i === 0 ? 'c' : `c${i}`}
                .checked=${live(has(o.value))}
                ?disabled=${!this.writable}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const next = on
                    ? node.options.filter((x) => x === o || has(x.value)).map((x) => x.value)
                    : list.filter((x) => JSON.stringify(x) !== JSON.stringify(o.value));
                  // Values the schema does not list survive at the end.
                  const extra = list.filter(
                    (x) => !node.options.some((opt) => JSON.stringify(opt.value) === JSON.stringify(x)),
                  );
                  this.edit(on ? [...next, ...extra] : next);
                }}
                @blur=${this.leave}
              />
              ${this.optionLabel(o)}
            </label>`,
        )}
      </div>`,
    );
  }

  private renderJson(): TemplateResult {
    const shown = this.draft ?? (this.value === undefined ? '' : JSON.stringify(this.value, null, 2));
    let invalid = false;
    if (this.draft !== undefined && this.draft.trim() !== '') {
      try {
        JSON.parse(this.draft);
      } catch {
        invalid = true;
      }
    }
    return html`<div part="field" class="field ${invalid || this.errors.length ? 'invalid' : ''}">
      <label part="label" for="c">${this.label}${this.requiredMark()}</label>
      <textarea
        id="c"
        part="control"
        class="json"
        rows="3"
        spellcheck="false"
        .value=${live(shown)}
        ?readonly=${!this.writable}
        aria-invalid=${invalid || this.errors.length ? 'true' : 'false'}
        aria-describedby="jsonhint ${invalid ? 'jsonerr' : ''} ${this.errors.length ? 'error' : ''}"
        @input=${(e: Event) => {
          const text = (e.target as HTMLTextAreaElement).value;
          this.draft = text;
          if (text.trim() === '') return this.edit(undefined, true);
          try {
            this.edit(JSON.parse(text));
          } catch {
            this.requestUpdate();
          }
        }}
        @blur=${this.leave}
      ></textarea>
      <div id="jsonhint" part="help" class="help">${this.t('jsonHint')}</div>
      ${invalid ? html`<div id="jsonerr" part="error" class="error">${this.t('invalidJson')}</div>` : nothing}
      ${this.helpPart(this.helpText())} ${this.errorPart(this.errors)}
    </div>`;
  }

  private renderWidget(tag: string): TemplateResult {
    if (!this.widgetEl || this.widgetEl.localName !== tag) {
      const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
      el.dataset['widget'] = '';
      const read = () => this.edit(el['value'], el['value'] === undefined);
      el.addEventListener('input', read);
      el.addEventListener('change', read);
      el.addEventListener('focusout', this.leave);
      this.widgetEl = el;
    }
    const el = this.widgetEl;
    const errors = this.errors;
    Object.assign(el, {
      value: this.value,
      label: this.label,
      description: this.text(this.node.help) ?? this.text(this.node.description) ?? '',
      required: this.required,
      readonly: !this.writable,
      invalid: errors.length > 0,
      errorMessage: errors.map((e) => e.message).join(' '),
      locale: this.store.locale,
      schema: this.node,
    });
    return html`<div part="field" class="field">${el}</div>`;
  }

  // ---- containers ----------------------------------------------------------------------------------

  private childField(
    p: PropertyField,
    obj: Record<string, unknown> | undefined,
  ): TemplateResult | typeof nothing {
    const node = p.node;
    if (!this.store.canRead(node) || node.hidden) return nothing;
    const required = p.required || p.requiredWhen.some((c) => this.store.holds(c, obj));
    const child = obj?.[p.name];
    // A recursive schema is expanded only as deep as the data goes.
    if (child === undefined && node.kind === 'object' && !required && rendersAbove(this, node)) {
      return html`<button
        type="button"
        class="add"
        @click=${() => this.store.edit?.(joinPointer(this.pointer, p.name), {}, false)}
      >
        ${this.t('addNamed', { name: this.text(node.title) ?? humanize(p.name) })}
      </button>`;
    }
    return html`<ias-form-field
      .store=${this.store}
      .node=${node}
      .value=${child}
      .pointer=${joinPointer(this.pointer, p.name)}
      .name=${p.name}
      .required=${required}
      .locked=${!this.writable}
    ></ias-form-field>`;
  }

  private renderObject(node: ObjectNode): TemplateResult {
    const obj = isObject(this.value) ? this.value : undefined;
    const exclude = new Set(this.exclude ?? []);
    const visible = node.properties.filter(
      (p) => !exclude.has(p.name) && (!p.visibleWhen || this.store.holds(p.visibleWhen, obj)),
    );
    const byName = new Map(visible.map((p) => [p.name, p]));
    const grouped = new Set<string>();
    const groups = (node.groups ?? []).map((g) => {
      const fields = g.fields.map((n) => byName.get(n)).filter((p): p is PropertyField => !!p);
      fields.forEach((f) => grouped.add(f.name));
      return { g, fields };
    });
    const rest = visible.filter((p) => !grouped.has(p.name));
    // Columns by class, not inline style: a strict CSP (style-src without 'unsafe-inline') would drop inline styles.
    const cols = (n: number | undefined) =>
      n && n > 1 ? `fields cols-${Math.min(4, Math.round(n))}` : 'fields';
    const body = html`
      ${groups.map(({ g, fields }) =>
        fields.length
          ? html`<fieldset part="group" class="layout-group">
              <legend part="label">${this.text(g.title) ?? humanize(g.id)}</legend>
              <div class=${cols(g.columns)}>${fields.map((p) => this.childField(p, obj))}</div>
            </fieldset>`
          : nothing,
      )}
      <div class=${cols(node.columns)}>${rest.map((p) => this.childField(p, obj))}</div>
      ${node.choices.map((c) => this.renderChoice(c, obj, new Set(node.properties.map((p) => p.name))))}
    `;
    const title = this.text(node.title) ?? (this.name ? humanize(this.name) : undefined);
    if (!title || this.exclude) return html`<div class="object">${body}${this.helpAndError()}</div>`;
    return this.group(body, 'object');
  }

  private renderArray(node: ArrayNode): TemplateResult {
    const list = Array.isArray(this.value) ? this.value : [];
    const itemName = this.text(node.items.title) ?? this.label;
    const canWrite = this.writable;
    const canAdd = canWrite && (node.maxItems === undefined || list.length < node.maxItems);
    const canRemove = canWrite && (node.minItems === undefined || list.length > node.minItems);
    const move = (from: number, to: number) => {
      const next = [...list];
      [next[from], next[to]] = [next[to], next[from]];
      this.focusAfterRender = `[data-i="${to}"] .${to < from ? (to === 0 ? 'down' : 'up') : to === list.length - 1 ? 'up' : 'down'}`;
      this.edit(next);
    };
    const remove = (i: number) => {
      const next = list.filter((_, j) => j !== i);
      this.announcement = this.t('removed', { name: this.t('item', { name: itemName, n: i + 1 }) });
      this.focusAfterRender =
        next.length === 0 ? '.add' : `[data-i="${Math.min(i, next.length - 1)}"] .remove`;
      this.edit(next);
    };
    const add = () => {
      this.focusAfterRender = `[data-i="${list.length}"] ias-form-field`;
      this.edit([...list, initialValue(node.items)]);
    };
    return this.group(
      html`${list.length === 0 ? html`<p class="empty">${this.t('empty')}</p>` : nothing}
        <ol class="items">
          ${list.map((item, i) => {
            const n = this.t('item', { name: itemName, n: i + 1 });
            return html`<li class="item" data-i=${i}>
              <ias-form-field
                .store=${this.store}
                .node=${node.items}
                .value=${item}
                .pointer=${joinPointer(this.pointer, String(i))}
                .name=${n}
                .locked=${!canWrite}
              ></ias-form-field>
              ${
                canWrite
                  ? html`<div class="item-actions" role="group" aria-label=${n}>
                      <button
                        type="button"
                        class="up"
                        ?disabled=${i === 0}
                        aria-label="${this.t('moveUp')}: ${n}"
                        @click=${() => move(i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        class="down"
                        ?disabled=${i === list.length - 1}
                        aria-label="${this.t('moveDown')}: ${n}"
                        @click=${() => move(i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        class="remove"
                        ?disabled=${!canRemove}
                        aria-label="${this.t('remove')}: ${n}"
                        @click=${() => remove(i)}
                      >
                        ${this.t('remove')}
                      </button>
                    </div>`
                  : nothing
              }
            </li>`;
          })}
        </ol>
        ${canWrite ? html`<button type="button" class="add" ?disabled=${!canAdd} @click=${add}>${this.t('addNamed', { name: itemName })}</button>` : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>`,
      'array',
    );
  }

  /**
   * A `oneOf`/`anyOf` choice. Switch policy: the alternative shown follows the data when the field first
   * appears (the first alternative the data matches, else the one sharing most properties with it); it
   * never changes without the user acting; switching away stashes what was typed in the alternative's own
   * fields, and switching back restores it.
   */
  private renderChoice(choice: ChoiceNode, data: unknown, baseNames?: Set<string>): TemplateResult {
    const key = `${this.pointer}|${choice.pointer}`;
    const index = this.chosenAlternative(key, choice, data);
    const alt = choice.alternatives[index];
    const label = this.text(choice.title) ?? (baseNames ? this.t('variant') : this.label);
    const onSwitch = (e: Event) => {
      const to = Number((e.target as HTMLSelectElement).value);
      this.store.choices.set(key, to);
      this.edit(switchAlternative(this.store, key, choice, data, index, to, baseNames));
    };
    return html`<div class="choice" part="group">
      <div part="field" class="field">
        <label part="label" for="choice">${label}</label>
        <select id="choice" part="control" ?disabled=${!this.writable} @change=${onSwitch}>
          ${choice.alternatives.map(
            (a, i) =>
              html`<option value=${i} ?selected=${i === index}>
                ${this.text(a.title) ?? `${this.t('variant')} ${i + 1}`}
              </option>`,
          )}
        </select>
      </div>
      ${
        alt
          ? html`<ias-form-field
              .store=${this.store}
              .node=${alt.node}
              .value=${data}
              .pointer=${this.pointer}
              .name=${''}
              .exclude=${baseNames ? [...baseNames] : undefined}
            ></ias-form-field>`
          : nothing
      }
    </div>`;
  }

  private chosenAlternative(key: string, choice: ChoiceNode, data: unknown): number {
    const known = this.store.choices.get(key);
    if (known !== undefined) return known;
    let index = -1;
    let undecided = false;
    for (let i = 0; i < choice.alternatives.length && index < 0; i++) {
      const m = this.store.matches(choice.alternatives[i]!.pointer, data);
      if (m === true) index = i;
      if (m === undefined) undecided = true;
    }
    if (index < 0) index = bestOverlap(choice, data);
    // Remember only a decision the real validator could make, so it never flips later on its own.
    if (!undecided || this.store.test) this.store.choices.set(key, index);
    return index;
  }
}

/** Whether `field` or a field enclosing it (across shadow roots) renders `node`: a recursive schema. */
function rendersAbove(field: IasFormField, node: FieldNode): boolean {
  for (let el: Element | null = field; el;) {
    if (el instanceof IasFormField && el.node === node) return true;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

function safeFormatDate(iso: string): string {
  try {
    return formatDate(iso);
  } catch {
    return iso;
  }
}

/** The alternative sharing most property names with the data (0 when nothing is shared). */
function bestOverlap(choice: ChoiceNode, data: unknown): number {
  if (!isObject(data)) return 0;
  let best = 0;
  let bestScore = -1;
  choice.alternatives.forEach((a, i) => {
    const node = a.node;
    if (node.kind !== 'object') return;
    const score = node.properties.filter((p) => data[p.name] !== undefined).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** Names of the properties an alternative adds on top of the enclosing object's own. */
function ownNames(node: FieldNode, baseNames?: Set<string>): string[] {
  return node.kind === 'object' ? node.properties.map((p) => p.name).filter((n) => !baseNames?.has(n)) : [];
}

function switchAlternative(
  store: FormStore,
  key: string,
  choice: ChoiceNode,
  data: unknown,
  from: number,
  to: number,
  baseNames?: Set<string>,
): unknown {
  const fromNode = choice.alternatives[from]?.node;
  const toNode = choice.alternatives[to]!.node;
  if (!isObject(data) || fromNode?.kind !== 'object' || toNode.kind !== 'object') {
    store.stash.set(`${key}|${from}`, data);
    return store.stash.has(`${key}|${to}`) ? store.stash.get(`${key}|${to}`) : initialValue(toNode);
  }
  const own = ownNames(fromNode, baseNames);
  const kept: Record<string, unknown> = {};
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) (own.includes(k) ? kept : next)[k] = v;
  store.stash.set(`${key}|${from}`, kept);
  const restored = store.stash.get(`${key}|${to}`);
  Object.assign(next, isObject(restored) ? restored : {});
  // The chosen alternative's constants (its discriminator) are set at once.
  for (const p of toNode.properties) if (p.node.kind === 'const') next[p.name] = p.node.value;
  return next;
}

/** The value a freshly added item starts with: its default, `{}` for objects, `[]` for arrays. */
export function initialValue(node: FieldNode): unknown {
  if (node.default !== undefined) return structuredClone(node.default);
  if (node.kind === 'object') {
    const obj: Record<string, unknown> = {};
    for (const p of node.properties) {
      if (p.node.kind === 'const' && !p.visibleWhen) obj[p.name] = p.node.value;
      else if (p.node.default !== undefined && !p.visibleWhen) obj[p.name] = structuredClone(p.node.default);
    }
    return obj;
  }
  if (node.kind === 'array' || node.kind === 'multi-enum') return [];
  if (node.kind === 'const') return node.value;
  return undefined;
}
