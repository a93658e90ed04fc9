import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deriveTasks, TASK_REASON_CODES, TASK_RULES, type DerivedTask } from '@ias-kit/core/tasks';
import { LOCALES } from '@ias-kit/core';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import { sampleCases, SAMPLE_WORKERS } from '@ias-kit/core/testing';
import './define.js';
import type { IasTaskList } from './task-list.js';
import type { IasSelect, IasMenu } from '@ias-kit/ui';
import type { IasTaskUndoEvent } from './task-list.events.js';
import {
  IasTaskCompleteEvent,
  IasTaskFilterChangeEvent,
  IasTaskOpenEvent,
  IasTaskReassignEvent,
  IasTaskSnoozeEvent,
} from './task-list.events.js';
import { TASK_LIST_VIEWS } from './task-list.types.js';

const TODAY = '2026-03-02';
const tasks = deriveTasks({ today: TODAY, cases: sampleCases(24, TODAY) });
const few = tasks.slice(0, 8);

const root = (el: IasTaskList) => el.shadowRoot!;
const rows = (el: IasTaskList) => [...root(el).querySelectorAll<HTMLElement>('[part~="row"]')];
const count = (el: IasTaskList) => root(el).querySelector('[part="count"]')!.textContent!.trim();
const select = (el: IasTaskList, name: string) =>
  root(el).querySelector<IasSelect>(`ias-select[name="${name}"]`)!;
const change = async (el: IasTaskList, control: IasSelect) => {
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const lightButton = (el: IasTaskList, light: string) =>
  root(el).querySelector<HTMLElement>(`ias-button[data-light="${light}"]`)!;
/** Opens a row's menu as a mouse user does (its "⋯" button) and returns the open `<ias-menu>`. */
async function openMenu(el: IasTaskList, row: HTMLElement): Promise<IasMenu> {
  const own = row.querySelector<IasMenu>('ias-menu');
  if (own) own.shadowRoot!.querySelector<HTMLElement>('[part="trigger"]')!.click();
  else row.querySelector<HTMLElement>('button[part="actions"]')!.click();
  await el.updateComplete;
  const m = root(el).querySelector<IasMenu>(`[part~="row"][data-index="${row.dataset.index}"] ias-menu`)!;
  await waitUntil(() => m.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'menu open');
  return m;
}
const notice = (el: IasTaskList) =>
  root(el).querySelector('[part="notice"] [role="status"]')!.textContent!.trim();
const list = (t: DerivedTask[], filter = '') =>
  fixture<IasTaskList>(
    html`<ias-task-list lang="en" today=${TODAY} filter=${filter} .tasks=${t}></ias-task-list>`,
  );

describe('ias-task-list', () => {
  it('shows an empty state and is accessible', async () => {
    const el = await list([]);
    expect(root(el).querySelector('.empty')!.textContent).to.equal('No tasks.');
    expect(count(el)).to.equal('0 tasks');
    expect(el.matches(':state(empty)')).to.be.true;
    await expectAccessible(el);
  });

  it('renders each task with light icon and text, title, reason, person and due date', async () => {
    const el = await list(few);
    expect(rows(el)).to.have.length(few.length);
    const first = rows(el)[0]!;
    const light = first.querySelector('ias-status-light')!;
    expect(light.status).to.equal(few[0]!.light);
    await light.updateComplete;
    expect(light.shadowRoot!.querySelector('svg')).to.exist;
    expect(light.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim()).to.equal('Action needed');
    expect(first.getAttribute('aria-label')).to.match(/^Action needed: .+\. .+\. /);
    expect(first.getAttribute('aria-label')).to.contain(few[0]!.personName!);
    const dated = rows(el).find((r) => r.getAttribute('aria-label')!.includes('Due '))!;
    expect(dated.getAttribute('aria-label')).to.match(/Due \d{2}\.\d{2}\.\d{4}/);
    expect(dated.querySelector('.due')!.textContent).to.match(/^\d{2}\.\d{2}\.\d{4}$/);
    await expectAccessible(el);
  });

  it('renders every view accessibly; the team view shows the caseload per worker', async () => {
    for (const view of TASK_LIST_VIEWS) {
      const el = await fixture<IasTaskList>(
        html`<ias-task-list lang="en" .tasks=${few} view=${view}></ias-task-list>`,
      );
      expect(!!root(el).querySelector('[part="caseload"]')).to.equal(view === 'team');
      expect(!!select(el, 'person')).to.equal(view !== 'person');
      expect(!!select(el, 'assignee')).to.equal(view === 'team');
      await expectAccessible(el);
    }
    const el = await fixture<IasTaskList>(
      html`<ias-task-list lang="en" .tasks=${tasks} view="team"></ias-task-list>`,
    );
    const body = [...root(el).querySelectorAll('[part="caseload"] tbody tr')];
    expect(body).to.have.length(SAMPLE_WORKERS.length);
    const anna = body.find((r) => r.textContent!.includes('Anna Fiktiv'))!;
    const cells = [...anna.querySelectorAll('td')].map((c) => Number(c.textContent));
    const annas = tasks.filter((t) => t.assignee?.id === 'w-anna');
    expect(cells).to.deep.equal([annas.length, annas.filter((t) => t.light === 'critical').length, 6]);
    anna.querySelector('ias-button')!.click();
    await el.updateComplete;
    expect(el.getAttribute('filter')).to.equal('assignee=w-anna');
    expect(anna.querySelector('ias-button')!.pressed).to.be.true;
    expect(rows(el).every((r) => r.textContent!.includes('Anna Fiktiv'))).to.be.true;
  });

  it('filters by light, status, person and rule and reflects the filter in an attribute', async () => {
    const el = await list(tasks);
    const reds = tasks.filter((t) => t.light === 'critical').length;
    expect(lightButton(el, 'critical').textContent).to.contain(String(reds));
    setTimeout(() => lightButton(el, 'critical').click());
    const ev = (await oneEvent(el, 'ias-task-filter-change')) as unknown as IasTaskFilterChangeEvent;
    expect(ev).to.be.instanceOf(IasTaskFilterChangeEvent);
    expect(ev.filter).to.equal('light=critical');
    expect(ev.value).to.deep.equal({ light: ['critical'] });
    expect(ev.bubbles && ev.composed).to.be.true;
    await el.updateComplete;
    expect(el.getAttribute('filter')).to.equal('light=critical');
    expect(rows(el)).to.have.length(Math.min(reds, 50));
    expect(rows(el).every((r) => r.classList.contains('critical'))).to.be.true;

    const rule = select(el, 'rule');
    rule.value = 'review';
    await change(el, rule);
    expect(el.filter).to.equal('light=critical&rule=review');
    el.filter = 'rule=education';
    await el.updateComplete;
    expect(rule.value).to.equal('education');
    expect((lightButton(el, 'critical') as HTMLElement & { pressed: boolean }).pressed).to.be.false;
    el.filter = 'light=critical&rule=review';
    await el.updateComplete;
    expect(rule.value).to.equal('review');
    expect(rows(el).every((r) => r.getAttribute('aria-label')!.includes('Review overdue'))).to.be.true;
    await expectAccessible(el);

    el.setAttribute('filter', 'person=p-c-00002&status=offen');
    await el.updateComplete;
    expect(select(el, 'person').value).to.equal('p-c-00002');
    // The person filter lists every person once it is focused (not on first render: it may list thousands).
    const personOptions = () => select(el, 'person').shadowRoot!.querySelectorAll('option');
    const persons = new Set(tasks.map((t) => t.personId)).size;
    expect(personOptions(), 'all + the chosen person').to.have.length(2);
    const chosen = tasks.find((t) => t.personId === 'p-c-00002')!.personName;
    expect(personOptions()[1]!.textContent!.trim()).to.equal(chosen);
    select(el, 'person').focus();
    await el.updateComplete;
    await select(el, 'person').updateComplete;
    expect(personOptions()).to.have.length(1 + persons);
    expect(rows(el)).to.have.length(tasks.filter((t) => t.personId === 'p-c-00002').length);
    root(el).querySelector<HTMLElement>('ias-button.reset')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('filter') ? el.getAttribute('filter') : '').to.equal('');
    expect(root(el).querySelector('.empty')).to.be.null;
  });

  it('says when nothing passes the filter', async () => {
    const el = await list(few, 'rule=education&light=ok');
    expect(root(el).querySelector('.empty')!.textContent).to.equal('No tasks match the filter.');
    await expectAccessible(el);
  });

  it('groups by person and by due week, with headings', async () => {
    const el = await list(few);
    const group = select(el, 'group-by');
    group.value = 'person';
    await change(el, group);
    expect(el.getAttribute('group-by')).to.equal('person');
    const names = [...root(el).querySelectorAll('[part="group"] h3')].map((h) => h.textContent!.trim());
    expect(names.map((n) => n.replace(/ \(\d+\)$/, ''))).to.deep.equal(
      [...new Set(few.map((t) => t.personName!))].sort(),
    );
    expect(root(el).querySelector('.cell.person'), 'no person column when grouped by person').to.be.null;
    await expectAccessible(el);
    el.groupBy = 'week';
    await el.updateComplete;
    const weeks = [...root(el).querySelectorAll('[part="group"] h3')].map((h) => h.textContent!.trim());
    expect(weeks[0]).to.match(/^Week \d+: \d{2}\.\d{2}\.\d{4} – \d{2}\.\d{2}\.\d{4} \(\d+\)$/);
    expect(rows(el)).to.have.length(few.length);
    await expectAccessible(el);
  });

  it('sorts by urgency or by due date', async () => {
    const el = await list(few);
    expect(rows(el)[0]!.classList.contains('critical')).to.be.true;
    el.sortBy = 'due';
    await el.updateComplete;
    const ids = rows(el).map((r) => r.dataset.id);
    const byDue = [...few].sort((a, b) =>
      (a.dueDate ?? '9') < (b.dueDate ?? '9') ? -1 : (a.dueDate ?? '9') > (b.dueDate ?? '9') ? 1 : 0,
    );
    expect(ids.map((id) => few.find((t) => t.id === id)!.dueDate ?? '9')).to.deep.equal(
      byDue.map((t) => t.dueDate ?? '9'),
    );
  });

  it('moves between rows with the keyboard and opens with Enter', async () => {
    const el = await list(few);
    const [first, second] = rows(el);
    expect(first!.tabIndex).to.equal(0);
    expect(second!.tabIndex).to.equal(-1);
    first!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(second);
    expect(second!.tabIndex).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(rows(el).at(-1));
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(first);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = (await oneEvent(el, 'ias-task-open')) as unknown as IasTaskOpenEvent;
    expect(ev).to.be.instanceOf(IasTaskOpenEvent);
    expect(ev.task.id).to.equal(few[0]!.id);
    expect(ev.link).to.deep.equal(few[0]!.link);
  });

  it('builds one menu element per page: the active row’s; another row’s ⋯ button opens it there', async () => {
    const el = await list(few);
    expect(root(el).querySelectorAll('ias-menu')).to.have.length(1);
    expect(rows(el)[0]!.querySelector('ias-menu')).to.exist;
    const button = rows(el)[3]!.querySelector<HTMLElement>('button[part="actions"]')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-label')).to.match(/^Actions: /);
    expect(button.tabIndex).to.equal(-1);
    const m = await openMenu(el, rows(el)[3]!);
    expect(root(el).querySelectorAll('ias-menu')).to.have.length(1);
    expect(rows(el)[3]!.tabIndex, 'row 4 is now the tab stop').to.equal(0);
    expect(rows(el)[0]!.tabIndex).to.equal(-1);
    expect(m.shadowRoot!.activeElement?.getAttribute('role')).to.equal('menuitem');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(m.open).to.be.false;
    await expectAccessible(el);
  });

  it('emits open, complete, snooze and reassign from one menu per row and changes nothing itself', async () => {
    const el = await list(few);
    el.snoozeDays = 14;
    el.undoSeconds = 60;
    await el.updateComplete;
    const task = few[0]!;
    const seen: Event[] = [];
    for (const name of [
      'ias-task-open',
      'ias-task-complete',
      'ias-task-snooze',
      'ias-task-reassign',
    ] as const) {
      document.addEventListener(name, (e) => seen.push(e), { once: true });
    }
    const choose = async (row: HTMLElement, value: string) => {
      const m = await openMenu(el, row);
      const item = m.shadowRoot!.querySelector<HTMLElement>(`[data-value="${value}"]`)!;
      expect(item, value).to.exist;
      item.click();
      await el.updateComplete;
    };
    expect(rows(el)[0]!.querySelectorAll('button, ias-button, select')).to.have.length(0);
    await choose(rows(el)[0]!, 'open');
    await choose(rows(el)[0]!, 'complete');
    const m = await openMenu(el, rows(el)[2]!);
    expect(m.shadowRoot!.querySelector('[data-value="snooze"]')!.textContent).to.contain(
      'Snooze until 16.03.2026',
    );
    m.hide();
    await m.updateComplete;
    await choose(rows(el)[2]!, 'snooze');
    const other = SAMPLE_WORKERS.find((w) => w.id !== few[3]!.assignee?.id)!;
    await choose(rows(el)[3]!, `reassign:${other.id}`);
    const [open, done, snooze, moved] = seen;
    expect(open).to.be.instanceOf(IasTaskOpenEvent);
    expect(done).to.be.instanceOf(IasTaskCompleteEvent);
    expect((done as IasTaskCompleteEvent).taskId).to.equal(task.id);
    expect(snooze).to.be.instanceOf(IasTaskSnoozeEvent);
    expect((snooze as IasTaskSnoozeEvent).until).to.equal('2026-03-16');
    expect(moved).to.be.instanceOf(IasTaskReassignEvent);
    expect((moved as IasTaskReassignEvent).assignee.id).to.equal(other.id);
    expect((moved as IasTaskReassignEvent).previous).to.deep.equal(few[3]!.assignee);
    expect(seen.every((e) => e.bubbles && e.composed)).to.be.true;
    expect(rows(el)).to.have.length(few.length);
    expect(el.tasks[0]).to.equal(task);
    expect(rows(el)[0]!.querySelector('[part="state"]')!.textContent).to.equal('Done');
    expect(rows(el)[3]!.querySelector('[part="state"]')!.textContent).to.equal(
      `Handed over to ${other.name}`,
    );
  });

  it('shows an action as pending until the host confirms, says so when refused, and undoes', async () => {
    const el = await list(few);
    const row = () => rows(el)[1]!;
    let settle!: { ok: (v?: unknown) => void; no: (e: unknown) => void };
    el.addEventListener('ias-task-complete', (e) =>
      e.respondWith(new Promise((ok, no) => (settle = { ok, no }))),
    );
    row().focus();
    await sendKeys({ press: 'd' });
    await el.updateComplete;
    expect(row().getAttribute('aria-busy')).to.equal('true');
    expect(row().querySelector('[part="state"]')!.textContent).to.equal('Saving …');
    expect(notice(el)).to.match(/saving …$/);
    settle.no(new Error('The server is not reachable.'));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(row().hasAttribute('aria-busy')).to.be.false;
    expect(row().querySelector('[part="state"]')!.textContent).to.equal('Not saved');
    expect(notice(el)).to.match(/^Not saved: .+ The server is not reachable\.$/);
    expect(root(el).querySelector('ias-button.undo'), 'nothing to undo after a refusal').to.be.null;
    // Again, confirmed this time; then undone with Z.
    row().focus();
    await sendKeys({ press: 'd' });
    settle.ok();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(row().querySelector('[part="state"]')!.textContent).to.equal('Done');
    expect(notice(el)).to.match(/marked done\.$/);
    expect(root(el).querySelector('ias-button.undo')).to.exist;
    const undo = oneEvent(el, 'ias-task-undo');
    row().focus();
    await sendKeys({ press: 'z' });
    const ev = (await undo) as unknown as IasTaskUndoEvent;
    expect(ev.action).to.equal('complete');
    expect(ev.taskId).to.equal(row().dataset.id);
    await el.updateComplete;
    expect(row().querySelector('[part="state"]')).to.be.null;
    expect(notice(el)).to.match(/^Undone: /);
    expect(root(el).activeElement).to.equal(row());
    await expectAccessible(el);
  });

  it('survives a bad today and unknown option values', async () => {
    const el = await fixture<IasTaskList>(
      html`<ias-task-list
        lang="en"
        today="31.12.2026"
        view="galaxy"
        group-by="moon"
        .tasks=${few}
      ></ias-task-list>`,
    );
    expect(rows(el)).to.have.length(few.length);
    expect(root(el).querySelector('[part="group"]')).to.be.null;
    await expectAccessible(el);
  });

  it('renders 10,000 tasks in pages and stays quick', async () => {
    const many = deriveTasks({ today: TODAY, cases: sampleCases(1500, TODAY) });
    expect(many.length).to.be.greaterThan(4000);
    const big = Array.from({ length: Math.ceil(10000 / many.length) }, (_, i) =>
      many.map((t) => ({ ...t, id: `${t.id}#${i}` })),
    )
      .flat()
      .slice(0, 10000);
    const start = performance.now();
    const el = await list(big);
    const first = performance.now() - start;
    expect(rows(el)).to.have.length(50);
    expect(count(el)).to.match(/^1–50 of 10.?000 tasks$/);
    const next = root(el).querySelector<HTMLElement>('[part="pager"] .next')!;
    next.click();
    await el.updateComplete;
    expect(count(el)).to.match(/^51–100 of/);
    expect(root(el).querySelector('[part="pager"] span')!.textContent).to.equal('Page 2 of 200');
    el.tasks = big.slice(1); // the host re-derives after an action: the page stays
    await el.updateComplete;
    expect(count(el)).to.match(/^51–100 of 9.?999 tasks$/);
    el.sortBy = 'due'; // a new order starts on the first page
    await el.updateComplete;
    expect(count(el)).to.match(/^1–50 of/);
    expect(first).to.be.lessThan(1000);
    await expectAccessible(el);
  });

  it('words every reason and rule in every locale, without leftover placeholders', async () => {
    const base = few[0]!;
    const full = { date: '2026-03-09', days: 2, months: 3, measure: 'Deutsch A2', milestone: 'education' };
    const optional: Record<string, object> = {
      'task-open': {},
      'task-closed': {},
      'measure-outcome-missing': { measure: 'Kurs' },
    };
    const all = TASK_REASON_CODES.flatMap((code, i) =>
      [full, optional[code] ?? full].map((params, j) => ({
        ...base,
        id: `${code}-${j}`,
        rule: TASK_RULES[i % TASK_RULES.length]!,
        reason: { code, params },
      })),
    );
    for (const locale of LOCALES) {
      const el = await fixture<IasTaskList>(
        html`<ias-task-list .locale=${locale} page-size="100" .tasks=${all}></ias-task-list>`,
      );
      const labels = rows(el).map((r) => r.getAttribute('aria-label')!);
      expect(labels).to.have.length(all.length);
      for (const l of labels) expect(l).not.to.match(/\{|\}|undefined|NaN|\.\./);
      expect(labels.some((l) => l.includes('09.03.2026'))).to.be.true;
    }
  });

  it('shows one person without person column, filter or grouping', async () => {
    const mine = tasks.filter((t) => t.personId === 'p-c-00003');
    const el = await fixture<IasTaskList>(
      html`<ias-task-list lang="en" view="person" group-by="person" .tasks=${mine}></ias-task-list>`,
    );
    expect(rows(el)).to.have.length(mine.length);
    expect(root(el).querySelector('.cell.person')).to.be.null;
    expect(select(el, 'group-by').options.map((o) => o.value)).to.deep.equal(['none', 'week']);
    expect(root(el).querySelector('[part="group"]')).to.be.null;
    await expectAccessible(el);
  });

  it('speaks every locale and takes string overrides', async () => {
    const seen: string[] = [];
    await forEachLocale(async (locale) => {
      const el = await fixture<IasTaskList>(
        html`<ias-task-list .locale=${locale} .tasks=${few}></ias-task-list>`,
      );
      seen.push(root(el).querySelector('.lights')!.getAttribute('aria-label')!);
      await expectAccessible(el);
    });
    expect(seen).to.deep.equal(['Ampel', 'Feu', 'Semaforo', 'Traffic light']);
    const el = await fixture<IasTaskList>(
      html`<ias-task-list
        lang="de"
        .tasks=${few}
        .strings=${{ done: 'Abhaken', label: 'Meine Pendenzen' }}
      ></ias-task-list>`,
    );
    const m = await openMenu(el, rows(el)[0]!);
    expect(m.shadowRoot!.querySelector('[data-value="complete"]')!.textContent).to.contain('Abhaken');
    m.hide();
    await m.updateComplete;
    expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Meine Pendenzen');
  });
});
