import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import { $, $$, headerName, status, visibleFeatures } from './helpers.js';
import article from '../../data/django-vs-flask.json';

describe('<feature-matrix>: semantics', function () {
  this.timeout(60000); // axe over a whole table is slow on a loaded 2-core machine
  it('is a captioned table grouped by category, with scoped headers', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    expect(await el.loadComplete).to.equal(true);
    const table = $<HTMLTableElement>(el, 'table');
    expect(table.caption!.textContent).to.equal('Features of Flask and Django');
    expect($$(el, 'thead th').map((th) => [th.textContent!.trim(), th.getAttribute('scope')])).to.deep.equal([
      ['Feature', 'col'],
      ['Flask', 'col'],
      ['Django', 'col'],
    ]);
    expect($$(el, 'th[scope="rowgroup"] .group-name').map((name) => name.textContent!.trim())).to.deep.equal(['Key features', 'Shared foundations']);
    expect(table.tBodies).to.have.length(2);
    expect($$(el, 'th[scope="row"]')).to.have.length(16);
    expect(visibleFeatures(el)).to.include('Integrated ORM');
    expect(status(el)).to.equal('16 of 16 features shown');
    await expect(el).to.be.accessible();
  });

  it('shows the description of each feature and category under its name, and finds features by it', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    const orm = $(el, 'tr[data-feature="orm"] th');
    expect(headerName(orm)).to.equal('Integrated ORM');
    expect(orm.querySelector('[part="description"]')!.textContent).to.equal('Interacting with databases using Python instead of SQL.');
    // Screen readers repeat a row header before each cell: it is named by the feature alone, and
    // described by the sentence.
    const described = (th: Element) => [th.getAttribute('aria-label'), el.shadowRoot!.getElementById(th.getAttribute('aria-describedby')!)?.textContent];
    expect(described(orm)).to.deep.equal(['Integrated ORM', 'Interacting with databases using Python instead of SQL.']);
    expect(described($(el, 'th[scope="rowgroup"]'))).to.deep.equal(['Key features', article.featureCategories![0].description]);
    expect($$(el, 'th[scope="rowgroup"] [part="description"]').map((d) => d.textContent)).to.deep.equal(
      article.featureCategories!.map((c) => c.description),
    );
    el.query = 'instead of sql';
    await el.updateComplete;
    expect(visibleFeatures(el)).to.deep.equal(['Integrated ORM']);
    await expect(el).to.be.accessible();
  });

  it('shows each level by icon and text, names the extension, and has a legend', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    const orm = $(el, 'tr[data-feature="orm"]');
    const [flask, django] = [...orm.querySelectorAll('td')];
    expect(flask.querySelector('.level')!.textContent!.trim()).to.equal('Extension');
    expect(flask.querySelector('.via')!.textContent).to.equal('via SQLAlchemy');
    expect(flask.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect(django.querySelector('.level')!.textContent!.trim()).to.equal('Built-in');
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['Built-in', 'Extension', 'Partly', 'Not available']);
  });

  it('draws each level\'s icon as its own shape, by CSS (no SVG elements in the rows)', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    expect($$(el, 'tbody svg')).to.have.length(0);
    const icons = $$(el, '.legend .icon');
    const looks = icons.map((icon) => {
      const style = getComputedStyle(icon);
      const box = icon.getBoundingClientRect();
      expect(box.width).to.be.above(8);
      expect(box.height).to.equal(box.width);
      expect(icon.children).to.have.length(0);
      return [style.backgroundImage, style.backgroundColor, style.borderRadius, style.borderTopStyle].join(' | ');
    });
    expect(new Set(looks).size).to.equal(4);
    // Each level keeps its colour: built-in is drawn in the "pro" colour, "not available" in the "con" one.
    const [builtIn, , , none] = icons.map((icon) => getComputedStyle(icon).color);
    expect(builtIn).to.not.equal(none);
  });
});
