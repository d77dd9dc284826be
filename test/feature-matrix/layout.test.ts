import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/feature-matrix/feature-matrix.js';
import { $, $$, generated, visibleFeatures } from './helpers.js';
import { inBox } from './in-box.js';

const wide = generated(30, 8);

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('<feature-matrix>: layout', function () {
  this.timeout(60000); // axe and layout of wide tables are slow on a loaded machine
  it('keeps the header row and first column in place while the table scrolls both ways', async () => {
    const { el, scroller } = await inBox(700, wide);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth + 100);
    scroller.scrollTop = 600;
    scroller.scrollLeft = 400;
    const box = scroller.getBoundingClientRect();
    const header = $(el, 'thead th:nth-child(3)').getBoundingClientRect();
    expect(Math.abs(header.top - box.top)).to.be.at.most(2);
    const rowHeader = $$(el, 'tbody th[scope="row"]').find((th) => th.getBoundingClientRect().top > header.bottom)!;
    expect(Math.abs(rowHeader.getBoundingClientRect().left - box.left)).to.be.at.most(2);
    // The header's cells lie above the scrolled rows, not behind them.
    const probe = el.shadowRoot!.elementFromPoint(header.left + header.width / 2, header.top + header.height / 2);
    expect(probe?.closest('thead')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a cue at the edge while more columns lie beyond it, and the region scrolls by keyboard', async () => {
    const { el, scroller } = await inBox(700, wide);
    expect(getComputedStyle(scroller).backgroundImage).to.include('radial-gradient');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-labelledby')).to.equal('caption');
    scroller.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'PageDown' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(scroller.scrollLeft).to.be.greaterThan(0);
    expect(scroller.scrollTop).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement).to.equal(scroller);
  });

  it('never leaves a focused button beneath the sticky header or first column', async () => {
    const { el, scroller } = await inBox(700, wide);
    const rows = $$(el, 'tr.feature');
    scroller.scrollTop = rows[10].offsetTop - $(el, 'thead').offsetHeight;
    // The first button of row 10 is in view; Shift+Tab moves to the last button of row 9, which sits under the header.
    const button = rows[10].querySelector<HTMLButtonElement>('button')!;
    button.focus();
    await shiftTab();
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.closest('tr')).to.equal(rows[9]);
    const head = $(el, 'thead').getBoundingClientRect();
    expect(focused.getBoundingClientRect().top).to.be.at.least(head.bottom - 1);
    // Now scroll right until the first subject's button is under the first column, then Tab back to it.
    scroller.scrollLeft = scroller.scrollWidth;
    const first = rows[12].querySelector<HTMLButtonElement>('td:nth-of-type(2) button')!;
    first.focus();
    scroller.scrollLeft = scroller.scrollWidth;
    await shiftTab();
    const target = el.shadowRoot!.activeElement!;
    expect(target.closest('tr')).to.equal(rows[11]);
    const column = rows[11].querySelector('th')!.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    expect(rect.left >= column.right - 1 || rect.right <= column.left + 1).to.equal(true);
  });

  it('stacks one card per feature in a narrow container, with each subject named', async () => {
    const { wrapper, el } = await inBox(300);
    const root = $(el, '.root');
    expect(root.scrollWidth).to.be.at.most(300);
    const orm = $(el, 'tr[data-feature="orm"]');
    const [flask, django] = [...orm.querySelectorAll('td')];
    expect(django.getBoundingClientRect().top).to.be.at.least(flask.getBoundingClientRect().bottom - 1);
    // The subject's name is generated before the cell's level (Firefox reports attr() unresolved).
    const subjectLabel = () => getComputedStyle(flask, '::before').content;
    const levelOffset = () => flask.querySelector('.level')!.getBoundingClientRect().left - flask.getBoundingClientRect().left;
    expect(flask.dataset.subject).to.equal('Flask');
    expect(subjectLabel()).to.match(/Flask|attr\(data-subject\)/);
    expect(levelOffset()).to.be.above(80);
    expect($(el, 'thead').getBoundingClientRect().height).to.be.at.most(1);
    await expect(el).to.be.accessible();
    wrapper.style.width = '900px';
    expect(django.getBoundingClientRect().top).to.equal(flask.getBoundingClientRect().top);
    expect(['none', 'normal']).to.include(subjectLabel());
    expect(levelOffset()).to.be.below(20);
  });

  it('puts the sticky first column at the start edge in right-to-left pages', async () => {
    const { el, scroller } = await inBox(700, wide, 'rtl');
    const box = scroller.getBoundingClientRect();
    const rowHeader = $(el, 'tbody th[scope="row"]').getBoundingClientRect();
    expect(Math.abs(rowHeader.right - box.right)).to.be.at.most(2);
    scroller.scrollLeft = -400;
    expect(Math.abs($(el, 'tbody th[scope="row"]').getBoundingClientRect().right - box.right)).to.be.at.most(2);
    expect(visibleFeatures(el)).to.have.length(30);
  });
});
