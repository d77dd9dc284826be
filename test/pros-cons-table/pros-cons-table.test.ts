import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/pros-cons-table/pros-cons-table.js';
import type { ProsConsTable } from '../../src/components/pros-cons-table/pros-cons-table.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { $, $$, contrast, inWrapper, shown, texts } from './helpers.js';

describe('<pros-cons-table>', () => {
  it('shows the article\'s pros and cons as a table with a caption when wide', async () => {
    const { el } = await inWrapper(900, html`<pros-cons-table></pros-cons-table>`);
    const table = $(el, 'table') as HTMLTableElement;
    expect(shown(table)).to.equal(true);
    expect(shown($(el, '.cards'))).to.equal(false);
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Pros and cons of Flask and Django');
    expect(texts(table.querySelectorAll('th[scope="col"]'))).to.deep.equal(['Flask', 'Django']);
    expect(texts(table.querySelectorAll('th[scope="row"]'))).to.deep.equal(['Pros', 'Cons']);
    const [pros, cons] = table.tBodies[0].rows;
    expect([...pros.cells].slice(1).map((td) => td.querySelectorAll('li').length)).to.deep.equal([4, 4]);
    expect([...cons.cells].slice(1).map((td) => td.querySelectorAll('li').length)).to.deep.equal([3, 3]);
    const first = pros.cells[1].querySelector('li')!;
    expect(first.querySelector('[part="point-title"]')!.textContent).to.equal('Lightweight & Flexible');
    expect(first.querySelector('[part="detail"]')!.textContent).to.equal('Perfect for simpler projects.');
    expect(first.querySelector('[part="example"]')!.textContent).to.match(/Example\s+Startups like Pallets/);
    expect(cons.cells[2].textContent).to.include('sledgehammer to crack a nut');
    await expect(el).to.be.accessible();
  });

  it('ties every data cell to its subject column header and its Pros/Cons row header', async () => {
    const { el } = await inWrapper(900, html`<pros-cons-table></pros-cons-table>`);
    const table = $(el, 'table') as HTMLTableElement;
    const columnHeaders = [...table.tHead!.rows[0].cells];
    expect(columnHeaders[0].tagName).to.equal('TD'); // the empty corner is not a header
    const cells = $$(el, 'td[part="cell"]') as HTMLTableCellElement[];
    expect(cells).to.have.length(4);
    for (const cell of cells) {
      const row = cell.parentElement as HTMLTableRowElement;
      const colHeader = columnHeaders[cell.cellIndex];
      const rowHeader = row.cells[0];
      expect(colHeader.tagName).to.equal('TH');
      expect(colHeader.getAttribute('scope')).to.equal('col');
      expect(rowHeader.tagName).to.equal('TH');
      expect(rowHeader.getAttribute('scope')).to.equal('row');
      const named = cell.getAttribute('headers')!.split(' ').map((id) => el.shadowRoot!.getElementById(id));
      expect(named).to.deep.equal([colHeader, rowHeader]);
    }
    expect(texts(cells.map((c) => el.shadowRoot!.getElementById(c.getAttribute('headers')!.split(' ')[0])!))).to.deep.equal([
      'Flask',
      'Django',
      'Flask',
      'Django',
    ]);
  });

  it('switches to one card per subject, pros then cons, when narrow, with no sideways scroll at 280 px', async () => {
    const { wrapper, el } = await inWrapper(900, html`<pros-cons-table></pros-cons-table>`);
    expect(shown($(el, 'table'))).to.equal(true);
    wrapper.style.width = '280px'; // container queries apply at the next (synchronous) layout
    expect(shown($(el, 'table'))).to.equal(false);
    expect(shown($(el, '.cards'))).to.equal(true);
    const cards = $$(el, '[part="card"]');
    expect(cards.map((c) => c.querySelector('h3')!.textContent!.trim())).to.deep.equal(['Flask', 'Django']);
    expect(texts(cards[0].querySelectorAll('h4'))).to.deep.equal(['Pros', 'Cons']);
    const [prosList, consList] = cards[0].querySelectorAll('ul');
    expect(prosList.querySelectorAll('li')).to.have.length(4);
    expect(consList.querySelectorAll('li')).to.have.length(3);
    expect(consList.getBoundingClientRect().top).to.be.greaterThan(prosList.getBoundingClientRect().bottom - 1);
    expect(cards[1].getBoundingClientRect().top).to.be.greaterThan(cards[0].getBoundingClientRect().bottom - 1);
    const root = $(el, '.root');
    expect(root.scrollWidth).to.be.at.most(280);
    expect(root.getBoundingClientRect().width).to.be.at.most(280);
    await expect(el).to.be.accessible();
    wrapper.style.width = '900px';
    expect(shown($(el, 'table'))).to.equal(true);
    expect(shown($(el, '.cards'))).to.equal(false);
  });

  it('picks and orders subjects with `subjects`', async () => {
    const { el } = await inWrapper(900, html`<pros-cons-table subjects="django flask"></pros-cons-table>`);
    expect(texts($$(el, 'th[scope="col"]'))).to.deep.equal(['Django', 'Flask']);
    expect($(el, 'caption').textContent!.trim()).to.equal('Pros and cons of Django and Flask');
    el.subjects = 'flask';
    await el.updateComplete;
    expect(texts($$(el, 'th[scope="col"]'))).to.deep.equal(['Flask']);
    expect($(el, 'caption').textContent!.trim()).to.equal('Pros and cons of Flask');
    expect(el.shadowRoot!.textContent).not.to.include('Instagram');
  });

  it('shows only pros or only cons with `show`', async () => {
    const { el } = await inWrapper(900, html`<pros-cons-table show="pros"></pros-cons-table>`);
    expect(texts($$(el, 'th[scope="row"]'))).to.deep.equal(['Pros']);
    expect($(el, 'caption').textContent!.trim()).to.equal('Pros of Flask and Django');
    expect($$(el, '.table [part~="con"]')).to.have.length(0);
    expect($$(el, '.table [part~="pro"]')).to.have.length(8);
    el.show = 'cons';
    await el.updateComplete;
    expect(texts($$(el, 'th[scope="row"]'))).to.deep.equal(['Cons']);
    expect($(el, 'caption').textContent!.trim()).to.equal('Cons of Flask and Django');
    expect($$(el, '.table [part~="pro"]')).to.have.length(0);
    expect(texts($$(el, '.cards h4'))).to.deep.equal(['Cons', 'Cons']);
  });

  it('shows real-world examples by default and hides them with examples="false"', async () => {
    const { el } = await inWrapper(900, html`<pros-cons-table examples="false"></pros-cons-table>`);
    expect($$(el, '.table [part="example"]')).to.have.length(0);
    expect(el.shadowRoot!.textContent).not.to.include('Instagram');
    el.removeAttribute('examples');
    await el.updateComplete;
    expect($$(el, '.table [part="example"]')).to.have.length(8);
    expect(el.shadowRoot!.textContent).to.include('Instagram utilizes');
    el.examples = false;
    await el.updateComplete;
    expect($$(el, '[part="example"]')).to.have.length(0);
  });

  it('marks the highlighted subject as featured in text, in both layouts', async () => {
    const { wrapper, el } = await inWrapper(900, html`<pros-cons-table highlight="django"></pros-cons-table>`);
    const [flask, django] = $$(el, 'th[scope="col"]');
    expect(flask.textContent!.trim()).to.equal('Flask');
    expect(django.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Django Featured');
    const badge = django.querySelector<HTMLElement>('[part="featured"]')!;
    expect(badge.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(badge.closest('[aria-hidden="true"]')).to.equal(null);
    expect(contrast(badge)).to.be.at.least(4.5);
    const cells = $$(el, 'td[part="cell"]');
    expect(cells.map((c) => getComputedStyle(c).backgroundColor !== getComputedStyle(cells[0]).backgroundColor)).to.deep.equal([
      false,
      true,
      false,
      true,
    ]);
    await expect(el).to.be.accessible();
    wrapper.style.width = '280px';
    expect(texts($$(el, '[part="card"] h3')).map((t) => t.replace(/\s+/g, ' '))).to.deep.equal(['Flask', 'Django Featured']);
    await expect(el).to.be.accessible();
  });

  it('tells pros from cons by icon shape and text, with icons at 3:1 or more in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const { el } = await inWrapper(900, html`<pros-cons-table theme=${theme}></pros-cons-table>`);
      const pro = $(el, 'td [part~="pro"] [part="icon"]');
      const con = $(el, 'td [part~="con"] [part="icon"]');
      expect(pro.getAttribute('role')).to.equal('img');
      expect(pro.getAttribute('aria-label')).to.equal('Pro');
      expect(con.getAttribute('aria-label')).to.equal('Con');
      expect(pro.querySelector('svg')!.firstElementChild!.tagName).not.to.equal(con.querySelector('svg')!.firstElementChild!.tagName);
      expect(contrast(pro, $(el, '.root')), `${theme} pro icon`).to.be.at.least(3);
      expect(contrast(con, $(el, '.root')), `${theme} con icon`).to.be.at.least(3);
    }
  });

  it('renders three subjects as three equal columns, and as cards when narrow', async () => {
    const { wrapper, el } = await inWrapper(900, html`<pros-cons-table .data=${threeSubjects} highlight="vue"></pros-cons-table>`);
    const headers = $$(el, 'th[scope="col"]');
    expect(texts(headers).map((t) => t.replace(/\s+/g, ' '))).to.deep.equal(['React', 'Vue Featured', 'Svelte']);
    expect($(el, 'caption').textContent!.trim()).to.match(/^Pros and cons of React, Vue,? and Svelte$/);
    const widths = headers.map((h) => Math.round(h.getBoundingClientRect().width));
    expect(Math.max(...widths) - Math.min(...widths)).to.be.at.most(1);
    expect($(el, '.root').scrollWidth).to.be.at.most(900);
    expect($$(el, '.table [part="example"]')).to.have.length(3);
    wrapper.style.width = '500px';
    expect(shown($(el, 'table'))).to.equal(false);
    expect($$(el, '[part="card"]').filter(shown)).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('keeps six subjects readable: a table when there is room, cards otherwise', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const six = {
      title: 'Six',
      subjects: ids.map((id) => ({ id, name: `Subject ${id.toUpperCase()}` })),
      prosCons: ids.map((id) => ({ subject: id, pros: [{ title: `Pro ${id}`, detail: 'Detail.' }], cons: [{ title: `Con ${id}`, detail: 'Detail.' }] })),
    };
    const { wrapper, el } = await inWrapper(1300, html`<pros-cons-table .data=${six}></pros-cons-table>`);
    expect($$(el, 'th[scope="col"]').filter(shown)).to.have.length(6);
    expect($(el, '.root').scrollWidth).to.be.at.most(1300);
    wrapper.style.width = '900px';
    expect(shown($(el, 'table'))).to.equal(false);
    expect($$(el, '[part="card"]').filter(shown)).to.have.length(6);
    expect($(el, '.root').scrollWidth).to.be.at.most(900);
  });

  it('says which subject id is unknown, in `subjects` or `highlight`', async () => {
    const el = await fixture<ProsConsTable>(html`<pros-cons-table subjects="flask rails"></pros-cons-table>`);
    expect(await el.loadComplete).to.equal(false);
    expect($(el, '[role="alert"]').textContent).to.include('Unknown subject "rails" in the subjects attribute');
    expect($(el, '[role="alert"]').textContent).to.include('flask, django');
    const event = oneEvent(el, 'versus-error');
    el.subjects = undefined;
    el.highlight = 'pyramid';
    const { detail } = await event;
    expect(detail.kind).to.equal('config');
    expect(detail.message).to.include('Unknown subject "pyramid" in the highlight attribute');
    expect(await el.loadComplete).to.equal(false);
    el.highlight = 'flask';
    expect(await el.loadComplete).to.equal(true);
    expect(texts($$(el, 'th[scope="col"] [part="featured"]'))).to.deep.equal(['Featured']);
  });

  it('passes axe in dark mode, wide and narrow', async () => {
    const { wrapper, el } = await inWrapper(900, html`<pros-cons-table theme="dark" highlight="flask"></pros-cons-table>`);
    expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(24, 24, 27)');
    await expect(el).to.be.accessible();
    wrapper.style.width = '280px';
    expect(shown($(el, '.cards'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('takes its labels from the strings table, so pages can translate them', async () => {
    const strings = { pros: 'Avantages', cons: 'Inconvénients', pro: 'Avantage', prosConsCaption: 'Avantages et inconvénients de {subjects}' };
    const { el } = await inWrapper(900, html`<pros-cons-table .strings=${strings}></pros-cons-table>`);
    expect(texts($$(el, 'th[scope="row"]'))).to.deep.equal(['Avantages', 'Inconvénients']);
    expect($(el, 'caption').textContent!.trim()).to.equal('Avantages et inconvénients de Flask and Django');
    expect($(el, 'td [part~="pro"] [part="icon"]').getAttribute('aria-label')).to.equal('Avantage');
  });

  it('keeps a long or enlarged Pros/Cons row header inside its column, clear of the first subject\'s points', async () => {
    /** Row headers whose text runs past their cell (and so over the next cell's text). */
    const spilling = (el: ProsConsTable) =>
      $$(el, 'th[scope="row"]')
        .filter((th) => th.scrollWidth > th.clientWidth + 1)
        .map((th) => `${th.textContent!.trim()}: ${th.scrollWidth}px in ${th.clientWidth}px`);
    const french = { pros: 'Avantages', cons: 'Inconvénients' };
    const translated = await inWrapper(900, html`<pros-cons-table .strings=${french}></pros-cons-table>`);
    const enlarged = await inWrapper(1500, html`<pros-cons-table style="--versus-font-size: 2rem"></pros-cons-table>`);
    // Both are the table layout, where the row headers share a fixed column.
    expect([shown($(translated.el, 'table')), shown($(enlarged.el, 'table'))]).to.deep.equal([true, true]);
    expect(spilling(translated.el), 'French labels').to.deep.equal([]);
    expect(spilling(enlarged.el), 'text at 200%').to.deep.equal([]);
  });

  it('mirrors for right-to-left pages', async () => {
    const { wrapper, el } = await inWrapper(900, html`<pros-cons-table dir="rtl"></pros-cons-table>`);
    const rowHeader = $(el, 'th[scope="row"]').getBoundingClientRect();
    const firstCell = $(el, 'td[part="cell"]').getBoundingClientRect();
    expect(rowHeader.left).to.be.greaterThan(firstCell.left);
    wrapper.style.width = '280px';
    const point = $(el, '[part="card"] [part~="point"]');
    const iconBox = point.querySelector('[part="icon"]')!.getBoundingClientRect();
    const text = point.querySelector('[part="point-title"]')!.getBoundingClientRect();
    expect(iconBox.left).to.be.greaterThan(text.left);
  });
});
