import type { nothing, TemplateResult } from 'lit';
import type { FieldNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';

/**
 * A widget rendered inside the field element: the way every built-in control (text, date, number, select,
 * object, array…) is written, and the way a host can add controls that need the form's own machinery.
 */
export interface FieldWidget {
  /** Field kinds the widget can show; the lookup skips it for other kinds. Any kind when absent. */
  readonly kinds?: readonly FieldNode['kind'][];
  /** The field's content: label, control, help and error (see `parts.ts` for the shared pieces). */
  render(field: IasFormField): TemplateResult | typeof nothing;
}

/** A widget: the tag name of a custom element (the host contract below), or a field widget. */
export type Widget = string | FieldWidget;

/**
 * Widget registry: which control shows a field. The built-in controls are registered here too, so a host
 * can replace any of them (for example every boolean with `kind:boolean`) or add new ones.
 *
 * A field's widget is looked up by these keys, first match wins:
 * 1. its `x-ias-widget` name (`radio`, `yes-no-unknown`, `date`, or a host's own name),
 * 2. `format:<name>` for a string field's `format` (`format:date`, `format:iban`),
 * 3. `kind:<kind>` for its field-model kind (`kind:string`, `kind:object`, `kind:unsupported`…).
 * A registry is searched completely before its parent, so a host's registration always beats a built-in.
 *
 * Register a tag for an `x-ias-widget` name or for a string `format`:
 *
 * ```js
 * import { registerWidget } from '@ias-kit/form';
 * registerWidget('ahv-number', 'acme-ahv-input');      // fields with "x-ias-widget": "ahv-number"
 * registerWidget('format:iban', 'acme-iban-input');    // fields with "format": "iban"
 * ```
 *
 * The contract for a custom element (properties in, event out):
 * - in: `value` (the field's JSON value or `undefined`), `label` and `description` (localized strings —
 *   the widget labels its own control, because a label cannot point into another shadow root),
 *   `required`, `readonly`, `invalid` (booleans), `errorMessage` (string, empty when valid),
 *   `locale` (`de` | `fr` | `it` | `en`) and `schema` (the field's JSON Schema).
 * - out: the widget dispatches `input` (while editing) or `change` (when committed), and `<ias-form>`
 *   reads its `value` property. Any JSON value is accepted; validation is `<ias-form>`'s job.
 * - focus: `<ias-form>` calls the widget's `focus()` to move focus to it (for example from the error summary).
 */
export class WidgetRegistry {
  private readonly widgets = new Map<string, Widget>();

  /** `parent` is searched when this registry has no widget for a field. */
  constructor(readonly parent?: WidgetRegistry) {}

  /** Registers a widget (a custom element's tag name, or a field widget) under a name, `format:` or `kind:` key. */
  register(name: string, widget: Widget): this {
    if (typeof widget === 'string' && !/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(widget)) {
      throw new TypeError(`registerWidget: "${widget}" is not a valid custom element name`);
    }
    this.widgets.set(name, widget);
    return this;
  }

  unregister(name: string): void {
    this.widgets.delete(name);
  }

  /** The widget registered under exactly this key, here or in a parent. */
  get(name: string): Widget | undefined {
    return this.widgets.get(name) ?? this.parent?.get(name);
  }

  /** The widget for a field: by its widget name, then its format, then its kind; then the parent's. */
  lookup(node: FieldNode): Widget | undefined {
    const w = this.widgets;
    const format = node.kind === 'string' ? node.format : undefined;
    return (
      (node.widget === undefined ? undefined : accepts(w.get(node.widget), node)) ??
      (format === undefined ? undefined : accepts(w.get(`format:${format}`), node)) ??
      accepts(w.get(`kind:${node.kind}`), node) ??
      this.parent?.lookup(node)
    );
  }
}

function accepts(widget: Widget | undefined, node: FieldNode): Widget | undefined {
  if (widget === undefined || typeof widget === 'string') return widget;
  return !widget.kinds || widget.kinds.includes(node.kind) ? widget : undefined;
}
