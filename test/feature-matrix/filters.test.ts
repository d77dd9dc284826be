import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { $, isShown, status, visibleFeatures, withUrl } from './helpers.js';

const DIFFERENT_IN_ARTICLE = [
  'Modularity and Flexibility',
  'RESTful Request Dispatching',
  'Jinja2 Templating',
  'Integrated ORM',
  'Admin Interface',
  'Middleware Support',
  'High-level MVT Architecture',
  'MVC / MVT architecture',
  'ORM support',
];

describe('<feature-matrix>: filters', function () {
  this.timeout(60000); // axe over a whole table is slow on a loaded 2-core machine
  it('filters by typed text over names, notes and extensions, and announces the count', async () => {
    const url = location.href;
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.focus();
    const event = oneEvent(el, 'versus-filter');
    await sendKeys({ type: 'sqlalchemy' });
    await el.updateComplete;
    expect(visibleFeatures(el)).to.deep.equal(['Integrated ORM', 'ORM support']);
    expect(status(el)).to.equal('2 of 16 features shown');
    expect($(el, '[part="count"]').getAttribute('role')).to.equal('status');
    const { detail } = await event;
    expect(detail.query).to.match(/^s/);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.query).to.equal('sqlalchem');
    // Notes count too: only Admin Interface's example mentions The Washington Post.
    input.select();
    await sendKeys({ type: 'washington post' });
    await el.updateComplete;
    expect(visibleFeatures(el)).to.deep.equal(['Admin Interface']);
    expect(location.href).to.equal(url);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing matches, and hides emptied category groups', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'monzo' });
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('tbody')].map(isShown);
    expect(groups).to.deep.equal([true, false]);
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(visibleFeatures(el)).to.deep.equal([]);
    expect(status(el)).to.equal('0 of 16 features shown No feature matches these filters.');
  });

  it('filters by category with the select, by keyboard', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    const select = $<HTMLSelectElement>(el, 'select');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['All categories', 'Key features', 'Shared foundations']);
    select.focus();
    const event = oneEvent(el, 'versus-filter');
    // ArrowDown changes a closed select's value in Chromium and Firefox alike.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('shared-foundations');
    expect(visibleFeatures(el)).to.have.length(8);
    expect(visibleFeatures(el)[0]).to.equal('Python-based');
    expect((await event).detail.category).to.not.equal(undefined);
    expect(status(el)).to.equal('8 of 16 features shown');
  });

  it('shows only differences on the article, when the checkbox is clicked', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    const checkbox = $<HTMLInputElement>(el, 'input[type="checkbox"]');
    expect(checkbox.labels![0].textContent!.trim()).to.equal('Only differences');
    setTimeout(() => checkbox.click());
    const { detail } = await oneEvent(el, 'versus-filter');
    expect(detail).to.deep.equal({ query: '', category: '', onlyDifferences: true, visible: 9 });
    expect(visibleFeatures(el)).to.deep.equal(DIFFERENT_IN_ARTICLE);
    expect(el.hasAttribute('only-differences')).to.equal(true);
    await expect(el).to.be.accessible();
    checkbox.click();
    await el.updateComplete;
    expect(visibleFeatures(el)).to.have.length(16);
  });

  it('shows only differences on the three-subject fixture, toggled with the space key', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix .data=${threeSubjects}></feature-matrix>`);
    await el.loadComplete;
    $<HTMLInputElement>(el, 'input[type="checkbox"]').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(visibleFeatures(el)).to.deep.equal(['Fine-grained reactivity', 'Routing', 'Devtools', 'Scoped styles']);
    expect(status(el)).to.equal('4 of 6 features shown');
  });

  it('compares only the chosen subjects', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix .data=${threeSubjects} subjects="vue svelte" only-differences></feature-matrix>`);
    await el.loadComplete;
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Feature', 'Vue', 'Svelte']);
    expect(visibleFeatures(el)).to.deep.equal(['Routing', 'Devtools']);
  });

  it('combines filters set as attributes, and each control can be turned off', async () => {
    const el = await fixture<FeatureMatrix>(
      html`<feature-matrix query="orm" category="shared-foundations" no-category-filter no-differences-filter></feature-matrix>`,
    );
    await el.loadComplete;
    expect(visibleFeatures(el)).to.deep.equal(['ORM support']);
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input[type="checkbox"]')).to.equal(null);
    expect($<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('orm');
    el.noTextFilter = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
  });

  it('keeps the filters in the URL only with sync-url', () =>
    withUrl('?feature-query=admin', async () => {
      const el = await fixture<FeatureMatrix>(html`<feature-matrix sync-url></feature-matrix>`);
      await el.loadComplete;
      expect(visibleFeatures(el)).to.deep.equal(['Admin Interface']);
      $<HTMLInputElement>(el, 'input[type="checkbox"]').click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('feature-differences')).to.equal('1');
      expect(new URL(location.href).searchParams.get('feature-query')).to.equal('admin');
    }));

  it('keeps two matrices apart when each has its own url-param', () =>
    withUrl('?left-query=admin', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <feature-matrix sync-url url-param="left"></feature-matrix>
        <feature-matrix sync-url url-param="right"></feature-matrix>
      </div>`);
      const [left, right] = [...page.querySelectorAll<FeatureMatrix>('feature-matrix')];
      await Promise.all([left.loadComplete, right.loadComplete]);
      expect(visibleFeatures(left)).to.deep.equal(['Admin Interface']);
      expect(visibleFeatures(right).length).to.be.above(1);
      $<HTMLInputElement>(right, 'input[type="checkbox"]').click();
      await right.updateComplete;
      const params = new URL(location.href).searchParams;
      expect([params.get('left-query'), params.get('right-differences'), params.get('left-differences')]).to.deep.equal(['admin', '1', null]);
    }));
});
