import type { Case } from '@ias-kit/core';
import { IasEvent } from '@ias-kit/ui';

/** The fields of `ias-case-change`. */
export interface IasCaseChangeInit {
  /** The whole updated case. */
  case: Case;
  /** The tag name of the element whose edit changed it, e.g. `ias-integration-plan`. */
  source: string;
}

/** `ias-case-change`: an element inside `<ias-case>` changed the case. */
export class IasCaseChangeEvent extends IasEvent implements IasCaseChangeInit {
  static readonly eventName = 'ias-case-change';
  /** The whole updated case. */
  readonly case: Case;
  /** The tag name of the element whose edit changed it, e.g. `ias-integration-plan`. */
  readonly source: string;
  constructor(init: IasCaseChangeInit) {
    super(IasCaseChangeEvent.eventName);
    this.case = init.case;
    this.source = init.source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-case-change': IasCaseChangeEvent;
  }
}
