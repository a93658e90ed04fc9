import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DerivedTask } from '@ias-kit/core/tasks';
import { IasTaskUndoEvent, type IasTaskActionEvent } from './task-list.events.js';
import type { TaskActionState } from './task-list.types.js';

/** What the live region says, and whether "undo" is on offer. */
export interface ActionNotice {
  kind: 'pending' | 'done' | 'failed' | 'undone';
  event: IasTaskActionEvent;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Runs the task actions of `<ias-task-list>`: shows each change at once as pending, waits for the
 * host's answer (`respondWith`), confirms or reverts, keeps the last action undoable for
 * `undoMs` and dispatches `ias-task-undo` when the user undoes it. The host owns the data; this
 * only holds what the rows show until the host's new `tasks` arrive.
 */
export class TaskActionsController implements ReactiveController {
  /** The state each acted-on task shows, by task id. */
  readonly states = new Map<string, TaskActionState>();
  /** The last notice (for the live region and the undo button). */
  notice?: ActionNotice;
  private undoable?: { event: IasTaskActionEvent; timer: ReturnType<typeof setTimeout> };

  constructor(
    private readonly host: Host,
    private readonly undoMs: () => number,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.undoable) clearTimeout(this.undoable.timer);
    this.undoable = undefined;
  }

  /** Whether the last action can still be undone. */
  get canUndo(): boolean {
    return this.undoable !== undefined;
  }

  /** Dispatches `event` and tracks the host's answer. */
  run(event: IasTaskActionEvent, state: Omit<TaskActionState, 'state' | 'action'> = {}): void {
    this.host.dispatchEvent(event);
    const id = event.taskId;
    const entry: TaskActionState = { action: event.action, state: 'pending', ...state };
    this.states.set(id, entry);
    this.settle(event, entry, () => {
      entry.state = 'done';
      this.offerUndo(event);
    });
  }

  /** Undoes the last action (if still undoable): dispatches `ias-task-undo` and reverts the row. */
  undo(): DerivedTask | undefined {
    const last = this.undoable;
    if (!last) return undefined;
    clearTimeout(last.timer);
    this.undoable = undefined;
    const undo = new IasTaskUndoEvent(last.event.task, last.event.action);
    this.host.dispatchEvent(undo);
    const entry = this.states.get(last.event.taskId);
    if (entry) entry.state = 'pending';
    this.settle(undo, entry, () => this.states.delete(last.event.taskId));
    return last.event.task;
  }

  /** Forgets the rows' states of tasks the host has replaced (called when `tasks` change). */
  forget(present: (id: string) => boolean): void {
    for (const [id, s] of this.states) if (s.state !== 'pending' && !present(id)) this.states.delete(id);
  }

  private settle(event: IasTaskActionEvent, entry: TaskActionState | undefined, ok: () => void): void {
    const answer = event.answer;
    const done = () => {
      ok();
      this.say(event instanceof IasTaskUndoEvent ? 'undone' : 'done', event);
    };
    if (!answer) {
      done();
      return;
    }
    this.say('pending', event);
    answer.then(done, (reason: unknown) => {
      const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
      if (event instanceof IasTaskUndoEvent) {
        // The undo was refused: the action stands.
        if (entry) entry.state = 'done';
      } else if (entry) {
        entry.state = 'failed';
        entry.error = message;
      }
      this.say('failed', event);
    });
  }

  private offerUndo(event: IasTaskActionEvent): void {
    if (this.undoable) clearTimeout(this.undoable.timer);
    const timer = setTimeout(() => {
      this.undoable = undefined;
      this.host.requestUpdate();
    }, this.undoMs());
    this.undoable = { event, timer };
  }

  private say(kind: ActionNotice['kind'], event: IasTaskActionEvent): void {
    this.notice = { kind, event };
    this.host.requestUpdate();
  }
}
