import { IasEvent } from '@ias-kit/ui';
import type { ActorRef, CalendarDate } from '@ias-kit/core';
import type { DerivedTask, TaskFilter, TaskGrouping, TaskLink, TaskSort } from '@ias-kit/core/tasks';
import type { TaskAction } from './task-list.types.js';

/** `ias-task-open`: the user wants to open a task; the host navigates to `link`. */
export class IasTaskOpenEvent extends IasEvent {
  static readonly eventName = 'ias-task-open';
  /** The task. */
  readonly task: DerivedTask;
  /** Where to go: the task's link target. */
  readonly link: TaskLink;
  constructor(task: DerivedTask) {
    super(IasTaskOpenEvent.eventName);
    this.task = task;
    this.link = task.link;
  }
}

/**
 * An action on a task that the host stores. The row shows the change at once as pending; the host
 * answers with `respondWith(promise)`: the row is confirmed when the promise resolves and goes back
 * (with a message saying so) when it rejects. A host that does not call `respondWith` confirms at once.
 */
export abstract class IasTaskActionEvent extends IasEvent {
  /** The task. */
  readonly task: DerivedTask;
  /** The task's stable id. */
  readonly taskId: string;
  /** Which action. */
  abstract readonly action: TaskAction;
  #answer: Promise<unknown> | undefined;
  constructor(type: `ias-task-${string}`, task: DerivedTask) {
    super(type);
    this.task = task;
    this.taskId = task.id;
  }
  /** Tells the list whether the host stored the change: resolve to confirm, reject (with a message) to refuse. */
  respondWith(answer: Promise<unknown> | unknown): void {
    this.#answer = Promise.resolve(answer);
  }
  /** The host's answer, or `undefined` when it gave none (confirmed at once). */
  get answer(): Promise<unknown> | undefined {
    return this.#answer;
  }
}

/** `ias-task-complete`: the user marked a task done; the host stores it (e.g. as `overrides[taskId].status`). */
export class IasTaskCompleteEvent extends IasTaskActionEvent {
  static readonly eventName = 'ias-task-complete';
  readonly action = 'complete' as const;
  constructor(task: DerivedTask) {
    super(IasTaskCompleteEvent.eventName, task);
  }
}

/** `ias-task-snooze`: the user snoozed a task until a day; the host hides it until then. */
export class IasTaskSnoozeEvent extends IasTaskActionEvent {
  static readonly eventName = 'ias-task-snooze';
  readonly action = 'snooze' as const;
  /** The first day the task shows again (`YYYY-MM-DD`). */
  readonly until: CalendarDate;
  constructor(task: DerivedTask, until: CalendarDate) {
    super(IasTaskSnoozeEvent.eventName, task);
    this.until = until;
  }
}

/** `ias-task-reassign`: the user handed a task to another worker. */
export class IasTaskReassignEvent extends IasTaskActionEvent {
  static readonly eventName = 'ias-task-reassign';
  readonly action = 'reassign' as const;
  /** The new assignee. */
  readonly assignee: ActorRef;
  /** The previous assignee, if any. */
  readonly previous: ActorRef | undefined;
  constructor(task: DerivedTask, assignee: ActorRef) {
    super(IasTaskReassignEvent.eventName, task);
    this.assignee = assignee;
    this.previous = task.assignee;
  }
}

/**
 * `ias-task-undo`: the user undid their last action ("Rückgängig") within the undo time; the host
 * restores the task as it was (`task` holds it). Answer with `respondWith` as for the action.
 */
export class IasTaskUndoEvent extends IasTaskActionEvent {
  static readonly eventName = 'ias-task-undo';
  /** The action being undone. */
  readonly action: TaskAction;
  constructor(task: DerivedTask, action: TaskAction) {
    super(IasTaskUndoEvent.eventName, task);
    this.action = action;
  }
}

/** `ias-task-filter-change`: the user changed the filter, grouping or sort; hosts may keep the state. */
export class IasTaskFilterChangeEvent extends IasEvent {
  static readonly eventName = 'ias-task-filter-change';
  /** The filter's string form, as in the `filter` attribute. */
  readonly filter: string;
  /** The parsed filter. */
  readonly value: TaskFilter;
  /** The grouping. */
  readonly groupBy: TaskGrouping;
  /** The sort order. */
  readonly sortBy: TaskSort;
  constructor(filter: string, value: TaskFilter, groupBy: TaskGrouping, sortBy: TaskSort) {
    super(IasTaskFilterChangeEvent.eventName);
    this.filter = filter;
    this.value = value;
    this.groupBy = groupBy;
    this.sortBy = sortBy;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-task-open': IasTaskOpenEvent;
    'ias-task-complete': IasTaskCompleteEvent;
    'ias-task-snooze': IasTaskSnoozeEvent;
    'ias-task-reassign': IasTaskReassignEvent;
    'ias-task-undo': IasTaskUndoEvent;
    'ias-task-filter-change': IasTaskFilterChangeEvent;
  }
}
