import type { DocumentRef, MeasureStatus } from '@ias-kit/core';
import type { FieldError } from '@ias-kit/core/schema';
import { IasChangeEvent, IasEvent } from '@ias-kit/ui';
import type { AttachTarget, PlanMeasure, PlanValue } from './integration-plan.types.js';

/**
 * `ias-change` after every edit: the whole new plan (unknown properties included, change log
 * appended), whether it is valid and its errors. The same event class as `<ias-form>`'s, so one
 * listener handles both; `warnings` are findings that do not make the plan invalid.
 */
export class IasPlanChangeEvent extends IasChangeEvent {
  declare readonly value: PlanValue;
  /** Findings that do not block (overlaps, a full offer, an unknown provider, …). */
  readonly warnings: FieldError[];
  constructor(value: PlanValue, valid: boolean, errors: FieldError[], warnings: FieldError[]) {
    super({ value, valid, errors });
    this.warnings = warnings;
  }
}

/**
 * `ias-document-attach`: the user dropped or chose a file for a goal or measure. The element uploads nothing:
 * the host stores the file and answers with `respondWith(ref)` (a `DocumentRef` or a promise of one),
 * which the element appends to the target's `documents` (and to the change log).
 */
export class IasDocumentAttachEvent extends IasEvent {
  static readonly eventName = 'ias-document-attach';
  /** The file the user chose. */
  readonly file: File;
  /** The goal or measure it belongs to (named `attachTo` because `target` is the event's own). */
  readonly attachTo: AttachTarget;
  #respond: (ref: DocumentRef | Promise<DocumentRef>) => void;
  constructor(file: File, target: AttachTarget, respond: (ref: DocumentRef | Promise<DocumentRef>) => void) {
    super(IasDocumentAttachEvent.eventName);
    this.file = file;
    this.attachTo = target;
    this.#respond = respond;
  }
  /** Stores `ref` (or what the promise resolves to) as a document of the target. */
  respondWith(ref: DocumentRef | Promise<DocumentRef>): void {
    this.#respond(ref);
  }
}

/**
 * `ias-measure-status-change`: the user changed a measure's status (only along `MEASURE_STATUS_TRANSITIONS`).
 * Cancelable: `preventDefault()` keeps the old status.
 */
export class IasMeasureStatusChangeEvent extends IasEvent {
  static readonly eventName = 'ias-measure-status-change';
  /** The measure before the change. */
  readonly measure: PlanMeasure;
  /** JSON pointer of the measure, e.g. `/measures/0`. */
  readonly pointer: string;
  /** The old status. */
  readonly from: MeasureStatus;
  /** The new status. */
  readonly to: MeasureStatus;
  constructor(measure: PlanMeasure, pointer: string, to: MeasureStatus) {
    super(IasMeasureStatusChangeEvent.eventName, { cancelable: true });
    this.measure = measure;
    this.pointer = pointer;
    this.from = measure.status;
    this.to = to;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-document-attach': IasDocumentAttachEvent;
    'ias-measure-status-change': IasMeasureStatusChangeEvent;
  }
}
