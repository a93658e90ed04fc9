import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../test/index.js';
import { BUTTON_VARIANTS, CONTROL_SIZES } from './button.types.js';
import './define.js';
import type { IasButton } from './define.js';

const inner = (el: IasButton) => el.shadowRoot!.querySelector('button')!;

describe('ias-button', () => {
  it('looks different per variant and keeps a 24 × 24 px target in every size', async () => {
    const looks = new Set<string>();
    for (const variant of BUTTON_VARIANTS) {
      for (const size of CONTROL_SIZES) {
        const el = await fixture<IasButton>(
          html`<ias-button variant=${variant} size=${size}>OK</ias-button>`,
        );
        const box = inner(el).getBoundingClientRect();
        expect(box.height, `${variant}/${size}`).to.be.at.least(24);
        expect(box.width, `${variant}/${size}`).to.be.at.least(24);
        const cs = getComputedStyle(inner(el));
        if (size === 'medium') looks.add(`${cs.backgroundColor} ${cs.color} ${cs.borderTopColor}`);
        await expectAccessible(el);
      }
    }
    expect(looks.size).to.equal(BUTTON_VARIANTS.length);
  });

  it('takes its colours from the --ias-* tokens and its own hooks', async () => {
    const wrap = await fixture(
      html`<div style="--ias-color-primary: rgb(1, 2, 3); --ias-button-danger-fg: rgb(4, 5, 6)">
        <ias-button variant="primary">A</ias-button><ias-button variant="danger">B</ias-button>
      </div>`,
    );
    const [primary, danger] = [...wrap.querySelectorAll('ias-button')];
    expect(getComputedStyle(inner(primary!)).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(inner(danger!)).color).to.equal('rgb(4, 5, 6)');
  });

  it('is one tab stop that Enter and Space activate; disabled, it swallows clicks', async () => {
    const el = await fixture<IasButton>(html`<ias-button>Save</ias-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(clicks).to.equal(2);
    el.disabled = true;
    await el.updateComplete;
    el.click();
    inner(el).click();
    expect(clicks).to.equal(2);
  });

  it('submits and resets its form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input name="x" value="1" />
        <ias-button type="reset">Reset</ias-button
        ><ias-button type="submit" variant="primary">Send</ias-button>
      </form>`,
    );
    const [reset, submit] = [...form.querySelectorAll('ias-button')];
    form.addEventListener('submit', (e) => e.preventDefault());
    setTimeout(() => inner(submit!).click());
    await oneEvent(form, 'submit');
    form.querySelector('input')!.value = 'changed';
    inner(reset!).click();
    expect(form.querySelector('input')!.value).to.equal('1');
  });

  it('is disabled with a disabled fieldset around it: no submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <legend>Senden</legend>
          <ias-button type="submit">Send</ias-button>
        </fieldset>
      </form>`,
    );
    const button = form.querySelector('ias-button')!;
    await button.updateComplete;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    expect(inner(button).disabled).to.be.true;
    button.click();
    expect(submitted).to.equal(0);
    await expectAccessible(form);
    form.querySelector('fieldset')!.disabled = false;
    await button.updateComplete;
    inner(button).click();
    expect(submitted).to.equal(1);
  });

  it('exposes toggle state, popup and an icon-only name', async () => {
    const el = await fixture<IasButton>(
      html`<ias-button toggle pressed label="Nur rote"><span aria-hidden="true">●</span></ias-button>`,
    );
    expect(inner(el).getAttribute('aria-pressed')).to.equal('true');
    expect(inner(el).getAttribute('aria-label')).to.equal('Nur rote');
    el.pressed = false;
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-pressed')).to.equal('false');
    await expectAccessible(el);
  });
});
