import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import type { IasForm } from './form.js';
import type { IasFormRoleMissingEvent } from './form.events.js';
import './define.js';

/**
 * A page that forgets `user-role` on a kit template must not get a silent empty box: the form says in the
 * user's language that parts are hidden, and tells the host once with `ias-form-role-missing`.
 */
const get = async (path: string) => (await (await fetch(`/${path}`)).json()) as Record<string, unknown>;
const notice = (el: IasForm) => el.shadowRoot!.querySelector('[part="role-notice"]');

describe('ias-form without a user role over a restricted template', () => {
  it('shows a notice in the user’s language and fires ias-form-role-missing with the hidden parts', async () => {
    const template = await get('schemas/forms/sem-kurzassessment-1.1.0.schema.json');
    const el = document.createElement('ias-form') as IasForm;
    el.locale = 'fr';
    const missing = oneEvent(el, 'ias-form-role-missing') as Promise<IasFormRoleMissingEvent>;
    el.schema = template;
    document.body.append(el);
    const event = await missing;
    await el.updateComplete;
    // The Kurzassessment is for case managers and social workers as a whole.
    expect(event.hidden).to.deep.equal(['']);
    expect(notice(el)!.textContent).to.contain('Aucun rôle défini (user-role) : ce formulaire est réservé');
    el.locale = 'de';
    await el.updateComplete;
    expect(notice(el)!.textContent).to.contain('Keine Rolle gesetzt (user-role): Dieses Formular');
    await expectAccessible(el);

    // With the role the parts show and the notice goes.
    el.userRole = 'case_manager';
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    el.remove();
  });

  it('counts the hidden sections of a partly restricted block, and stays quiet when nothing is restricted', async () => {
    // The Kurzassessment's framework block: debts and legal issues are for case managers only.
    const template = await get('schemas/forms/sem-kurzassessment-1.1.0.schema.json');
    const framework = (template.properties as Record<string, object>)['framework'];
    const el = document.createElement('ias-form') as IasForm;
    el.locale = 'en';
    const missing = oneEvent(el, 'ias-form-role-missing') as Promise<IasFormRoleMissingEvent>;
    el.schema = framework;
    document.body.append(el);
    expect((await missing).hidden).to.deep.equal(['/debts', '/legalIssues']);
    await el.updateComplete;
    expect(notice(el)!.textContent).to.contain('No role set (user-role): 2 sections of this form');
    await expectAccessible(el);
    el.remove();
    const open = await fixture<IasForm>(
      html`<ias-form .schema=${{ type: 'object', properties: { a: { type: 'string' } } }}></ias-form>`,
    );
    expect(notice(open)).to.equal(null);
  });
});
