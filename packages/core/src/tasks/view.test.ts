import { describe, expect, it } from 'vitest';
import { sampleCases } from '../testing/task-cases.js';
import { deriveTasks } from './rules.js';
import type { DerivedTask } from './types.js';
import {
  caseloadByWorker,
  compareByDue,
  filterTasks,
  formatTaskFilter,
  groupTasks,
  isoWeek,
  parseTaskFilter,
  sortTasks,
} from './view.js';

const tasks = deriveTasks({ today: '2026-03-02', cases: sampleCases(40, '2026-03-02') });

describe('task filters', () => {
  it('round-trip through their string form and drop unknown values', () => {
    const f = parseTaskFilter('light=critical,warn&rule=review&assignee=w%2C1&bogus=1&status=nope');
    expect(f).toEqual({ light: ['critical', 'warn'], rule: ['review'], assignee: ['w,1'] });
    expect(formatTaskFilter(f)).toBe('light=critical,warn&assignee=w%2C1&rule=review');
    expect(parseTaskFilter(formatTaskFilter(f))).toEqual(f);
    expect(parseTaskFilter(null)).toEqual({});
    expect(parseTaskFilter('person=%E0%A4%A')).toEqual({});
  });
  it('keep the tasks that pass every dimension', () => {
    const f = filterTasks(tasks, { light: ['critical'], assignee: ['w-anna'] });
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((t) => t.light === 'critical' && t.assignee?.id === 'w-anna')).toBe(true);
    expect(filterTasks(tasks, {})).toEqual(tasks);
    expect(filterTasks(tasks, { person: ['p-c-00001'], rule: ['task'] }).map((t) => t.id)).toEqual([
      'task:c-00001:t-c-00001',
    ]);
  });
});

describe('sorting and grouping', () => {
  it('sorts by due date with undated tasks last', () => {
    const s = sortTasks(tasks, 'due');
    const dated = s.filter((t) => t.dueDate).map((t) => t.dueDate!);
    expect(dated).toEqual([...dated].sort());
    expect(s.slice(dated.length).every((t) => !t.dueDate)).toBe(true);
    expect([...s].sort(compareByDue)).toEqual(s);
  });
  it('computes ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toEqual({
      key: '2026-W01',
      year: 2026,
      week: 1,
      start: '2025-12-29',
      end: '2026-01-04',
    });
    expect(isoWeek('2027-01-03').key).toBe('2026-W53');
    expect(isoWeek('2024-12-30').key).toBe('2025-W01');
    expect(isoWeek('2026-03-02')).toMatchObject({ week: 10, start: '2026-03-02', end: '2026-03-08' });
  });
  it('groups by week (no due date last) and by person (by name)', () => {
    const undated: DerivedTask = {
      ...tasks[0]!,
      id: 'u',
      dueDate: undefined,
      personId: undefined,
      personName: undefined,
    };
    const weeks = groupTasks([undated, ...tasks], 'week');
    expect(weeks.at(-1)!.key).toBe('');
    const keys = weeks.slice(0, -1).map((g) => g.key);
    expect(keys).toEqual([...keys].sort());
    expect(weeks.reduce((n, g) => n + g.tasks.length, 0)).toBe(tasks.length + 1);
    const people = groupTasks([undated, ...tasks], 'person');
    const labels = people.slice(0, -1).map((g) => g.label!);
    expect(labels).toEqual([...labels].sort());
    expect(people.at(-1)!.tasks).toEqual([undated]);
  });
});

describe('caseload', () => {
  it('counts open tasks, reds and persons per worker', () => {
    const load = caseloadByWorker(tasks);
    expect(load.map((c) => c.workerId).sort()).toEqual(['w-anna', 'w-chloe', 'w-luca', 'w-marco']);
    expect(load.reduce((n, c) => n + c.open, 0)).toBe(tasks.length);
    const anna = load.find((c) => c.workerId === 'w-anna')!;
    expect(anna.critical).toBe(
      tasks.filter((t) => t.assignee?.id === 'w-anna' && t.light === 'critical').length,
    );
    expect(anna.persons).toBe(10);
    expect(load.map((c) => c.critical)).toEqual([...load.map((c) => c.critical)].sort((a, b) => b - a));
  });
  it('lists unassigned tasks last and skips closed ones', () => {
    const t = tasks[0]!;
    const load = caseloadByWorker([{ ...t, assignee: undefined }, { ...t, status: 'erledigt' }, t]);
    expect(load).toEqual([
      {
        workerId: t.assignee!.id,
        workerName: t.assignee!.name,
        open: 1,
        critical: t.light === 'critical' ? 1 : 0,
        persons: 1,
      },
      {
        workerId: undefined,
        workerName: undefined,
        open: 1,
        critical: t.light === 'critical' ? 1 : 0,
        persons: 1,
      },
    ]);
  });
});
