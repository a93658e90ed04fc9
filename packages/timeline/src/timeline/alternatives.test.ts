import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { caseContext } from '@ias-kit/ui';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { admittedF, measure, plan, refugeeB } from '../test/cases.js';
import { render, root } from '../test/render.js';
import type { IasTimelineSelectEvent } from './timeline.events.js';

describe('ias-timeline table, print, context and texts', () => {
  it('offers the same data as a table, toggled by a pressed button', async () => {
    const c = refugeeB({
      plan: plan([
        measure('m1', { title: 'Deutschkurs A2', plannedStart: '2022-02-01', plannedEnd: '2022-08-31' }),
      ]),
      tasks: [{ id: 't1', kind: 'review', title: 'Standort planen', dueDate: '2024-01-01', status: 'offen' }],
    });
    const el = await render(c);
    const toggle = root(el).querySelector<HTMLElement & { pressed: boolean }>('.toggle-table')!;
    expect(toggle.pressed).to.be.false;
    expect(root(el).querySelector('[part="legend"]'), 'legend beside the chart').to.exist;
    expect(getComputedStyle(root(el).querySelector('[part="table"]')!).display).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    expect(el.getAttribute('view')).to.equal('table');
    expect(toggle.pressed).to.be.true;
    expect(getComputedStyle(root(el).querySelector('.chart-area')!).display).to.equal('none');
    const legend = root(el).querySelector<HTMLElement>('[part="legend"]')!;
    expect(legend.getBoundingClientRect().height, 'legend also with the table').to.be.greaterThan(0);
    expect(legend.textContent).to.contain('○ geplant').and.to.contain('Meilenstein');
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows).to.have.length(el.items.length);
    const text = root(el).querySelector('table')!.textContent!;
    expect(text).to.contain('Deutschkurs A2').and.to.contain('geplant 01.02.2022 – 31.08.2022');
    expect(text).to.contain('fällig 01.01.2024').and.to.contain('überfällig');
    const picked = oneEvent(el, 'ias-timeline-select');
    root(el).querySelector<HTMLButtonElement>('tr[data-key="measure:m1"] button')!.click();
    expect(((await picked) as unknown as IasTimelineSelectEvent).item.key).to.equal('measure:m1');
    await expectAccessible(el);
  });

  it('prints the table, not the chart or the controls', async () => {
    const el = await render(refugeeB());
    const display = (sel: string) => getComputedStyle(root(el).querySelector(sel)!).display;
    expect(display('[part="table"]')).to.equal('none');
    let emulated = true;
    await emulateMedia({ media: 'print' }).catch(() => (emulated = false)); // Chromium only (CDP)
    try {
      if (emulated) {
        expect(display('[part="table"]')).to.equal('block');
        expect(display('.chart-area')).to.equal('none');
        expect(display('[part="toolbar"]')).to.equal('none');
      } else {
        // Firefox over WebDriver BiDi cannot emulate print: check the print rules themselves
        const css = [...root(el).adoptedStyleSheets, ...[...root(el).styleSheets]]
          .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
          .join('\n');
        expect(css).to.match(/@media print[\s\S]*\.chart-area[\s\S]*display: none !important/);
        expect(css).to.match(/@media print[\s\S]*\[part="table"\][\s\S]*display: block !important/);
      }
    } finally {
      if (emulated) await emulateMedia({ media: 'screen' });
    }
    await expectAccessible(el);
  });

  it('uses the case of an enclosing caseContext provider when no case is set', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    new ContextProvider(host, { context: caseContext, initialValue: admittedF() });
    const el = document.createElement('ias-timeline');
    el.today = '2024-01-01';
    host.append(el);
    await waitUntil(() => root(el).querySelector('.end-line'), 'drawn from context');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2029-03-10');
    await expectAccessible(el);
  });

  it('lets every text be overridden and takes a label', async () => {
    const el = await render(refugeeB());
    el.strings = { today: 'Stichtag', showTable: 'Liste' };
    el.label = 'Verlauf Amina';
    await el.updateComplete;
    expect(root(el).querySelector('.today-label')!.textContent).to.equal('Stichtag');
    expect(root(el).querySelector('.toggle-table')!.textContent!.trim()).to.equal('Liste');
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Verlauf Amina');
    await expectAccessible(el);
  });
});
