import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { computeIndicators } from '../core.js';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import { HAND_AT, HAND_COHORT } from '@ias-kit/core/testing';
import { IasIndicatorSelectEvent } from './indicators.events.js';
import './define.js';
import type { IasIndicators } from './indicators.js';

const report = computeIndicators(HAND_COHORT, { at: HAND_AT, by: ['cohort'] });
const section = (el: IasIndicators, id: string) =>
  el.shadowRoot!.querySelector(`section[data-indicator="${id}"]`)!;

describe('ias-indicators', () => {
  it('shows the reference date, a chart and a table per indicator', async () => {
    const el = await fixture<IasIndicators>(
      html`<ias-indicators lang="en" .report=${report}></ias-indicators>`,
    );
    const meta = el.shadowRoot!.querySelector('.meta')!.textContent!;
    expect(meta).to.contain('Reference date 30.06.2025');
    expect(meta).to.contain('Kennzahlen 01.01.2025–30.06.2025');
    expect(el.shadowRoot!.querySelectorAll('section[part="indicator"]')).to.have.length(16);
    const goal1 = section(el, 'goal-1-language');
    expect(goal1.querySelector('h4')!.textContent).to.contain('Goal 1');
    expect(goal1.querySelector('svg[role="img"]')).to.exist;
    expect(goal1.querySelectorAll('[part="bar"]')).to.have.length(3); // cohorts 2017, 2018, 2019 have a denominator
    const first = goal1.querySelector('tbody tr')!;
    expect(first.querySelector('th')!.textContent!.trim()).to.equal('All');
    expect(
      [...first.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()).slice(0, 3),
    ).to.deep.equal(['3', '5', '60%']);
    expect(first.textContent).to.contain('Missing entry date');
    await expectAccessible(el);
  });

  it('emits ias-indicator-select with the ids behind a number', async () => {
    const el = await fixture<IasIndicators>(
      html`<ias-indicators lang="en" .report=${report}></ias-indicators>`,
    );
    const buttons = section(el, 'goal-1-language').querySelectorAll<HTMLButtonElement>(
      'tbody tr:first-child button',
    );
    setTimeout(() => buttons[0]!.click());
    const ev = (await oneEvent(el, 'ias-indicator-select')) as unknown as IasIndicatorSelectEvent;
    expect(ev).to.be.instanceOf(IasIndicatorSelectEvent);
    expect(ev.bubbles && ev.composed).to.be.true;
    expect(ev.selection).to.equal('numerator');
    expect(ev.ids).to.deep.equal(['a', 'e', 'f']);
    expect(buttons[0]!.getAttribute('aria-label')).to.contain('Show 3 persons');
    setTimeout(() => buttons[2]!.click()); // first exclusion reason: missing entry date
    const ex = (await oneEvent(el, 'ias-indicator-select')) as unknown as IasIndicatorSelectEvent;
    expect([ex.selection, ex.reason, ex.ids]).to.deep.equal(['excluded', 'missing-entry-date', ['c']]);
    setTimeout(() =>
      section(el, 'goal-1-language')
        .querySelector<SVGRectElement>('[part="bar"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    const bar = (await oneEvent(el, 'ias-indicator-select')) as unknown as IasIndicatorSelectEvent;
    expect(bar.group).to.deep.equal({ cohort: '2017' });
  });

  it('computes a report from records, at and by; shows "no data" without', async () => {
    const empty = await fixture<IasIndicators>(html`<ias-indicators lang="en"></ias-indicators>`);
    expect(empty.shadowRoot!.textContent).to.contain('No data');
    await expectAccessible(empty);
    const el = await fixture<IasIndicators>(
      html`<ias-indicators
        lang="en"
        .records=${HAND_COHORT}
        at=${HAND_AT}
        by="status"
        indicators="goal-1-language"
      ></ias-indicators>`,
    );
    expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(1);
    const groups = [...section(el, 'goal-1-language').querySelectorAll('tbody th')].map((th) =>
      th.textContent!.trim(),
    );
    expect(groups).to.deep.equal(['All', 'Status FL', 'Status VA', 'Status VA-FL', 'Status unknown']);
    await expectAccessible(el);
  });

  it('speaks every locale and takes string overrides', async () => {
    const headings: string[] = [];
    await forEachLocale(async (locale) => {
      const el = await fixture<IasIndicators>(
        html`<ias-indicators
          .locale=${locale}
          .report=${report}
          indicators="erstinformation"
        ></ias-indicators>`,
      );
      headings.push(el.shadowRoot!.querySelector('h2')!.textContent!);
    });
    expect(headings).to.deep.equal(['IAS-Kennzahlen', 'Indicateurs AIS', 'Indicatori AIS', 'IAS indicators']);
    const el = await fixture<IasIndicators>(
      html`<ias-indicators
        lang="de"
        .report=${report}
        .strings=${{ heading: 'Cockpit' }}
        label="Steuerung"
      ></ias-indicators>`,
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Steuerung');
  });
});

describe('ias-indicators: drill-down and the report an officer signs', () => {
  it('lists the same ids in its drill-down as the figure and the event', async () => {
    const el = await fixture<IasIndicators>(
      html`<ias-indicators lang="en" .report=${report}></ias-indicators>`,
    );
    const button = section(el, 'goal-1-language').querySelector<HTMLButtonElement>(
      'tbody tr:first-child button',
    )!;
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'ias-indicator-select')) as unknown as IasIndicatorSelectEvent;
    await el.updateComplete;
    const total = report.totals.find((f) => f.indicator === 'goal-1-language')!;
    const shown = [...el.shadowRoot!.querySelectorAll('[part="drilldown"] li')].map((li) => li.textContent);
    expect(shown)
      .to.deep.equal(total.ids)
      .and.to.deep.equal([...event.ids]);
    expect(el.shadowRoot!.querySelector('[part="drilldown"] h3')!.textContent).to.contain('3 persons (ids)');
    await expectAccessible(el);
  });

  it('view="report": per figure the definition, parameter values, counts and the ids behind each count', async () => {
    const el = await fixture<IasIndicators>(
      html`<ias-indicators
        lang="de"
        view="report"
        indicators="goal-1-language"
        .report=${report}
      ></ias-indicators>`,
    );
    const figures = el.shadowRoot!.querySelectorAll('[part="report-figure"]');
    expect(figures.length).to.equal(
      1 + report.figures.filter((f) => f.indicator === 'goal-1-language').length,
    );
    const all = figures[0]!.textContent!.replace(/\s+/g, ' ');
    expect(all).to.contain('Sprachniveau von mindestens A1');
    expect(all).to.contain('goal1MinLevel = A1');
    expect(all).to.contain('Erreicht 3: a e f');
    expect(all).to.contain('Zielgruppe 5 (60%): a b d e f');
    expect(all).to.contain('Ausgeschlossen: Noch nicht fällig 3: h i j');
    expect(el.shadowRoot!.querySelector('svg')).to.be.null;
    await expectAccessible(el);
  });
});
