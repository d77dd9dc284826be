import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import { $, $$, generated, headerName, isShown, status, visibleFeatures } from './helpers.js';
import { inBox } from './in-box.js';

// The rows are laid out as grids (not CSS table layout) and offscreen ones are skipped
// (content-visibility): these check what a user would notice if that went wrong.

/** A generated dataset whose first feature has a long unbreakable note, to tempt a column to grow. */
function withLongWord(count: number, subjects: number) {
  const data = generated(count, subjects);
  data.features[0].support[0] = { ...data.features[0].support[0], via: 'an-extension-with-a-very-long-unbreakable-name-indeed' };
  return data;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

describe('<feature-matrix>: grid rows', function () {
  this.timeout(120000); // 1,000-row tables and axe are slow on a loaded 2-core machine

  it('keeps table semantics explicit: table, row groups, rows, column and row headers, cells', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix></feature-matrix>`);
    await el.loadComplete;
    // The display is no longer a CSS table, which makes some browsers drop the implied roles.
    expect(getComputedStyle($(el, 'tr.feature')).display).to.equal('grid');
    expect($(el, 'table').getAttribute('role')).to.equal('table');
    expect($$(el, 'thead, tbody').map((part) => part.getAttribute('role'))).to.deep.equal(['rowgroup', 'rowgroup', 'rowgroup']);
    expect($$(el, 'tr').every((tr) => tr.getAttribute('role') === 'row')).to.equal(true);
    expect($$(el, 'thead th').map((th) => th.getAttribute('role'))).to.deep.equal(['columnheader', 'columnheader', 'columnheader']);
    expect($$(el, 'th[scope="row"], th[scope="rowgroup"]').every((th) => th.getAttribute('role') === 'rowheader')).to.equal(true);
    const cells = $$(el, 'td');
    expect(cells).to.have.length(32);
    expect(cells.every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('lines every row\'s cells up with the header\'s columns, even around a long word', async () => {
    for (const [width, subjects] of [
      [1000, 2],
      [700, 8],
    ]) {
      const { el } = await inBox(width, withLongWord(40, subjects));
      const headers = $$(el, 'thead th').map((th) => th.getBoundingClientRect());
      const rows = $$(el, 'tr.feature');
      for (const index of [0, 1, 17, 39]) {
        rows[index].scrollIntoView({ block: 'nearest' });
        const parts = [...rows[index].children].map((cell) => cell.getBoundingClientRect());
        const head = $$(el, 'thead th').map((th) => th.getBoundingClientRect());
        expect(parts, `row ${index} at ${width}px`).to.have.length(subjects + 1);
        parts.forEach((part, i) => {
          expect(near(part.left, head[i].left) && near(part.width, head[i].width), `row ${index}, column ${i} at ${width}px`).to.equal(true);
        });
      }
      expect(headers.slice(1).every((h) => near(h.width, headers[1].width))).to.equal(true);
    }
  });

  it('scrolls a row deep in 1,000 features into view with reveal(), below the sticky header', async () => {
    const { el, scroller } = await inBox(700, generated(1000, 3));
    expect(el.reveal('f777')).to.equal(true);
    const check = () => {
      const row = $(el, 'tr[data-feature="f777"]').getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      const head = $(el, 'thead').getBoundingClientRect();
      expect(row.height).to.be.greaterThan(20);
      expect(row.top).to.be.at.least(head.bottom - 1);
      expect(row.bottom).to.be.at.most(box.bottom + 1);
    };
    check();
    expect(headerName(el.shadowRoot!.activeElement!)).to.equal('Feature 778');
    // Rows around it are laid out for real once shown; it must stay in view.
    await new Promise((resolve) => setTimeout(resolve, 300));
    check();
  });

  it('sizes the scroll range to the shown rows after filtering 1,000 features', async () => {
    const { el, scroller } = await inBox(700, generated(1000, 3));
    const full = scroller.scrollHeight;
    expect(full).to.be.greaterThan(20000);
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'lib-77' });
    await el.updateComplete;
    expect(status(el)).to.equal('11 of 1000 features shown');
    // 11 rows in 10 category groups: well under 2,000 px, with no empty stretches to scroll through.
    expect(scroller.scrollHeight).to.be.below(2000);
    scroller.scrollTop = scroller.scrollHeight;
    const last = $$(el, 'tr.feature').filter(isShown).at(-1)!;
    const box = scroller.getBoundingClientRect();
    expect(last.getBoundingClientRect().bottom).to.be.within(box.top, box.bottom + 1);
  });

  it('paints a row that a filter brings into view at once, in a table of ordinary length', async () => {
    const { el } = await inBox(700);
    el.query = 'pythonic';
    await el.updateComplete;
    expect(visibleFeatures(el)).to.deep.equal(['ORM support']);
    // "ORM support" was below the scroll box; a skipped row would be blank (and not hit) until the next frame.
    const cell = $(el, 'tr[data-feature="orm-support"] td').getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(cell.left + 10, cell.top + cell.height / 2);
    expect(hit?.closest('td')?.closest('tr')?.dataset.feature).to.equal('orm-support');
  });

  it('never takes keyboard focus into a filtered-out row', async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix query="sqlalchemy"></feature-matrix>`);
    await el.loadComplete;
    expect(visibleFeatures(el)).to.deep.equal(['Integrated ORM', 'ORM support']);
    $(el, '.scroller').focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('aria-label')).to.equal('Details for Integrated ORM: Flask');
    // The filtered-out rows are invisible to assistive technology too.
    const hidden = $$(el, 'tr.feature').filter((tr) => tr.hidden);
    expect(hidden).to.have.length(14);
    expect(hidden.some((tr) => tr.checkVisibility({ visibilityProperty: true }))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('leaves no trace of filtered-out cards in the narrow layout', async () => {
    const { el } = await inBox(300);
    el.query = 'admin';
    await el.updateComplete;
    expect(visibleFeatures(el)).to.deep.equal(['Admin Interface']);
    const card = $(el, 'tr[data-feature="admin-interface"]').getBoundingClientRect();
    const head = $(el, '.group-row').getBoundingClientRect();
    // Five filtered-out cards come before it in its group: none may leave a border or margin.
    expect(card.top - head.bottom).to.be.closeTo(8, 1);
    expect($$(el, 'tbody').filter(isShown)).to.have.length(1);
  });
});
