import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { Dataset } from '../../src/data/types.js';
import { defineElement } from '../../src/shared/define.js';
import { VersusElement } from '../../src/shared/versus-element.js';

// Its own file, so its own page: nothing here may have loaded the bundled article yet.
class LateProbe extends VersusElement {
  protected override renderContent(data: Dataset) {
    return html`<p>${data.title}</p>`;
  }
}

const dataset = (title: string) => ({ title, subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] });
const articleRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('bundled-article'));

describe('data given around connection time', () => {
  afterEach(() => document.querySelectorAll('late-probe').forEach((el) => el.remove()));

  it('uses data set before the element is defined, without fetching the article', async () => {
    const el = document.createElement('late-probe') as LateProbe;
    (el as unknown as { data: unknown }).data = dataset('Set before upgrade');
    document.body.append(el);
    defineElement('late-probe', LateProbe);
    expect(await el.loadComplete).to.equal(true);
    expect(el.shadowRoot!.textContent).to.include('Set before upgrade');
    expect(articleRequested()).to.equal(false);
  });

  it('uses data set right after connecting (as framework wrappers do), without fetching the article', async () => {
    const el = document.createElement('late-probe') as LateProbe;
    document.body.append(el);
    el.data = dataset('Set after connecting');
    expect(await el.loadComplete).to.equal(true);
    expect(el.shadowRoot!.textContent).to.include('Set after connecting');
    expect(articleRequested()).to.equal(false);
  });

  it('loads the article when nothing else is given, after reconnecting too', async () => {
    const el = document.createElement('late-probe') as LateProbe;
    document.body.append(el);
    expect(await el.loadComplete).to.equal(true);
    expect(el.shadowRoot!.textContent).to.include('Django vs Flask');
    el.remove();
    document.body.append(el);
    expect(await el.loadComplete).to.equal(true);
    expect(el.shadowRoot!.textContent).to.include('Django vs Flask');
  });
});
