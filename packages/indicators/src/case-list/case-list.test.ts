import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { HAND_AT, HAND_COHORT, sampleIndicatorRecords } from '@ias-kit/core/testing';
import { caseListRows } from '../core.js';
import {
  IasCaseListExportEvent,
  type IasCaseListFilterChangeEvent,
  type IasCaseOpenEvent,
} from './case-list.events.js';
import './define.js';
import type { IasCaseList } from './case-list.js';
import type { IasSelect } from '@ias-kit/ui';
import { sendKeys } from '@web/test-runner-commands';

const rowsOf = (el: IasCaseList) => el.shadowRoot!.querySelectorAll('[part="list"] [role="row"]');
const status = (el: IasCaseList) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const pause = () => new Promise((r) => setTimeout(r, 50));
/** Waits (up to 10 s) until `ok()` holds: the virtualizer renders in a later frame. */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await pause();
}
/** Waits until the virtualizer has rendered rows (it lays out after a resize observation). */
async function rendered(el: IasCaseList, min = 1): Promise<void> {
  for (let i = 0; i < 200 && rowsOf(el).length < min; i++) await pause();
}

// "ResizeObserver loop completed with undelivered notifications" is a benign browser report (the
// virtualizer measures rows and lays them out in the next frame); it is not an error of the element.
window.addEventListener(
  'error',
  (e) => {
    if (/ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
  },
  true,
);

describe('ias-case-list', () => {
  it('lists persons with light, worker, status and caseload', async () => {
    const el = await fixture<IasCaseList>(
      html`<ias-case-list lang="en" at=${HAND_AT} .records=${HAND_COHORT}></ias-case-list>`,
    );
    await rendered(el, 10);
    expect(status(el)).to.equal('10 of 10 persons');
    expect(rowsOf(el).length).to.equal(10);
    const amina = [...rowsOf(el)].find((r) => r.textContent!.includes('Amina'))!;
    expect(amina.textContent).to.contain('Anna Fiktiv');
    expect(amina.textContent, 'status in words, not the code').to.contain('Refugee (B)');
    expect(amina.textContent).not.to.match(/\bFL\b/);
    // One line per cell: no cell is taller than its row (text never spills over the borders).
    const row = amina.getBoundingClientRect();
    for (const cell of amina.querySelectorAll('[role="cell"]')) {
      const r = cell.getBoundingClientRect();
      expect(r.top).to.be.at.least(row.top - 1);
      expect(r.bottom).to.be.at.most(row.bottom + 1);
    }
    expect(amina.textContent).to.contain('School 12 y');
    expect(amina.textContent).to.contain('Deutsch A2');
    const light = amina.querySelector('ias-status-light')!;
    expect(['ok', 'warn', 'critical']).to.include(light.status); // derived by the core task rules
    const omid = [...rowsOf(el)].find((r) => r.textContent!.includes('Omid'))!;
    expect(omid.querySelector('ias-status-light')!.label).to.equal('unknown'); // no status: no rules apply
    const caseload = el.shadowRoot!.querySelector('[part="caseload"] tbody')!;
    expect(caseload.querySelectorAll('tr')).to.have.length(3);
    await expectAccessible(el);
  });

  it('filters by worker and text, sorts by column and reports the filter', async () => {
    const el = await fixture<IasCaseList>(
      html`<ias-case-list lang="en" at=${HAND_AT} .records=${HAND_COHORT}></ias-case-list>`,
    );
    // The worker filter is the kit's select (as in the cockpit); the user picks Anna.
    const worker = el.shadowRoot!.querySelector<IasSelect>('ias-select[name="worker"]')!;
    expect(worker.label).to.equal('Worker');
    const inner = worker.shadowRoot!.querySelector('select')!;
    inner.value = 'w-anna';
    setTimeout(() => inner.dispatchEvent(new Event('change')));
    const ev = (await oneEvent(el, 'ias-case-list-filter-change')) as unknown as IasCaseListFilterChangeEvent;
    expect(ev.filter).to.deep.equal({ workers: ['w-anna'] });
    await el.updateComplete;
    await pause();
    expect(status(el)).to.equal('1 of 10 persons');
    el.filter = { text: 'muster' };
    await el.updateComplete;
    await pause();
    expect(status(el)).to.equal('2 of 10 persons');
    el.filter = {};
    const nameHeader = [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].find((h) =>
      h.textContent!.includes('Name'),
    )!;
    nameHeader.querySelector('ias-button')!.click();
    await el.updateComplete;
    await until(() => !!rowsOf(el)[0]?.textContent!.includes('Amina Beispiel'));
    expect(nameHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowsOf(el)[0]!.textContent).to.contain('Amina Beispiel');
    nameHeader.querySelector('ias-button')!.click();
    await el.updateComplete;
    expect(nameHeader.getAttribute('aria-sort')).to.equal('descending');
    await expectAccessible(el);
  });

  it('exports the filtered list as CSV through a cancelable event', async () => {
    const el = await fixture<IasCaseList>(
      html`<ias-case-list
        lang="en"
        at=${HAND_AT}
        .records=${HAND_COHORT}
        .filter=${{ statuses: ['VA'] }}
      ></ias-case-list>`,
    );
    el.addEventListener('ias-case-list-export', (e) => e.preventDefault());
    const button = el.shadowRoot!.querySelector<HTMLElement>('ias-button.export')!;
    expect(button.textContent!.trim()).to.equal('Export CSV');
    setTimeout(() => button.click());
    const ev = (await oneEvent(el, 'ias-case-list-export')) as unknown as IasCaseListExportEvent;
    expect(ev).to.be.instanceOf(IasCaseListExportEvent);
    expect(ev.count).to.equal(6);
    const lines = ev.csv.trim().split('\r\n');
    expect(lines[0]).to.match(/^id,name,worker,status/);
    expect(lines).to.have.length(7);
    expect(lines.slice(1).every((l) => l.split(',')[3] === 'VA')).to.be.true;
  });

  it('opens a case from its name', async () => {
    const el = await fixture<IasCaseList>(
      html`<ias-case-list
        lang="en"
        at=${HAND_AT}
        .records=${HAND_COHORT}
        .filter=${{ text: 'Amina' }}
      ></ias-case-list>`,
    );
    await rendered(el);
    setTimeout(() => rowsOf(el)[0]!.querySelector<HTMLButtonElement>('button.name')!.click());
    const ev = (await oneEvent(el, 'ias-case-open')) as unknown as IasCaseOpenEvent;
    expect(ev.caseId).to.equal('a');
  });

  it('works by keyboard with the kit’s controls: filter, reset, sort; every target at least 24 px', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <input aria-label="Before" />
        <ias-case-list lang="de" at=${HAND_AT} .records=${HAND_COHORT}></ias-case-list>
      </div>`,
    );
    const el = wrap.querySelector('ias-case-list')!;
    await rendered(el, 10);
    const events: IasCaseListFilterChangeEvent[] = [];
    el.addEventListener('ias-case-list-filter-change', (e) => events.push(e));
    // The toolbar holds only kit controls (no native select or button of the list's own).
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="filters"] select, [part="filters"] button')).to.have.length(0);
    expect(
      [...root.querySelectorAll('[part="filters"] ias-select')].map((s) => s.getAttribute('name')),
    ).to.deep.equal(['worker', 'status', 'age-group', 'light']);
    // Every control of the toolbar, the headers and the rows is a 24 × 24 px target or larger.
    const targets = [
      ...root.querySelectorAll<HTMLElement>('[part="filters"] input, ias-select, ias-button, button.name'),
    ].map((t) => (t.localName === 'ias-select' ? t.shadowRoot!.querySelector('select')! : t));
    expect(targets.length).to.be.greaterThan(15);
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      expect(r.height, `${t.localName} ${t.textContent!.trim()} height`).to.be.at.least(24);
      expect(r.width, `${t.localName} ${t.textContent!.trim()} width`).to.be.at.least(24);
    }
    // Keyboard: search, then the status select (ArrowDown picks its first status), reset, sort by name.
    wrap.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'muster' });
    await until(() => events.at(-1)?.filter.text === 'muster');
    expect(events.at(-1)!.filter).to.deep.equal({ text: 'muster' });
    expect(status(el)).to.equal('2 von 10 Personen');
    await sendKeys({ press: 'Tab' }); // worker
    await sendKeys({ press: 'Tab' }); // status
    await sendKeys({ press: 'ArrowDown' });
    await until(() => !!events.at(-1)?.filter.statuses);
    expect(events.at(-1)!.filter).to.deep.equal({ text: 'muster', statuses: ['FL'] });
    await sendKeys({ press: 'Tab' }); // age group
    await sendKeys({ press: 'Tab' }); // light
    await sendKeys({ press: 'Tab' }); // reset
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.className;
    await until(() => focused() === 'reset');
    expect(focused()).to.equal('reset');
    await sendKeys({ press: 'Enter' });
    // Under load the browser may handle the key after sendKeys returns: wait for what it does.
    await until(() => Object.keys(events.at(-1)!.filter).length === 0);
    expect(events.at(-1)!.filter).to.deep.equal({});
    expect(status(el)).to.equal('10 von 10 Personen');
    const nameSort = root.querySelector<HTMLElement>('ias-button[data-sort="name"]')!;
    nameSort.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => nameSort.closest('[role="columnheader"]')!.getAttribute('aria-sort') === 'ascending');
    expect(nameSort.closest('[role="columnheader"]')!.getAttribute('aria-sort')).to.equal('ascending');
    await until(() => !!rowsOf(el)[0]?.textContent!.includes('Amina Beispiel'));
    expect(rowsOf(el)[0]!.textContent).to.contain('Amina Beispiel');
    await expectAccessible(el);
  });

  it('is one tab stop for the rows: arrows, Home and End move between names, Enter opens', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <input aria-label="Before" />
        <ias-case-list lang="en" at=${HAND_AT} .records=${HAND_COHORT} sort-by="name"></ias-case-list>
        <input aria-label="After" />
      </div>`,
    );
    const el = wrap.querySelector('ias-case-list')!;
    await rendered(el, 10);
    const opened: IasCaseOpenEvent[] = [];
    el.addEventListener('ias-case-open', (e) => opened.push(e));
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    // Tab from before the list to after it: the ten rows are one stop.
    wrap.querySelector('input')!.focus();
    const names: string[] = [];
    let stops = 0;
    for (; stops < 40 && document.activeElement !== wrap.querySelectorAll('input')[1]; stops++) {
      await sendKeys({ press: 'Tab' });
      if (active()?.matches('button.name')) names.push(active()!.textContent!.trim());
    }
    expect(names, 'one name is a tab stop').to.deep.equal(['Amina Beispiel']);
    expect(stops).to.be.lessThan(25);
    // Back to it, then down the list by keyboard.
    el.shadowRoot!.querySelector<HTMLElement>('button.name[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => active()?.dataset.index === '1');
    expect(active()!.getAttribute('tabindex')).to.equal('0');
    expect(el.shadowRoot!.querySelectorAll('button.name[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'End' });
    await until(() => active()?.dataset.index === '9');
    const last = active()!.textContent!.trim();
    await sendKeys({ press: 'Enter' });
    await until(() => opened.length > 0);
    expect(opened).to.have.length(1);
    expect(opened[0]!.row.name).to.equal(last);
    await sendKeys({ press: 'Home' });
    await until(() => active()?.dataset.index === '0');
    expect(active()!.textContent!.trim()).to.equal('Amina Beispiel');
  });

  it('renders 10,000 persons virtualized: only the visible rows are in the DOM', async () => {
    const at = '2026-06-30';
    const rows = caseListRows(sampleIndicatorRecords(10_000, { seed: 4, at }), at);
    const t = performance.now();
    const el = await fixture<IasCaseList>(
      html`<ias-case-list lang="de" at=${at} .rows=${rows}></ias-case-list>`,
    );
    await rendered(el);
    const ms = performance.now() - t;
    expect(status(el)).to.match(/^10.000 von 10.000 Personen$/); // the grouping mark depends on the browser's ICU
    expect(el.shadowRoot!.querySelector('[role="table"]')!.getAttribute('aria-rowcount')).to.equal('10001');
    expect(rowsOf(el).length).to.be.greaterThan(0).and.lessThan(100);
    expect(ms).to.be.lessThan(15000); // generous: CI machines are shared
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    // Scroll far down (again, until the virtualizer has sized the list), then wait for its next layout.
    const far = () => Math.max(...[...rowsOf(el)].map((r) => Number(r.getAttribute('aria-rowindex')))) > 1000;
    for (let i = 0; i < 200 && !far(); i++) {
      if (list.scrollTop < 100_000) list.scrollTop = 200_000;
      await pause();
    }
    const indexes = [...rowsOf(el)].map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.max(...indexes)).to.be.greaterThan(1000);
    // End from the first visible name: the virtualizer scrolls to the 10,000th person and focuses it.
    el.shadowRoot!.querySelector<HTMLElement>('button.name[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index === '9999');
    expect(
      (el.shadowRoot!.activeElement as HTMLElement).closest('[role="row"]')!.getAttribute('aria-rowindex'),
    ).to.equal('10001');
    await expectAccessible(el);
  });
});
