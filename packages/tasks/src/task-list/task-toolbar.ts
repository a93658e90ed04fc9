import { html, nothing, type TemplateResult } from 'lit';
import { TASK_STATUSES, type ActorRef } from '@ias-kit/core';
import {
  TASK_RULES,
  TRAFFIC_LIGHTS,
  type TaskFilter,
  type TaskFilterKey,
  type TrafficLight,
} from '@ias-kit/core/tasks';
import type { SelectOption } from '@ias-kit/ui';
import type { TaskListKey } from './task-list.l10n.js';
import {
  TASK_GROUPINGS,
  TASK_SORTS,
  type TaskGrouping,
  type TaskListView,
  type TaskSort,
} from './task-list.types.js';

type Params = Record<string, string | number>;

/** What the toolbar needs from its list. */
export interface ToolbarContext {
  t: (key: TaskListKey, params?: Params) => string;
  number: (n: number) => string;
  locale: string;
  view: TaskListView;
  filter: TaskFilter;
  filterText: string;
  groupBy: TaskGrouping;
  sortBy: TaskSort;
  /** Tasks per light among those passing every filter but the light filter. */
  lightCounts: Record<TrafficLight, number>;
  /** The person filter's options, "all" first: all persons once wanted, else "all" and the chosen one. */
  persons: SelectOption[];
  /** The person filter was focused: build its full option list (deferred, as it may list thousands). */
  wantPersons: () => void;
  assignees: readonly ActorRef[];
  setFilter: (key: TaskFilterKey, values: string[]) => void;
  setGroupBy: (g: TaskGrouping) => void;
  setSortBy: (s: TaskSort) => void;
  reset: () => void;
}

function filterSelect(
  ctx: ToolbarContext,
  key: TaskFilterKey,
  label: string,
  options: readonly SelectOption[],
  focus?: () => void,
): TemplateResult {
  const current = ctx.filter[key] ?? [];
  return html`<ias-select
    name=${key}
    size="small"
    label=${label}
    .value=${current.length === 1 ? current[0]! : ''}
    .options=${focus ? options : [{ value: '', label: ctx.t('all') }, ...options]}
    @focusin=${focus}
    @pointerdown=${focus}
    @change=${(e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      ctx.setFilter(key, v ? [v] : []);
    }}
  ></ias-select>`;
}

/**
 * Counts per light as toggle buttons (the light filter), then status, assignee (team), person and
 * rule filters, grouping, sort and reset: the kit's button and select, all 24 px targets.
 */
export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const lights = ctx.filter.light ?? [];
  const groupings = TASK_GROUPINGS.filter((g) => g !== 'person' || ctx.view !== 'person');
  const groupKey = { none: 'groupNone', person: 'groupPerson', week: 'groupWeek' } as const;
  return html`<div part="toolbar" role="group" aria-label=${ctx.t('filters')}>
    <div class="lights" role="group" aria-label=${ctx.t('filterLight')}>
      ${[...TRAFFIC_LIGHTS].reverse().map((l) => {
        const on = lights.includes(l);
        return html`<ias-button
          class="light-filter"
          data-light=${l}
          size="small"
          toggle
          ?pressed=${on}
          @click=${() => ctx.setFilter('light', on ? lights.filter((x) => x !== l) : [...lights, l])}
          ><ias-status-light .status=${l} .locale=${ctx.locale}></ias-status-light
          ><span class="n">${ctx.number(ctx.lightCounts[l])}</span></ias-button
        >`;
      })}
    </div>
    ${filterSelect(
      ctx,
      'status',
      ctx.t('filterStatus'),
      TASK_STATUSES.map((s) => ({ value: s, label: ctx.t(`status-${s}`) })),
    )}
    ${
      ctx.view === 'team'
        ? filterSelect(
            ctx,
            'assignee',
            ctx.t('filterAssignee'),
            ctx.assignees.map((a) => ({ value: a.id, label: a.name ?? a.id })),
          )
        : nothing
    }
    ${
      ctx.view !== 'person'
        ? filterSelect(ctx, 'person', ctx.t('filterPerson'), ctx.persons, ctx.wantPersons)
        : nothing
    }
    ${filterSelect(
      ctx,
      'rule',
      ctx.t('filterRule'),
      TASK_RULES.map((r) => ({ value: r, label: ctx.t(`rule-${r}`) })),
    )}
    <ias-select
      name="group-by"
      size="small"
      label=${ctx.t('groupBy')}
      .value=${ctx.groupBy}
      .options=${groupings.map((g) => ({ value: g, label: ctx.t(groupKey[g]) }))}
      @change=${(e: Event) => ctx.setGroupBy((e.target as HTMLSelectElement).value as TaskGrouping)}
    ></ias-select>
    <ias-select
      name="sort-by"
      size="small"
      label=${ctx.t('sortBy')}
      .value=${ctx.sortBy}
      .options=${TASK_SORTS.map((s) => ({ value: s, label: ctx.t(s === 'due' ? 'sortDue' : 'sortUrgency') }))}
      @change=${(e: Event) => ctx.setSortBy((e.target as HTMLSelectElement).value as TaskSort)}
    ></ias-select>
    <ias-button class="reset" size="small" variant="quiet" ?disabled=${!ctx.filterText} @click=${ctx.reset}
      >${ctx.t('reset')}</ias-button
    >
  </div>`;
}
