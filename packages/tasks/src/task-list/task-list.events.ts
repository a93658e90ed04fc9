import type { ActorRef, CalendarDate } from '@ias-kit/core';
import type { DerivedTask, TaskFilter, TaskGrouping, TaskLink, TaskSort } from '@ias-kit/core/tasks';

const init = { bubbles: true, composed: true } as const;

/** `ias-task-open`: the user wants to open a task; the host navigates to `link`. */
export class IasTaskOpenEvent extends Event {
  static readonly eventName = 'ias-task-open';
  /** The task. */
  readonly task: DerivedTask;
  /** Where to go: the task's link target. */
  readonly link: TaskLink;
  constructor(task: DerivedTask) {
    super(IasTaskOpenEvent.eventName, init);
    this.task = task;
    this.link = task.link;
  }
}

/** `ias-task-done`: the user marked a task done; the host stores it (e.g. as an override by `taskId`). */
export class IasTaskDoneEvent extends Event {
  static readonly eventName = 'ias-task-done';
  /** The task. */
  readonly task: DerivedTask;
  /** The task's stable id. */
  readonly taskId: string;
  constructor(task: DerivedTask) {
    super(IasTaskDoneEvent.eventName, init);
    this.task = task;
    this.taskId = task.id;
  }
}

/** `ias-task-snooze`: the user snoozed a task until a day; the host hides it until then. */
export class IasTaskSnoozeEvent extends Event {
  static readonly eventName = 'ias-task-snooze';
  /** The task. */
  readonly task: DerivedTask;
  /** The task's stable id. */
  readonly taskId: string;
  /** The first day the task shows again (`YYYY-MM-DD`). */
  readonly until: CalendarDate;
  constructor(task: DerivedTask, until: CalendarDate) {
    super(IasTaskSnoozeEvent.eventName, init);
    this.task = task;
    this.taskId = task.id;
    this.until = until;
  }
}

/** `ias-task-reassign`: the user handed a task to another worker. */
export class IasTaskReassignEvent extends Event {
  static readonly eventName = 'ias-task-reassign';
  /** The task. */
  readonly task: DerivedTask;
  /** The task's stable id. */
  readonly taskId: string;
  /** The new assignee. */
  readonly assignee: ActorRef;
  /** The previous assignee, if any. */
  readonly previous: ActorRef | undefined;
  constructor(task: DerivedTask, assignee: ActorRef) {
    super(IasTaskReassignEvent.eventName, init);
    this.task = task;
    this.taskId = task.id;
    this.assignee = assignee;
    this.previous = task.assignee;
  }
}

/** `ias-task-filter-change`: the user changed the filter, grouping or sort; hosts may keep the state. */
export class IasTaskFilterChangeEvent extends Event {
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
    super(IasTaskFilterChangeEvent.eventName, init);
    this.filter = filter;
    this.value = value;
    this.groupBy = groupBy;
    this.sortBy = sortBy;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-task-open': IasTaskOpenEvent;
    'ias-task-done': IasTaskDoneEvent;
    'ias-task-snooze': IasTaskSnoozeEvent;
    'ias-task-reassign': IasTaskReassignEvent;
    'ias-task-filter-change': IasTaskFilterChangeEvent;
  }
}
