import { expect, fixture, html } from '@open-wc/testing';
import { defaultStrings } from '../../src/shared/default-strings.js';
import { setVersusStrings } from '../../src/shared/strings.js';
import { VERSION } from '../../src/shared/version.js';
import type { VersusProbe } from './probe-element.js';
import './probe-element.js';

describe('UI strings', () => {
  afterEach(() => setVersusStrings({ loading: defaultStrings.loading, errorTitle: defaultStrings.errorTitle }));

  it('can be translated page-wide, and live elements update', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/missing"></versus-probe>`);
    await el.loadComplete;
    expect(el.shadowRoot!.textContent).to.include('This comparison could not be shown');
    setVersusStrings({ errorTitle: 'Ce comparatif ne peut pas être affiché' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Ce comparatif ne peut pas être affiché');
  });

  it('can be overridden for one element', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/missing" .strings=${{ retry: 'Nochmal versuchen' }}></versus-probe>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelector('[part="retry"]')!.textContent).to.equal('Nochmal versuchen');
  });
});

describe('package metadata', () => {
  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
