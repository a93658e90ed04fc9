/**
 * An Angular standalone component: CUSTOM_ELEMENTS_SCHEMA lets the template use the ias-* tags, `[prop]`
 * bindings set DOM properties, `(ias-change)` listens for the kit's events. `kit-data.json` stands for the
 * vendor's back end: one case and the Kurzassessment template.
 */
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import '@ias-kit/form/define.js';
import '@ias-kit/case/define.js';
import '@ias-kit/timeline/define.js';
import '@ias-kit/tasks/define.js';
import '@ias-kit/plan/define.js';
import type { Case, Provider } from '@ias-kit/core';
import type { IasChangeEvent } from '@ias-kit/ui';
import type { IasCaseChangeEvent } from '@ias-kit/case';
import raw from './kit-data.json';

const data = raw as unknown as { today: string; case: Case; providers: Provider[]; template: object };
const saved: unknown[] = [];
// Read by the vendors' check (.tools/vendors-check.mjs); a real host sends these to its back end.
Object.assign(window, { __ias: { changes: saved } });

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <label>Search (the vendor's own control) <input id="host-input" type="search" /></label>
    <h1 id="person">{{ current().person.firstName }} {{ current().person.officialName }}</h1>
    <!-- user-role: the kit's templates restrict sections by role; without it a restricted form shows a notice. -->
    <ias-form
      [schema]="data.template"
      [value]="{}"
      user-role="case_manager"
      (ias-change)="onFormChange($event)"
    ></ias-form>
    <p>
      Changes saved: <output id="changes">{{ count() }}</output>
    </p>
    <ias-case [case]="current()" [today]="data.today" (ias-case-change)="onCaseChange($event)">
      <ias-timeline></ias-timeline>
      <ias-task-list view="person"></ias-task-list>
      <ias-integration-plan
        [providers]="data.providers"
        [user]="current().responsibleWorker"
        [now]="data.today + 'T09:00:00Z'"
        [today]="data.today"
      ></ias-integration-plan>
    </ias-case>
  `,
})
export class AppComponent {
  protected readonly data = data;
  protected readonly current = signal<Case>(data.case);
  protected readonly count = signal(0);

  protected onFormChange(e: Event) {
    this.save((e as IasChangeEvent).value);
  }
  protected onCaseChange(e: Event) {
    const { case: next } = e as IasCaseChangeEvent;
    this.current.set(next);
    this.save(next);
  }
  private save(value: unknown) {
    saved.push(value);
    this.count.set(saved.length);
  }
}
