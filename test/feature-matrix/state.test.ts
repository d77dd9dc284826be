import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { $, status, visibleFeatures, withUrl } from './helpers.js';

// The filters the user sees are the filters in force, whatever changed them: the user, script,
// reveal(), other data or an old shared link.
const shownCategory = (el: FeatureMatrix) => $<HTMLSelectElement>(el, 'select').selectedOptions[0]?.textContent?.trim();

async function chooseCategory(el: FeatureMatrix, ...keys: string[]) {
  $<HTMLSelectElement>(el, 'select').focus();
  for (const key of keys) await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<feature-matrix> filters and what the select shows', () => {
  it('shows "All categories" again when reveal() clears a category the user chose', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    // Back and forth first: after that, browsers ignore `selected` attributes in every engine.
    await chooseCategory(el, 'ArrowDown', 'ArrowUp', 'ArrowDown');
    expect(el.category).to.equal('key-features');
    expect(el.reveal('python')).to.equal(true); // a shared foundation: the category filter goes
    await el.updateComplete;
    expect(el.category).to.equal('');
    expect(status(el)).to.equal('16 of 16 features shown');
    expect(shownCategory(el)).to.equal('All categories');
  });

  it('follows a category set by script after the user chose one', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    await chooseCategory(el, 'ArrowDown', 'ArrowDown');
    el.category = 'key-features';
    await el.updateComplete;
    expect(shownCategory(el)).to.equal('Key features');
  });

  it('drops a category that other data lacks, instead of showing no rows', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    await chooseCategory(el, 'ArrowDown');
    el.data = threeSubjects;
    expect(await el.loadComplete).to.equal(true);
    expect(el.category).to.equal('');
    expect(shownCategory(el)).to.equal('All categories');
    expect(visibleFeatures(el)).to.have.length(threeSubjects.features.length);
  });

  it('ignores an unknown category from an attribute or an old shared link', async () => {
    const fromAttribute = await fixture<FeatureMatrix>(html`<feature-matrix category="nope"></feature-matrix>`);
    expect(await fromAttribute.loadComplete).to.equal(true);
    expect(status(fromAttribute)).to.equal('16 of 16 features shown');
    await withUrl('?feature-category=nope', async () => {
      const fromUrl = await fixture<FeatureMatrix>(html`<feature-matrix sync-url></feature-matrix>`);
      expect(await fromUrl.loadComplete).to.equal(true);
      expect(status(fromUrl)).to.equal('16 of 16 features shown');
      expect(shownCategory(fromUrl)).to.equal('All categories');
    });
  });

  it('reveal() says false, and moves nothing, while the element shows an error', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    el.highlight = 'rails';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(el.reveal('orm')).to.equal(false);
  });

  it('takes highlight=" vue " (a template\'s spaces) as vue, as <pros-cons-table> does', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix highlight=" vue " .data=${threeSubjects}></feature-matrix>`);
    expect(await el.loadComplete).to.equal(true);
    const featured = [...el.shadowRoot!.querySelectorAll('thead th')].filter((th) => th.querySelector('[part~="badge"]'));
    expect(featured.map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Vue Featured']);
  });

  it('shows a subject named twice in `subjects` once', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix subjects="flask flask django"></feature-matrix>`);
    await el.loadComplete;
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Feature', 'Flask', 'Django']);
  });
});
