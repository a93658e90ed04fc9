import { expect, fixture, html } from '@open-wc/testing';
import { nearestLang, toLocale, translate, type Catalogs } from './localize-controller.js';

const catalogs: Catalogs<'hello' | 'count'> = {
  de: { hello: 'Hallo {name}', count: (p) => `${p['n']} Einträge` },
  fr: { hello: 'Bonjour {name}', count: (p) => `${p['n']} entrées` },
  it: { hello: 'Ciao {name}', count: (p) => `${p['n']} voci` },
  en: { hello: 'Hello {name}', count: (p) => `${p['n']} entries` },
};

describe('localization', () => {
  it('fills placeholders and plural functions per locale', () => {
    expect(translate(catalogs, 'fr', 'hello', { name: 'Amina' })).to.equal('Bonjour Amina');
    expect(translate(catalogs, 'it', 'count', { n: 3 })).to.equal('3 voci');
  });

  it('shows an unknown key as itself instead of crashing', () => {
    expect(translate(catalogs, 'de', 'nope' as 'hello')).to.equal('nope');
  });

  it('normalises language tags and finds the nearest lang across shadow roots', async () => {
    expect(toLocale('fr-CH')).to.equal('fr');
    expect(toLocale('rm')).to.be.undefined;
    const host = await fixture(html`<div lang="it-CH"><span></span></div>`);
    const inner = host.querySelector('span')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b></b>'; // static markup in a test, no user text
    expect(nearestLang(inner.querySelector('b')!)).to.equal('it-CH');
  });
});
