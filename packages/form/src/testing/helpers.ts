/* Test helpers for <ias-form>: reach into nested shadow roots the way a user's assistive tech does. */
import { fixture, html } from '@open-wc/testing';
import type { IasForm } from '../form/form.js';
import '../form/define.js';
import type { IasFormField } from '../field/field.js';

/** All elements matching `selector` in `root` and every shadow root below it. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const out: T[] = [];
  const visit = (node: Element | ShadowRoot) => {
    node.querySelectorAll<T>(selector).forEach((e) => out.push(e));
    node.querySelectorAll('*').forEach((e) => e.shadowRoot && visit(e.shadowRoot));
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
  };
  visit(root);
  return [...new Set(out)];
}

export function deepQuery<T extends Element = Element>(
  root: Element | ShadowRoot,
  selector: string,
): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

/** The field element rendering the value at `pointer` (the innermost when several share it). */
export function fieldAt(form: IasForm, pointer: string): IasFormField {
  const all = deepQueryAll<IasFormField>(form, 'ias-form-field').filter((f) => f.pointer === pointer);
  const f = all[all.length - 1];
  if (!f) throw new Error(`no field at ${pointer}`);
  return f;
}

/** The native control of the field at `pointer`. */
export function controlAt<T extends HTMLElement = HTMLInputElement>(form: IasForm, pointer: string): T {
  const root = fieldAt(form, pointer).shadowRoot!;
  // A field shown by a kit control (date, picker) has its native control in that control's shadow root.
  const c =
    root.querySelector<T>('#c') ?? root.querySelector('[data-widget]')?.shadowRoot?.querySelector<T>('#c');
  if (!c) throw new Error(`no control at ${pointer}`);
  return c;
}

/** Text of the label of the field at `pointer`. */
export function labelAt(form: IasForm, pointer: string): string {
  const root = fieldAt(form, pointer).shadowRoot!;
  const inner = root.querySelector('[data-widget]')?.shadowRoot;
  return ((inner ?? root).querySelector('label[for="c"], legend')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The error text shown for the field at `pointer` ('' when none). */
export function errorAt(form: IasForm, pointer: string): string {
  const root = fieldAt(form, pointer).shadowRoot!;
  const error =
    root.querySelector('#error') ?? root.querySelector('[data-widget]')?.shadowRoot?.querySelector('#error');
  return (error?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Types `text` into a control as a user would (value + input event), then waits for rendering. */
export async function type(form: IasForm, pointer: string, text: string): Promise<void> {
  const c = controlAt<HTMLInputElement>(form, pointer);
  c.focus();
  c.value = text;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(form);
}

/** Leaves the field (blur), so its messages may show. */
export async function leave(form: IasForm, pointer: string): Promise<void> {
  const c = controlAt(form, pointer);
  c.dispatchEvent(new FocusEvent('blur'));
  c.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await settle(form);
}

/** Waits until the form and all its fields finished rendering. */
export async function settle(form: IasForm): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await form.updateComplete;
    await Promise.all(deepQueryAll<IasFormField>(form, 'ias-form-field').map((f) => f.updateComplete));
  }
}

/** The deepest focused element, across shadow roots. */
export function deepActiveElement(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Mounts an `<ias-form>` with `schema` and `value` and waits until it is ready. */
export async function mount(
  schema: unknown,
  value?: unknown,
  attrs: { locale?: string; role?: string } = {},
) {
  const el = await fixture<IasForm>(
    html`<ias-form
      .schema=${schema}
      .value=${value}
      .locale=${attrs.locale}
      .userRole=${attrs.role ?? null}
    ></ias-form>`,
  );
  await settle(el);
  return el;
}
