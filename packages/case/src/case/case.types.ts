import type { Case } from '@ias-kit/core';

/** The `detail` of `ias-case-change`. */
export interface IasCaseChangeDetail {
  /** The whole updated case. */
  case: Case;
  /** The tag name of the element whose edit changed it, e.g. `ias-integration-plan`. */
  source: string;
}

/** Fired by `<ias-case>` after an element inside changed the case. `bubbles`, `composed`. */
export class IasCaseChangeEvent extends Event {
  static readonly type = 'ias-case-change';
  readonly case: Case;
  readonly source: string;
  constructor(readonly detail: IasCaseChangeDetail) {
    super(IasCaseChangeEvent.type, { bubbles: true, composed: true });
    this.case = detail.case;
    this.source = detail.source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-case-change': IasCaseChangeEvent;
  }
}
