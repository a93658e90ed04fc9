import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible, forEachLocale } from '../test/index.js';
import './define.js';
import type { IasMenu } from './define.js';
import type { MenuItem } from './menu.types.js';
import type { IasMenuSelectEvent } from './menu.events.js';

const ITEMS: MenuItem[] = [
  { value: 'done', label: 'Erledigt', shortcut: 'D' },
  { value: 'snooze', label: 'Zurückstellen' },
  { value: 'archive', label: 'Archivieren', disabled: true },
  { value: 'anna', label: 'Anna Muster', group: 'Übergeben an' },
  { value: 'ben', label: 'Ben Keller', group: 'Übergeben an' },
];
const focused = (el: IasMenu) => el.shadowRoot!.activeElement as HTMLElement | null;
const trigger = (el: IasMenu) => el.shadowRoot!.querySelector<HTMLElement>('[part="trigger"]')!;
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('ias-menu', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('opens with ArrowDown on the first item, moves, chooses with Enter and returns focus', async () => {
    const el = await fixture<IasMenu>(html`<ias-menu .items=${ITEMS} context="Kurzassessment"></ias-menu>`);
    el.focus();
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    await nextFrame();
    expect(el.open).to.be.true;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)?.dataset.value).to.equal('done');
    await expectAccessible(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.dataset.value).to.equal('snooze');
    await sendKeys({ press: 'End' });
    expect(focused(el)?.dataset.value).to.equal('ben');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.dataset.value, 'wraps').to.equal('done');
    await sendKeys({ press: 'a' });
    expect(focused(el)?.dataset.value, 'type-ahead').to.equal('archive');
    await sendKeys({ press: 'a' });
    expect(focused(el)?.dataset.value).to.equal('anna');
    const chosen = oneEvent(el, 'ias-menu-select');
    await sendKeys({ press: 'Enter' });
    const e = (await chosen) as unknown as IasMenuSelectEvent;
    expect(e.value).to.equal('anna');
    expect(e.item.group).to.equal('Übergeben an');
    expect(el.open).to.be.false;
    expect(focused(el)).to.equal(trigger(el));
  });

  it('Escape closes and keeps focus on the trigger; a disabled item is never chosen', async () => {
    const el = await fixture<IasMenu>(html`<ias-menu .items=${ITEMS}></ias-menu>`);
    let chosen = 0;
    el.addEventListener('ias-menu-select', () => chosen++);
    el.focus();
    await sendKeys({ press: 'Enter' });
    await nextFrame();
    expect(el.open).to.be.true;
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)?.dataset.value).to.equal('ben');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.equal(0);
    await sendKeys({ press: 'Escape' });
    await nextFrame();
    expect(el.open).to.be.false;
    expect(focused(el)).to.equal(trigger(el));
  });

  it('names its trigger with the context and speaks every locale', async () => {
    const seen: string[] = [];
    await forEachLocale(async (locale) => {
      const el = await fixture<IasMenu>(
        html`<ias-menu lang=${locale} .items=${ITEMS} label-hidden></ias-menu>`,
      );
      seen.push(trigger(el).getAttribute('aria-label')!);
      await expectAccessible(el);
    });
    expect(seen).to.deep.equal(['Aktionen', 'Actions', 'Azioni', 'Actions']);
    const el = await fixture<IasMenu>(
      html`<ias-menu lang="de" .items=${ITEMS} context="Kurzassessment, Amina"></ias-menu>`,
    );
    expect(trigger(el).getAttribute('aria-label')).to.equal('Aktionen: Kurzassessment, Amina');
    const box = trigger(el).getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
  });

  it('opens inside a 320 px viewport at the screen edge', async () => {
    await setViewport({ width: 320, height: 480 });
    const el = await fixture<IasMenu>(
      html`<div style="display:flex;justify-content:flex-start">
        <ias-menu .items=${ITEMS} size="small"></ias-menu>
      </div>`,
    );
    const menu = el.querySelector('ias-menu')!;
    menu.show();
    await nextFrame();
    const list = menu.shadowRoot!.querySelector('[part="menu"]')!.getBoundingClientRect();
    expect(list.left).to.be.at.least(0);
    expect(list.right).to.be.at.most(320);
    expect(list.height).to.be.greaterThan(0);
    menu.hide();
  });
});
