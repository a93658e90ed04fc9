import type { StatusExit } from '@ias-kit/core';
import { IasEvent } from '@ias-kit/ui';

/**
 * `ias-case-exit`: the user confirmed an exit in `<ias-case-header>`'s exit control ("Austritt
 * erfassen"). An enclosing `<ias-case>` records it in the status history (`recordStatusEntry`) and
 * emits `ias-case-change`; without one, the host records it and sets the header's `case` anew.
 * Cancelable: a listener that cannot record the exit calls `preventDefault()`, and the header keeps the
 * form open and says that the exit was not recorded.
 */
export class IasCaseExitEvent extends IasEvent {
  static readonly eventName = 'ias-case-exit';
  /** The dated exit, a core `StatusExit`: `exit` (reason), `validFrom` (`YYYY-MM-DD`), `canton` for a move. */
  readonly exit: StatusExit;
  /** The id of the case the exit belongs to. */
  readonly caseId: string;
  constructor(exit: StatusExit, caseId: string) {
    super(IasCaseExitEvent.eventName, { cancelable: true });
    this.exit = exit;
    this.caseId = caseId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-case-exit': IasCaseExitEvent;
  }
}
