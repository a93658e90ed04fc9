/**
 * Widget registry: a host replaces the control of a field with its own custom element.
 *
 * Register a tag for an `x-ias-widget` name or for a string `format` (key `format:<name>`):
 *
 * ```js
 * import { registerWidget } from '@ias-kit/form';
 * registerWidget('ahv-number', 'acme-ahv-input');      // fields with "x-ias-widget": "ahv-number"
 * registerWidget('format:iban', 'acme-iban-input');    // fields with "format": "iban"
 * ```
 *
 * The contract (properties in, event out):
 * - in: `value` (the field's JSON value or `undefined`), `label` and `description` (localized strings —
 *   the widget labels its own control, because a label cannot point into another shadow root),
 *   `required`, `readonly`, `invalid` (booleans), `errorMessage` (string, empty when valid),
 *   `locale` (`de` | `fr` | `it` | `en`) and `schema` (the field's JSON Schema).
 * - out: the widget dispatches `input` (while editing) or `change` (when committed), and `<ias-form>`
 *   reads its `value` property. Any JSON value is accepted; validation is `<ias-form>`'s job.
 * - focus: `<ias-form>` calls the widget's `focus()` to move focus to it (for example from the error summary).
 */
export class WidgetRegistry {
  private readonly tags = new Map<string, string>();

  /** Registers `tagName` (a defined or soon-defined custom element) for a widget name or `format:<name>`. */
  register(name: string, tagName: string): void {
    if (!/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tagName)) {
      throw new TypeError(`registerWidget: "${tagName}" is not a valid custom element name`);
    }
    this.tags.set(name, tagName);
  }

  unregister(name: string): void {
    this.tags.delete(name);
  }

  /** The tag for a field's widget name, else for its format. */
  lookup(widget: string | undefined, format: string | undefined): string | undefined {
    return (widget && this.tags.get(widget)) || (format && this.tags.get(`format:${format}`)) || undefined;
  }
}

/** The page-wide registry used by every `<ias-form>` unless its `widgets` property names another. */
export const widgetRegistry = new WidgetRegistry();

/** Registers a custom widget page-wide. See `WidgetRegistry` for the contract. */
export function registerWidget(name: string, tagName: string): void {
  widgetRegistry.register(name, tagName);
}
