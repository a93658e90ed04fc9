/**
 * The base of every `ias-*` event of the kit, so each follows one convention (style.md, rule 5):
 *
 * - one `<name>.events.ts` file per element, beside the element, imported by its `define.ts`;
 * - each event a subclass with a `static readonly eventName` and readonly typed fields (no `detail`):
 *   `el.addEventListener(IasTaskOpenEvent.eventName, (e) => e.task)`;
 * - named `ias-<noun>-<verb>` for what happened (`ias-measure-status-change`);
 * - `bubbles` and `composed`, `cancelable` when a listener may veto the action;
 * - declared in `GlobalEventHandlersEventMap` (which `HTMLElementEventMap` extends) in the same file;
 * - documented on the element as `@event {IasXEvent} ias-x - <when>. Fields: ...`.
 */
export class IasEvent extends Event {
  constructor(type: `ias-${string}`, { cancelable = false }: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}
