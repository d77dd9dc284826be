// The matrix's filter against the URL (sync-url, Back and Forward), focus when rows go, the
// narrow cards, and its events.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import type { VersusFilterDetail } from '../../src/shared/events.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { watchUncaught } from '../shared/dom.js';
import { $, $$, isShown, status, visibleFeatures, withUrl } from './helpers.js';
import { inBox, nextTask, record, syncedMatrix } from './in-box.js';

/** Types into the filter as a user would (an input event). */
async function typeQuery(el: FeatureMatrix, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const param = (name: string) => new URL(location.href).searchParams.get(name);

describe('<feature-matrix> sync-url', () => {
  const watched = watchUncaught();

  it('follows the URL on Back (popstate), as <use-case-picker> does', () =>
    syncedMatrix('', async (el) => {
      await typeQuery(el, 'sqlalchemy');
      expect(param('feature-query')).to.equal('sqlalchemy');
      // Another part of the page adds a history entry (an in-page link, the picker's sync-url...).
      history.pushState(null, '', `${location.pathname}${location.search}#elsewhere`);
      await typeQuery(el, 'admin');
      expect(param('feature-query')).to.equal('admin');
      const back = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await el.updateComplete;
      expect(param('feature-query')).to.equal('sqlalchemy');
      // The URL says "sqlalchemy": the matrix should show what the URL says.
      expect(el.query).to.equal('sqlalchemy');
      expect(visibleFeatures(el)).to.deep.equal(['Integrated ORM', 'ORM support']);
    }));

  it('removes an unknown category from the URL once it has been dropped', () =>
    syncedMatrix('?feature-category=nope&feature-query=orm', async (el) => {
      expect(el.category).to.equal('');
      // The user changes another filter: the URL is rewritten, but the dropped category stays.
      await typeQuery(el, 'admin');
      expect(param('feature-query')).to.equal('admin');
      expect(param('feature-category')).to.equal(null);
    }));

  it('reads feature-differences=false (a hand-written link) as off, over the only-differences attribute', () =>
    syncedMatrix(
      '?feature-differences=false',
      async (el) => {
        expect(el.hasAttribute('only-differences')).to.equal(false);
        expect(el.onlyDifferences).to.equal(false);
        expect(visibleFeatures(el)).to.have.length(16);
      },
      { onlyDifferences: true },
    ));

  it('keeps the URL in step when the page resets the filters by script (a "Reset" button)', () =>
    syncedMatrix('', async (el) => {
      await typeQuery(el, 'orm');
      expect(param('feature-query')).to.equal('orm');
      el.query = '';
      await el.updateComplete;
      expect(visibleFeatures(el)).to.have.length(16);
      // The URL follows, so a reload, a shared link or the element moved in the page keeps the reset.
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.query).to.equal('');
      expect(param('feature-query')).to.equal(null);
    }));

  it('takes odd URL values without throwing', () =>
    syncedMatrix('?feature-query=%E0%A4%A&feature-category=&feature-differences', async (el) => {
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.onlyDifferences).to.equal(true);
      // A throw in a Lit update does not reach the test: it is reported to the page.
      await nextTask();
      expect(watched.uncaught.map(String), 'uncaught').to.deep.equal([]);
    }));

  it('keeps the URL clean when every filter is reset by the user', () =>
    syncedMatrix('', async (el) => {
      await typeQuery(el, 'orm');
      $<HTMLInputElement>(el, 'input[type="checkbox"]').click();
      await el.updateComplete;
      expect(location.search).to.include('feature-differences=1');
      await typeQuery(el, '');
      $<HTMLInputElement>(el, 'input[type="checkbox"]').click();
      await el.updateComplete;
      expect(location.search).to.equal('');
    }));
});

describe('<feature-matrix> combined filters and reveal()', () => {
  it('reveal() of a row hidden by each filter clears only that filter, focuses it, announces the count, fires once', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    el.query = 'flask';
    el.category = 'key-features';
    el.onlyDifferences = true;
    await el.updateComplete;
    const events = record<VersusFilterDetail>(el, 'versus-filter');
    // Hidden by "only differences" only (extensions: same level; its note names Flask).
    expect(el.reveal('extensions')).to.equal(true);
    await el.updateComplete;
    expect([el.query, el.category, el.onlyDifferences]).to.deep.equal(['flask', 'key-features', false]);
    expect(el.shadowRoot!.activeElement?.closest('tr')?.dataset.feature).to.equal('extensions');
    expect(events).to.have.length(1);
    expect(events[0].detail.visible).to.equal(visibleFeatures(el).length);
    expect(status(el)).to.equal(`${events[0].detail.visible} of 16 features shown`);
  });

  it('after new data with fewer categories, reveal() clears the query or the category that hides a row', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    el.query = 'zzz';
    el.category = 'key-features';
    el.onlyDifferences = true;
    await el.updateComplete;
    el.data = threeSubjects;
    expect(await el.loadComplete).to.equal(true);
    expect(el.category).to.equal('');
    el.category = 'tooling';
    await el.updateComplete;
    const events = record<VersusFilterDetail>(el, 'versus-filter');
    // components: core, same level everywhere, no "zzz": every filter hides it.
    expect(el.reveal('components')).to.equal(true);
    await el.updateComplete;
    expect([el.query, el.category, el.onlyDifferences]).to.deep.equal(['', '', false]);
    expect(el.shadowRoot!.activeElement?.closest('tr')?.dataset.feature).to.equal('components');
    expect($<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('');
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('');
    expect($<HTMLInputElement>(el, 'input[type="checkbox"]').checked).to.equal(false);
    expect(events).to.have.length(1);
    expect(status(el)).to.equal(`${threeSubjects.features.length} of ${threeSubjects.features.length} features shown`);
    // A second reveal() that changes nothing fires nothing.
    expect(el.reveal('components')).to.equal(true);
    await el.updateComplete;
    await nextTask();
    expect(events).to.have.length(1);
  });

  it('keeps focus in the matrix when script filters out the focused row', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    const button = $(el, 'tr[data-feature="orm"] button');
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    el.query = 'admin';
    await el.updateComplete;
    // Focus must not fall to <body>: it stays in the matrix, on the table's scroller.
    const scroller = $(el, '[part="scroller"]');
    await waitUntil(() => el.shadowRoot!.activeElement === scroller, 'focus did not move to the scroller');
    expect(document.activeElement).to.not.equal(document.body);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(scroller);
  });

  it('keeps focus in the matrix when new data has fewer features than the focused row', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    const th = $$(el, 'tr.feature').at(-1)!.querySelector<HTMLElement>('th')!;
    th.focus();
    expect(el.shadowRoot!.activeElement).to.equal(th);
    el.data = threeSubjects;
    expect(await el.loadComplete).to.equal(true);
    // Focus must not fall to <body>: it stays in the matrix, on the table's scroller.
    const scroller = $(el, '[part="scroller"]');
    await waitUntil(() => el.shadowRoot!.activeElement === scroller, 'focus did not move to the scroller');
    expect(document.activeElement).to.not.equal(document.body);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(scroller);
  });
});

describe('<feature-matrix> keyboard', () => {
  it('Escape in the filter box clears the filter the rows follow, not just the box', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.focus();
    await sendKeys({ type: 'admin' });
    await el.updateComplete;
    expect(visibleFeatures(el)).to.deep.equal(['Admin Interface']);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    // Whatever the browser does with Escape, the box and the rows must agree.
    expect(el.query).to.equal(input.value);
    expect(visibleFeatures(el).length === 1).to.equal(input.value === 'admin');
    // And Escape did clear it.
    expect(el.query).to.equal('');
    expect(visibleFeatures(el)).to.have.length(16);
  });

  it('a disclosure opens with Enter and closes with Space, focus stays', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix query="admin"></feature-matrix>`);
    await el.loadComplete;
    const button = $<HTMLButtonElement>(el, 'tr[data-feature="admin-interface"] button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('Tab goes filter -> select -> checkbox -> scroller -> first visible disclosure', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix query="orm"></feature-matrix>`);
    await el.loadComplete;
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const a = el.shadowRoot!.activeElement as HTMLElement;
      seen.push(a.getAttribute('part') ?? a.getAttribute('type') ?? a.localName);
    }
    expect(seen).to.deep.equal(['category', 'checkbox', 'scroller', 'disclosure']);
  });
});

describe('<feature-matrix> narrow layout', () => {
  it('still says which subject is featured in the stacked cards, in words (its column header is hidden there)', async () => {
    const { el } = await inBox(300);
    el.highlight = 'django';
    await el.updateComplete;
    // Chromium gives the generated text; Firefox the rule, whose attribute holds the word.
    const label = (selector: string) => {
      const cell = $(el, selector);
      return getComputedStyle(cell, '::before').content.replace(/attr\(data-featured\)/, cell.getAttribute('data-featured') ?? '');
    };
    expect(label('tr[data-feature="orm"] td.featured')).to.include('Featured');
    expect(label('tr[data-feature="orm"] td:not(.featured)')).to.not.include('Featured');
  });

  it('reveal() scrolls a late card into view in the narrow layout and focuses it', async () => {
    const { el, scroller } = await inBox(300);
    el.onlyDifferences = true;
    await el.updateComplete;
    expect(el.reveal('community-docs')).to.equal(true);
    const th = $(el, 'tr[data-feature="community-docs"] th');
    expect(el.shadowRoot!.activeElement).to.equal(th);
    const box = scroller.getBoundingClientRect();
    const r = th.getBoundingClientRect();
    expect(r.top).to.be.at.least(box.top - 1);
    expect(r.bottom).to.be.at.most(box.bottom + 1);
  });

  it('keeps the count, legend and an open disclosure across a width change', async () => {
    const { wrapper, el } = await inBox(900);
    // Only the stacked cards take the column headers out of the flow.
    const theadPosition = () => getComputedStyle($(el, 'thead')).position;
    expect(theadPosition()).to.not.equal('absolute');
    const button = $<HTMLButtonElement>(el, 'tr[data-feature="orm"] button');
    button.click();
    await el.updateComplete;
    button.focus();
    wrapper.style.width = '300px';
    void wrapper.offsetWidth; // lays the page out at the new width, so the container query applies
    expect(theadPosition()).to.equal('absolute');
    expect(isShown($(el, '[part~="count"]'))).to.equal(true);
    expect(isShown($(el, '[part~="legend"]'))).to.equal(true);
    expect(isShown($(el, '[part~="details"]'))).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });
});

describe('<feature-matrix> events', () => {
  it('fires no versus-filter on first render, even with filters from attributes or the URL', () =>
    withUrl('?feature-query=orm', async () => {
      // Made by hand so that the listener is there before the element's first render.
      const el = document.createElement('feature-matrix');
      const events = record(el, 'versus-filter');
      el.setAttribute('sync-url', '');
      el.setAttribute('category', 'key-features');
      el.setAttribute('only-differences', '');
      await fixture<FeatureMatrix>(el);
      expect(await el.loadComplete).to.equal(true);
      expect([el.query, el.category, el.onlyDifferences]).to.deep.equal(['orm', 'key-features', true]);
      await el.updateComplete;
      await nextTask();
      expect(events).to.have.length(0);
    }));

  it('tells listeners (and the URL) when other data drops the chosen category', () =>
    syncedMatrix('', async (el) => {
      const select = $<HTMLSelectElement>(el, 'select');
      select.value = 'key-features';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(param('feature-category')).to.equal('key-features');
      const events = record<VersusFilterDetail>(el, 'versus-filter');
      el.data = threeSubjects;
      expect(await el.loadComplete).to.equal(true);
      await el.updateComplete;
      expect(el.category).to.equal('');
      // The filter in force changed (the category went): listeners and the URL are told.
      expect(param('feature-category')).to.equal(null);
      expect(events.map((e) => e.detail.category)).to.deep.equal(['']);
    }));

  it('fires one versus-filter per user change, with the detail of events.ts, bubbling and composed', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    // Heard on the fixture's wrapper, outside the element (the wrapper and its listener go after the test).
    const events = record<VersusFilterDetail>(el.parentElement!, 'versus-filter');
    const select = $<HTMLSelectElement>(el, 'select');
    select.focus();
    const one = oneEvent(el, 'versus-filter');
    await sendKeys({ press: 'ArrowDown' });
    await one;
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(Object.keys(events[0].detail).sort()).to.deep.equal(['category', 'onlyDifferences', 'query', 'visible']);
    expect(events[0].detail).to.deep.equal({ query: '', category: 'key-features', onlyDifferences: false, visible: 8 });
    expect(events[0].bubbles && events[0].composed).to.equal(true);
  });
});

describe('<feature-matrix> subjects', () => {
  it('one subject: a one-column table, only-differences empties it with a message', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix subjects="django" only-differences></feature-matrix>`);
    expect(await el.loadComplete).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Feature', 'Django']);
    expect(status(el)).to.equal('0 of 16 features shown No feature matches these filters.');
    expect(el.reveal('orm')).to.equal(true);
    await el.updateComplete;
    expect(el.onlyDifferences).to.equal(false);
  });

  it('a subject without support entries shows "Not stated", in the order given', async () => {
    const data = structuredClone(threeSubjects) as typeof threeSubjects;
    data.subjects.push({ id: 'solid', name: 'Solid', tagline: 'x' });
    const el = await fixture<FeatureMatrix>(html`<feature-matrix .data=${data} subjects="solid react"></feature-matrix>`);
    expect(await el.loadComplete).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Feature', 'Solid', 'React']);
    const first = $$(el, 'tr.feature')[0].querySelectorAll('td');
    expect(first[0].textContent).to.include('Not stated');
  });
});
