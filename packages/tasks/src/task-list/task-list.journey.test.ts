// Keyboard journeys through the cockpit, as a case worker does them: no mouse, real key presses
// (sendKeys) in Chromium and Firefox, asserting where focus is, what the live region says and which
// events the host receives.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deriveTasks } from '@ias-kit/core/tasks';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { sampleCases, SAMPLE_WORKERS } from '@ias-kit/core/testing';
import './define.js';
import type { IasTaskActionEvent, IasTaskReassignEvent, IasTaskSnoozeEvent } from './task-list.events.js';
import { taskPeople } from './people.js';

const TODAY = '2026-03-02';
const cases = sampleCases(120, TODAY);
const tasks = deriveTasks({ today: TODAY, cases });

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
/** The list row holding `e`, crossing the shadow root of a row's menu or button. */
function rowOf(e: Element | null): HTMLElement | null {
  for (let n: Element | null = e; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null) {
    if (n.matches('[part~="row"]')) return n as HTMLElement;
    if (n.localName === 'ias-task-list') return null;
  }
  return null;
}
const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const press = async (key: string) => {
  await sendKeys({ press: key });
  await settle();
};

async function cockpit() {
  const wrap = await fixture<HTMLElement>(
    html`<div>
      <input aria-label="Before" />
      <ias-task-list
        lang="de"
        today=${TODAY}
        .tasks=${tasks}
        .people=${taskPeople(cases)}
        .workers=${[...SAMPLE_WORKERS]}
      ></ias-task-list>
      <input aria-label="After" />
    </div>`,
  );
  const el = wrap.querySelector('ias-task-list')!;
  const events: IasTaskActionEvent[] = [];
  for (const type of ['ias-task-complete', 'ias-task-snooze', 'ias-task-reassign', 'ias-task-undo'])
    el.addEventListener(type, (e) => events.push(e as IasTaskActionEvent));
  const live = () => el.shadowRoot!.querySelector('[part="notice"] [role="status"]')!.textContent!.trim();
  return { wrap, el, events, live };
}

describe('ias-task-list keyboard journeys', () => {
  it('finds the reddest task, marks it done, undoes it, snoozes another and reassigns a third', async () => {
    const { wrap, el, events, live } = await cockpit();
    wrap.querySelector('input')!.focus();
    // Tab into the toolbar: the first stop is the "Handlungsbedarf" count; Enter shows only the reds.
    await press('Tab');
    const host = (deepActive()!.getRootNode() as ShadowRoot).host as HTMLElement;
    expect(host.localName).to.equal('ias-button');
    expect(host.dataset.light).to.equal('critical');
    await press('Enter');
    expect(el.filter).to.equal('light=critical');
    // Tab on to the list: the first row (red, most urgent) is one stop; count the stops on the way.
    let stops = 1;
    while (!rowOf(deepActive()) && stops < 40) {
      await press('Tab');
      stops++;
    }
    const first = rowOf(deepActive())!;
    expect(first, 'a row takes focus').to.exist;
    expect(first.dataset.index).to.equal('0');
    expect(first.classList.contains('critical')).to.be.true;
    const reddest = first.dataset.id!;

    // Done with D: the row says so at once, the live region too, focus stays.
    await press('d');
    expect(events.at(-1)!.type).to.equal('ias-task-complete');
    expect(events.at(-1)!.taskId).to.equal(reddest);
    expect(live()).to.match(/als erledigt markiert\.$/);
    expect(rowOf(deepActive())?.dataset.id).to.equal(reddest);
    expect(rowOf(deepActive())!.querySelector('[part="state"]')!.textContent).to.equal('Erledigt');

    // Undo with Z.
    await press('z');
    expect(events.at(-1)!.type).to.equal('ias-task-undo');
    expect(events.at(-1)!.taskId).to.equal(reddest);
    expect(live()).to.match(/^Rückgängig gemacht: /);
    expect(rowOf(deepActive())?.dataset.id).to.equal(reddest);
    expect(rowOf(deepActive())!.querySelector('[part="state"]')).to.be.null;

    // Snooze the next one with S.
    await press('ArrowDown');
    const second = rowOf(deepActive())!.dataset.id!;
    expect(second).not.to.equal(reddest);
    await press('s');
    const snooze = events.at(-1) as IasTaskSnoozeEvent;
    expect(snooze.type).to.equal('ias-task-snooze');
    expect(snooze.taskId).to.equal(second);
    expect(snooze.until).to.equal('2026-03-09');
    expect(live()).to.contain('zurückgestellt bis 09.03.2026');

    // Reassign a third through its menu: M opens it on the first item, End goes to the last worker.
    await press('ArrowDown');
    const third = rowOf(deepActive())!;
    await press('m');
    expect(deepActive()?.getAttribute('role')).to.equal('menuitem');
    await press('End');
    const worker = deepActive()!.textContent!.trim();
    await press('Enter');
    const moved = events.at(-1) as IasTaskReassignEvent;
    expect(moved.type).to.equal('ias-task-reassign');
    expect(moved.taskId).to.equal(third.dataset.id);
    expect(moved.assignee.name).to.equal(worker);
    expect(live()).to.contain(`an ${worker} übergeben`);
    expect(rowOf(deepActive())?.dataset.id, 'focus back on the row’s menu').to.equal(third.dataset.id);
    expect(events.map((e) => e.type)).to.deep.equal([
      'ias-task-complete',
      'ias-task-undo',
      'ias-task-snooze',
      'ias-task-reassign',
    ]);
    await expectAccessible(el);
  });

  it('has fewer than 30 tab stops from the toolbar to the last row of a page', async () => {
    const { wrap, el } = await cockpit();
    expect(el.shadowRoot!.querySelectorAll('[part~="row"]')).to.have.length(50);
    wrap.querySelector('input')!.focus();
    let stops = 0;
    let lastRowReached = false;
    for (; stops < 60; stops++) {
      await sendKeys({ press: 'Tab' });
      const a = deepActive();
      if (a === wrap.querySelectorAll('input')[1]) break;
      if (rowOf(a)) lastRowReached ||= true;
    }
    expect(lastRowReached).to.be.true;
    expect(stops, 'tab stops inside the list').to.be.lessThan(30);
    // …and the last row of the page is one End away from the first.
    wrap.querySelector('input')!.focus();
    while (!rowOf(deepActive())) await sendKeys({ press: 'Tab' });
    await press('End');
    expect(rowOf(deepActive())!.dataset.index).to.equal('49');
  });
});
