import { html, type TemplateResult } from 'lit';
import type { Caseload } from '@ias-kit/core/tasks';
import type { TaskListKey } from './task-list.l10n.js';

/** What the caseload table needs from its list. */
export interface CaseloadContext {
  t: (key: TaskListKey, params?: Record<string, string | number>) => string;
  number: (n: number) => string;
  caseload: readonly Caseload[];
  /** The assignee filter's worker ids. */
  selected: readonly string[];
  /** Shows one worker's tasks (`undefined`: everyone's again). */
  show: (workerId: string | undefined) => void;
}

/** The team view's caseload per worker: open tasks, reds and persons; a worker's name filters the list. */
export function renderCaseload(ctx: CaseloadContext): TemplateResult {
  const caption = ctx.t('caseload');
  return html`<div class="scroll" role="region" aria-label=${caption} tabindex="0">
    <table part="caseload">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${ctx.t('worker')}</th>
          <th scope="col">${ctx.t('openTasks')}</th>
          <th scope="col">${ctx.t('critical')}</th>
          <th scope="col">${ctx.t('persons')}</th>
        </tr>
      </thead>
      <tbody>
        ${ctx.caseload.map((c) => {
          const name = c.workerName ?? c.workerId ?? ctx.t('unassigned');
          const id = c.workerId;
          const pressed = id !== undefined && ctx.selected.length === 1 && ctx.selected[0] === id;
          return html`<tr>
            <th scope="row">
              ${
                id === undefined
                  ? name
                  : html`<ias-button
                      size="small"
                      variant="quiet"
                      toggle
                      ?pressed=${pressed}
                      title=${ctx.t('showWorker', { name })}
                      @click=${() => ctx.show(pressed ? undefined : id)}
                      >${name}</ias-button
                    >`
              }
            </th>
            <td>${ctx.number(c.open)}</td>
            <td>${ctx.number(c.critical)}</td>
            <td>${ctx.number(c.persons)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
