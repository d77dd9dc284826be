// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import { cleanUp, clientRender, datasets, hydrateServerHtml, withUrl } from './hydrate.js';

const fixture = datasets['three-subjects'];
const define = () => import('../../src/components/feature-matrix/feature-matrix.js');

async function toggleDifferences(el: FeatureMatrix) {
  el.shadowRoot!.querySelector<HTMLInputElement>('[part="differences"] input')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

// A link without the matrix's own parameters: the reader's first change of the filter goes into
// the URL, hydrated or not.
describe('<feature-matrix sync-url> opened from a URL without its parameters', function () {
  this.timeout(30000);
  afterEach(cleanUp);

  it('rendered by the browser alone: ticking "Only differences" writes it to the URL', async () => {
    await define();
    await withUrl('?other=1', async () => {
      const el = await clientRender<FeatureMatrix>('feature-matrix', fixture, { attributes: { 'sync-url': '' } });
      await toggleDifferences(el);
      expect(location.search).to.include('feature-differences=1');
    });
  });

  it('hydrated from server HTML: ticking "Only differences" writes it to the URL too', async () => {
    await withUrl('?other=1', async () => {
      const { el } = await hydrateServerHtml<FeatureMatrix>('feature-matrix.three-subjects.sync-url', fixture, define);
      await toggleDifferences(el);
      expect(el.onlyDifferences, 'the checkbox changed the filter').to.equal(true);
      expect(location.search).to.include('feature-differences=1');
    });
  });
});
