// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import { clientRender, datasets, domLines as lines, differences, hydrateServerHtml, textOf, watchEachTest, withUrl } from './hydrate.js';

// With `sync-url` the element reads its state from the page URL, which only the browser sees: a
// shared link (?feature-query=..., ?versus-answers=...) opened on a server-rendered page.
const fixture = datasets['three-subjects'];

describe('server-rendered elements with sync-url, opened from a link that holds their state', function () {
  this.timeout(30000);
  const page = watchEachTest();

  it('<feature-matrix sync-url> with ?feature-query=routing: the count says how many rows are shown, as the browser alone does', async () => {
    await withUrl('?feature-query=routing', async () => {
      const define = () => import('../../src/components/feature-matrix/feature-matrix.js');
      const { el, loaded } = await hydrateServerHtml<FeatureMatrix>('feature-matrix.three-subjects.sync-url', fixture, define);
      const twin = await clientRender<FeatureMatrix>('feature-matrix', fixture, { attributes: { 'sync-url': '' } });
      const rows = [...el.shadowRoot!.querySelectorAll('tr.feature')];
      const shown = rows.filter((row) => !row.closest('[hidden]')).length;
      expect({
        count: textOf(el.shadowRoot!.querySelector('[part="count"]')),
        'browser-only render -> hydrated': differences(lines(twin), lines(el)),
        'loadComplete resolved to': loaded,
        'logged or thrown': page.problems,
      }).to.deep.equal({
        count: `${shown} of ${rows.length} features shown`,
        'browser-only render -> hydrated': [],
        'loadComplete resolved to': true,
        'logged or thrown': [],
      });
      expect(shown, 'rows shown').to.be.within(1, rows.length - 1);
    });
  });

  for (const [answers, shows] of [
    ['team:experts', 'the second question'],
    ['team:experts,needs:ssr', 'the recommendation'],
  ]) {
    it(`<use-case-picker sync-url> with ?versus-answers=${answers}: hydrates with no error and shows ${shows}, as the browser alone does`, async () => {
      await withUrl(`?versus-answers=${encodeURIComponent(answers)}`, async () => {
        const define = () => import('../../src/components/use-case-picker/use-case-picker.js');
        const { el, loaded } = await hydrateServerHtml<UseCasePicker>('use-case-picker.three-subjects.sync-url', fixture, define);
        const twin = await clientRender<UseCasePicker>('use-case-picker', fixture, { attributes: { 'sync-url': '' } });
        expect({
          shows: textOf(el.shadowRoot!.querySelector('legend, [part="result-title"]')),
          'browser-only render -> hydrated': differences(lines(twin), lines(el)),
          'loadComplete resolved to': loaded,
          'logged or thrown': page.problems,
        }).to.deep.equal({
          shows: textOf(twin.shadowRoot!.querySelector('legend, [part="result-title"]')),
          'browser-only render -> hydrated': [],
          'loadComplete resolved to': true,
          'logged or thrown': [],
        });
      });
    });
  }

  it('<use-case-picker sync-url value="…"> answering every question, with no answers in the URL: announces its recommendation once', async () => {
    const recommended: string[] = [];
    const listen = (event: Event) => recommended.push((event as CustomEvent<{ subject: string }>).detail.subject);
    document.addEventListener('versus-recommend', listen);
    try {
      await withUrl('', async () => {
        const define = () => import('../../src/components/use-case-picker/use-case-picker.js');
        const { loaded } = await hydrateServerHtml<UseCasePicker>('use-case-picker.three-subjects.sync-url-answered', fixture, define);
        expect({ loaded, recommended: recommended.length, 'logged or thrown': page.problems }).to.deep.equal({ loaded: true, recommended: 1, 'logged or thrown': [] });
      });
    } finally {
      document.removeEventListener('versus-recommend', listen);
    }
  });
});
