import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import { $, $$, generated, headerName, status, visibleFeatures } from './helpers.js';

describe('<feature-matrix>: details, highlight, reveal, states', function () {
  this.timeout(60000); // axe over a whole table is slow on a loaded 2-core machine
  it('opens and closes a cell\'s note and example by keyboard', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    $(el, '.scroller').focus();
    await sendKeys({ press: 'Tab' });
    const button = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).to.equal('Details for Modularity and Flexibility: Flask');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // The chevron (drawn by CSS) turns when the details open.
    const chevron = () => {
      for (const turn of el.shadowRoot!.getAnimations()) turn.finish();
      return getComputedStyle(button, '::before').transform;
    };
    const closed = chevron();
    expect(closed).to.not.equal('none');
    const panel = () => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(panel()).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(chevron()).to.not.equal(closed);
    expect(panel()!.getClientRects().length).to.be.greaterThan(0);
    expect(panel()!.textContent).to.include('Monzo');
    expect(panel()!.textContent).to.include('Example:');
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel()).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('marks the highlighted column, visibly and for assistive technology', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix highlight="django"></feature-matrix>`);
    await el.loadComplete;
    const header = $$(el, 'thead th')[2];
    expect(header.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Django Featured');
    expect($(el, '.badge').getClientRects().length).to.equal(1);
    const cells = $$<HTMLTableCellElement>(el, 'tr.feature td.featured');
    expect(cells).to.have.length(16);
    expect(cells.every((td) => td.cellIndex === 2)).to.equal(true);
    expect(getComputedStyle(cells[0]).backgroundColor).to.not.equal(getComputedStyle($$(el, 'tr.feature td')[0]).backgroundColor);
    await expect(el).to.be.accessible();
  });

  it('reveal() clears the filters hiding a feature, then focuses its row', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix query="admin" only-differences></feature-matrix>`);
    await el.loadComplete;
    expect(visibleFeatures(el)).to.deep.equal(['Admin Interface']);
    const event = oneEvent(el, 'versus-filter');
    expect(el.reveal('python')).to.equal(true);
    expect(headerName(el.shadowRoot!.activeElement!)).to.equal('Python-based');
    // The revealed row is marked across: its header and every cell, and no other row.
    const marked = (tr: Element) => [...tr.children].map((cell) => getComputedStyle(cell).backgroundColor);
    const python = $(el, 'tr[data-feature="python"]');
    const other = $(el, 'tr[data-feature="orm"]');
    const [head, ...cells] = marked(python);
    expect(cells.every((color) => color === head)).to.equal(true);
    expect(marked(other)[0]).to.not.equal(head);
    expect(visibleFeatures(el)).to.include('Python-based');
    const { detail } = await event;
    expect(detail).to.deep.equal({ query: '', category: '', onlyDifferences: false, visible: 16 });
    expect($<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('');
    expect(el.reveal('admin-interface')).to.equal(true);
    expect(el.reveal('no-such-feature')).to.equal(false);
  });

  it('reveal() keeps filters that already show the feature', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix category="key-features" only-differences></feature-matrix>`);
    await el.loadComplete;
    expect(el.reveal('orm')).to.equal(true);
    expect(el.category).to.equal('key-features');
    expect(el.onlyDifferences).to.equal(true);
    expect(status(el)).to.equal('7 of 16 features shown');
  });

  it('passes axe in dark mode', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix theme="dark" highlight="flask"></feature-matrix>`);
    await el.loadComplete;
    expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(24, 24, 27)');
    await expect(el).to.be.accessible();
  });

  it('shows an error for an unknown highlighted subject', async () => {
    const error = new Promise<CustomEvent>((resolve) => document.addEventListener('versus-error', resolve as EventListener, { once: true }));
    const el = await fixture<FeatureMatrix>(html`<feature-matrix highlight="rails"></feature-matrix>`);
    expect(await el.loadComplete).to.equal(false);
    expect($(el, '[role="alert"]').textContent).to.include('Unknown subject "rails" in the highlight attribute');
    expect((await error).detail.kind).to.equal('config');
    await expect(el).to.be.accessible();
  });

  it('filters 1,000 features x 8 subjects in place, without rebuilding rows', async function () {
    this.timeout(120000);
    const el = await fixture<FeatureMatrix>(html`<feature-matrix .data=${generated(1000, 8)}></feature-matrix>`);
    await el.loadComplete;
    const rows = $$(el, 'tr.feature');
    expect(rows).to.have.length(1000);
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.focus();
    await sendKeys({ type: 'lib-77' });
    await el.updateComplete;
    expect(status(el)).to.equal('11 of 1000 features shown');
    const start = performance.now();
    el.onlyDifferences = true;
    await el.updateComplete;
    const toggling = performance.now() - start;
    expect($$(el, 'tr.feature')[999]).to.equal(rows[999]);
    expect(status(el)).to.match(/^\d+ of 1000 features shown$/);
    // A loose bound on the update alone (layout excluded): the benchmark measures the real budget;
    // this catches a regression to re-rendering 8,000 cells.
    expect(toggling, 'only differences (ms)').to.be.below(400);
  });
});

describe('<feature-matrix> has()', () => {
  it('says which features it holds, so other elements link only to those', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    expect([el.has('admin-interface'), el.has('orm'), el.has('graphql')]).to.deep.equal([true, true, false]);
  });
});
