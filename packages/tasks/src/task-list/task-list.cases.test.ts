// A long caseload given as `cases`: the list derives the tasks itself, in slices that leave the page
// responsive, says so while it works, drops a stale run when the cases change and re-derives after the
// host's answer to an action.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deriveTasks, type TaskOverride } from '@ias-kit/core/tasks';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { sampleCases } from '@ias-kit/core/testing';
import './define.js';
import type { IasTaskList } from './task-list.js';
import type { IasTaskCompleteEvent } from './task-list.events.js';

const TODAY = '2026-03-02';
const many = sampleCases(3000, TODAY);
const few = sampleCases(12, TODAY);

const root = (el: IasTaskList) => el.shadowRoot!;
const count = (el: IasTaskList) => root(el).querySelector('[part="count"]')!.textContent!.trim();
const rows = (el: IasTaskList) => [...root(el).querySelectorAll<HTMLElement>('[part~="row"]')];
const loaded = (el: IasTaskList) =>
  waitUntil(() => !el.matches(':state(loading)'), 'derived', { timeout: 20000 });
const total = (cases: typeof few, overrides?: Record<string, TaskOverride>) =>
  deriveTasks({ today: TODAY, cases, overrides }).length;

describe('ias-task-list with cases', () => {
  it('derives in slices, says it is calculating meanwhile, and lets the page render', async () => {
    let frames = 0;
    let on = true;
    const frame = () => {
      frames++;
      if (on) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const el = await fixture<IasTaskList>(
      html`<ias-task-list lang="en" today=${TODAY} .cases=${many}></ias-task-list>`,
    );
    expect(el.matches(':state(loading)'), 'still deriving after the first slice').to.be.true;
    expect(count(el)).to.equal('Calculating tasks …');
    expect(root(el).querySelector('[part="progress"]')).to.exist;
    expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.matches(':state(empty)'), 'not "no tasks" while deriving').to.be.false;
    await loaded(el);
    on = false;
    expect(frames, 'frames rendered while it derived').to.be.greaterThan(1);
    expect(count(el)).to.equal(`1–50 of ${total(many).toLocaleString('en-CH')} tasks`);
    expect(root(el).querySelector('[part="progress"]')).to.be.null;
    expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    // Who each task is for comes from the cases too: birth year and the host's number.
    expect(rows(el)[0]!.getAttribute('aria-label')).to.match(/, born \d{4}, no\. c-\d{5}\./);
    await expectAccessible(el);
  });

  it('drops a stale run when the cases change before it ends', async () => {
    const el = await fixture<IasTaskList>(
      html`<ias-task-list lang="en" today=${TODAY} .cases=${many}></ias-task-list>`,
    );
    expect(el.matches(':state(loading)')).to.be.true;
    el.cases = few;
    await el.updateComplete;
    await loaded(el);
    const shown = `1–${Math.min(50, total(few))} of ${total(few)} tasks`;
    expect(count(el)).to.equal(shown);
    await new Promise((r) => setTimeout(r, 300));
    expect(count(el), 'the first run never shows').to.equal(shown);
    // The loading state is accessible too (checked while a long run goes on).
    el.cases = many;
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.be.true;
    await expectAccessible(el);
  });

  it('takes the host’s answer to "done" as overrides and derives again', async () => {
    const el = await fixture<IasTaskList>(
      html`<ias-task-list lang="en" today=${TODAY} .cases=${few}></ias-task-list>`,
    );
    await loaded(el);
    el.addEventListener('ias-task-complete', (e) => {
      const { taskId } = e as IasTaskCompleteEvent;
      el.overrides = { ...el.overrides, [taskId]: { status: 'erledigt' } };
    });
    const first = rows(el)[0]!;
    const id = first.dataset.id!;
    first.focus();
    await sendKeys({ press: 'd' });
    await el.updateComplete;
    await loaded(el);
    await el.updateComplete;
    expect(rows(el).some((r) => r.dataset.id === id)).to.be.false;
    expect(count(el)).to.contain(`of ${total(few, el.overrides)} tasks`);
  });
});
