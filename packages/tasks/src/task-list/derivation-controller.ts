import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CalendarDate } from '@ias-kit/core';
import {
  TaskDeriver,
  type DerivedTask,
  type TaskCase,
  type TaskConfig,
  type TaskOverride,
} from '@ias-kit/core/tasks';
import { taskPeople } from './people.js';
import type { TaskPerson } from './task-list.types.js';

/** What `<ias-task-list>` derives its tasks from when the host gives it cases. */
export interface DerivationInput {
  cases: readonly TaskCase[];
  today: CalendarDate;
  overrides?: Readonly<Record<string, TaskOverride>> | undefined;
  config?: Partial<TaskConfig> | undefined;
}

/**
 * Derives the tasks of `<ias-task-list>`'s `cases` off the critical path: `TaskDeriver.deriveAsync`
 * works in slices of a few milliseconds that yield to input and rendering, and derives again only the
 * cases whose object changed since the last run. A new input aborts the run still going, whose result
 * is then never shown; so does disconnecting (reconnecting starts it again). A case with unreadable
 * data is left out, as with `<ias-case>`, so one bad dossier does not empty the cockpit.
 */
export class TaskDerivationController implements ReactiveController {
  /** The tasks of the last finished run. */
  tasks: DerivedTask[] = [];
  /** Counts finished runs: the host re-reads `tasks` when it changed. */
  version = 0;
  /** While a run goes on and has yielded at least once: cases done and cases in all. */
  progress?: { done: number; total: number };

  private readonly deriver = new TaskDeriver();
  private input?: DerivationInput;
  private run?: AbortController;
  private finished = false;
  private byPerson?: Map<string, TaskCase>;
  private readonly people = new Map<string, TaskPerson>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.input && !this.finished && !this.run) this.start(this.input);
  }

  hostDisconnected(): void {
    this.run?.abort();
    this.run = undefined;
    this.progress = undefined;
  }

  /** Derives `input` unless it is the one already derived or deriving; `undefined` forgets the tasks. */
  derive(input: DerivationInput | undefined): void {
    const last = this.input;
    if (
      last &&
      input &&
      last.cases === input.cases &&
      last.today === input.today &&
      last.overrides === input.overrides &&
      last.config === input.config
    )
      return;
    if (!last && !input) return;
    if (last?.cases !== input?.cases) {
      this.byPerson = undefined;
      this.people.clear();
    }
    this.run?.abort();
    this.run = undefined;
    this.progress = undefined;
    this.input = input;
    this.finished = false;
    if (input) this.start(input);
    else this.done([]);
  }

  /** Name, birth year and number of a person of `cases` (looked up when a row first shows them). */
  person(id: string): TaskPerson | undefined {
    const cases = this.input?.cases;
    if (!cases) return undefined;
    let p = this.people.get(id);
    if (p) return p;
    if (!this.byPerson) {
      this.byPerson = new Map();
      for (const k of cases) if (k.person?.id) this.byPerson.set(k.person.id, k);
    }
    const k = this.byPerson.get(id);
    p = k ? taskPeople([k])[id] : undefined;
    if (p) this.people.set(id, p);
    return p;
  }

  private start(input: DerivationInput): void {
    const run = new AbortController();
    this.run = run;
    const { cases, today, overrides, config } = input;
    void this.deriver
      .deriveAsync(
        { today, cases, overrides, config, onCaseError: () => undefined },
        {
          signal: run.signal,
          onProgress: (done, total) => {
            this.progress = { done, total };
            this.host.requestUpdate();
          },
        },
      )
      .then(
        (tasks) => {
          if (this.run === run) this.done(tasks);
        },
        (error: unknown) => {
          if (run.signal.aborted) return;
          this.run = undefined;
          this.progress = undefined;
          this.host.requestUpdate();
          throw error;
        },
      );
  }

  private done(tasks: DerivedTask[]): void {
    this.run = undefined;
    this.finished = true;
    this.progress = undefined;
    this.tasks = tasks;
    this.version++;
    this.host.requestUpdate();
  }
}
