import type { CalendarDate, Case, Provider } from '@ias-kit/core';
import type { LocalizeController } from '@ias-kit/ui';
import type { FieldKind, ListName } from '../model/inputs.js';
import type { PlanKey } from './integration-plan.l10n.js';
import type { AttachTarget, PlanIssue, PlanValue } from './integration-plan.types.js';

/**
 * What the section renderers of `<ias-integration-plan>` read and call: the element builds one per render.
 * The renderers only draw; every edit goes back to the element through `edit`.
 */
export interface PlanView {
  /** The plan being edited. */
  readonly plan: PlanValue;
  /** No control edits anything. */
  readonly readonly: boolean;
  readonly l10n: LocalizeController<PlanKey>;
  /** The current findings, and the same by the pointer of the value at fault. */
  readonly issues: readonly PlanIssue[];
  readonly issuesByPointer: ReadonlyMap<string, readonly PlanIssue[]>;
  readonly providers: readonly Provider[];
  /** The reference day, the person's entry date and case (for the time strip). */
  readonly today?: CalendarDate;
  readonly entryDate?: CalendarDate;
  readonly case?: Case;
  /** Whether the goal, measure or review with this id is shown expanded. */
  isOpen(id: string): boolean;
  readonly edit: PlanEdits;
}

/** The edits a view asks the element for (each one logged, undoable and reported with `ias-change`). */
export interface PlanEdits {
  /** Sets (or with `undefined` removes) the value at `pointer`. */
  set(pointer: string, value: unknown): void;
  /** The user typed `raw` into the field of `kind` at `pointer`. */
  text(pointer: string, kind: FieldKind, raw: string): void;
  /** The user typed the names of the actors at `pointer`. */
  actors(pointer: string, text: string): void;
  /** Adds an empty goal, measure or review at the end of `list`, open, and focuses its first field. */
  add(list: ListName): void;
  /** Records consent (signed today) where there was none. */
  addConsent(): void;
  /** Adds a data-sharing recipient (consented today). */
  addRecipient(): void;
  /** Removes the item at `pointer` (named `name` in the announcement and the undo button). */
  remove(pointer: string, name: string): void;
  /** Moves item `from` of the array at pointer `list` to `to`. */
  move(list: string, from: number, to: number, direction: 'up' | 'down'): void;
  /** The user chose another status for measure `index` in `select` (vetoable by the host). */
  status(index: number, select: HTMLSelectElement): void;
  /** The user chose provider `id` (or none) for measure `index`. */
  provider(index: number, id: string): void;
  /** The user chose offer `offerId` (or none) for measure `index`. */
  offer(index: number, offerId: string): void;
  /** The user chose or dropped files for a goal or measure. */
  attach(target: AttachTarget, files: FileList | null | undefined): void;
  /** Opens and focuses measure `id` (chosen on the time strip). */
  showMeasure(id: string): void;
}
