// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import { textOf } from './hydrate.js';
import { describeHydration } from './suite.js';

const rows = (el: FeatureMatrix) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr.feature')];
const shownRows = (el: FeatureMatrix) => rows(el).filter((row) => !row.closest('[hidden]'));
const count = (el: FeatureMatrix) => textOf(el.shadowRoot!.querySelector('[part="count"]'));

describeHydration<FeatureMatrix>('feature-matrix', () => import('../../src/components/feature-matrix/feature-matrix.js'), (c) => {
  it('filters the server-rendered rows as the user types, and says how many are shown', async () => {
    const { el } = c.hydrated;
    const total = rows(el).length;
    const query = c.dataset === 'article' ? 'sqlalchemy' : 'routing';
    const diff = await c.both(async (matrix) => {
      matrix.shadowRoot!.querySelector<HTMLInputElement>('[part="filter"]')!.focus();
      await sendKeys({ type: query });
    });
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('[part="filter"]')!.value).to.equal(query);
    const shown = shownRows(el);
    expect(shown.length, 'rows left').to.be.within(1, total - 1);
    expect(count(el)).to.match(new RegExp(`^${shown.length} of ${total} features shown`));
    expect(rows(el).every((row) => c.hydrated.serverNodes.includes(row)), 'rows are the server-rendered ones').to.equal(true);
    expect(diff, 'browser-only -> hydrated, after typing the same').to.deep.equal([]);
  });

  it('shows every row again when the filter is cleared', async () => {
    const diff = await c.both(async (matrix) => {
      const input = matrix.shadowRoot!.querySelector<HTMLInputElement>('[part="filter"]')!;
      input.focus();
      input.select();
      await sendKeys({ press: 'Backspace' });
    });
    expect(shownRows(c.hydrated.el)).to.have.length(rows(c.hydrated.el).length);
    expect(diff, 'browser-only -> hydrated, after clearing the filter').to.deep.equal([]);
  });
});
