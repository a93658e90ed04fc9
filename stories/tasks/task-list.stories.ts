import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { deriveTasks, TASK_GROUPINGS, TASK_SORTS, type DerivedTask } from '@ias-kit/core/tasks';
import { LOCALES } from '@ias-kit/core';
import {
  TASK_LIST_VIEWS,
  taskPeople,
  type TaskGrouping,
  type TaskListView,
  type TaskSort,
} from '@ias-kit/tasks';
import '@ias-kit/tasks/define.js';
// Invented people only: the sample generator of the core task rules.
import { sampleCases, SAMPLE_WORKERS } from '@ias-kit/core/testing';

const TODAY = '2026-03-02';
const anna = SAMPLE_WORKERS[0]!;
const derive = (n: number, workers = SAMPLE_WORKERS) =>
  deriveTasks({ today: TODAY, cases: sampleCases(n, TODAY, workers) });
// Who each task is for (name, birth year, number), from the largest sample set; smaller sets are its prefix.
const people = taskPeople(sampleCases(400, TODAY));

type Args = {
  tasks: DerivedTask[];
  view: TaskListView;
  groupBy: TaskGrouping;
  sortBy: TaskSort;
  filter: string;
  locale?: string;
  pageSize: number;
};

const meta: Meta<Args> = {
  title: 'Components/Tasks/Task list',
  component: 'ias-task-list',
  argTypes: {
    view: { control: 'inline-radio', options: [...TASK_LIST_VIEWS] },
    groupBy: { control: 'inline-radio', options: [...TASK_GROUPINGS] },
    sortBy: { control: 'inline-radio', options: [...TASK_SORTS] },
    filter: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, ...LOCALES] },
    pageSize: { control: { type: 'number', min: 5, max: 200 } },
    tasks: { control: false },
  },
  args: { tasks: [], view: 'worker', groupBy: 'none', sortBy: 'urgency', filter: '', pageSize: 50 },
  parameters: {
    actions: {
      handles: [
        'ias-task-open',
        'ias-task-complete',
        'ias-task-undo',
        'ias-task-snooze',
        'ias-task-reassign',
        'ias-task-filter-change',
      ],
    },
  },
  render: (a) =>
    html`<ias-task-list
      .tasks=${a.tasks}
      view=${a.view}
      group-by=${a.groupBy}
      sort-by=${a.sortBy}
      filter=${a.filter}
      today=${TODAY}
      page-size=${a.pageSize}
      .locale=${a.locale}
      .workers=${SAMPLE_WORKERS}
      .people=${people}
    ></ias-task-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No tasks at all. */
export const Empty: Story = {};

/** One worker's normal week: about a dozen clients, grouped by due week. */
export const NormalWeek: Story = { args: { tasks: derive(12, [anna]), groupBy: 'week', sortBy: 'due' } };

/** An overloaded worker: 400 clients, thousands of tasks, in pages; red first. */
export const OverloadedWorker: Story = { args: { tasks: derive(400, [anna]) } };

/** A team: the caseload per worker above the list; click a worker to filter. */
export const TeamView: Story = { args: { tasks: derive(60), view: 'team' } };

/** One person's tasks. */
export const OnePerson: Story = {
  args: { tasks: derive(12).filter((t) => t.personId === 'p-c-00003'), view: 'person' },
};

/** A kept filter: only red review and outcome tasks, grouped by person. */
export const Filtered: Story = {
  args: { tasks: derive(40), filter: 'light=critical&rule=review', groupBy: 'person' },
};

/** Every locale: de, fr, it, en. */
export const EveryLocale: Story = {
  args: { tasks: derive(3, [anna]) },
  render: (a) =>
    html`<div style="display:grid;gap:2rem">
      ${LOCALES.map(
        (locale) =>
          html`<section lang=${locale}>
            <ias-task-list
              .tasks=${a.tasks}
              today=${TODAY}
              page-size="4"
              .workers=${SAMPLE_WORKERS}
            ></ias-task-list>
          </section>`,
      )}
    </div>`,
};
