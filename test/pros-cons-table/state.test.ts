import { expect, html } from '@open-wc/testing';
import '../../src/components/pros-cons-table/pros-cons-table.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { $$, inWrapper, texts } from './helpers.js';

describe('<pros-cons-table> as frameworks and pages use it', () => {
  // Vue, React 19 and Svelte set a template attribute as the property when the element has one:
  // `<pros-cons-table examples="false">` becomes `el.examples = 'false'`, past the attribute converter.
  it('hides examples when a framework sets the `examples` property to the string "false"', async () => {
    const { el } = await inWrapper(900, html`<pros-cons-table></pros-cons-table>`);
    expect($$(el, '[part="example"]').length).to.be.above(0);
    (el as unknown as { examples: unknown }).examples = 'false';
    await el.updateComplete;
    expect($$(el, '[part="example"]')).to.have.length(0);
  });

  it('leaves out a kind no shown subject has, in the table and its caption as in the cards', async () => {
    const data = {
      title: 'Only pros',
      subjects: [
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
      ],
      prosCons: [
        { subject: 'a', pros: [{ title: 'Fast', detail: 'Very fast.' }] },
        { subject: 'b', pros: [{ title: 'Small', detail: 'Very small.' }] },
      ],
    };
    const { el } = await inWrapper(900, html`<pros-cons-table .data=${data}></pros-cons-table>`);
    expect(texts($$(el, '.cards h4'))).to.deep.equal(['Pros', 'Pros']);
    expect(texts($$(el, 'th[scope="row"]'))).to.deep.equal(['Pros']);
    expect(texts($$(el, 'caption'))).to.deep.equal(['Pros of Alpha and Beta']);
  });

  it('stays as it is when moved in the page (a keyed list, a portal): no "Loading", no second versus-load', async () => {
    const { el } = await inWrapper(900, html`<pros-cons-table highlight="flask"></pros-cons-table>`);
    let loads = 0;
    el.addEventListener('versus-load', () => loads++);
    const other = document.createElement('div');
    document.body.append(other);
    try {
      other.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]') !== null, 'shows Loading after a move').to.equal(false);
      expect(await el.loadComplete).to.equal(true);
      expect(texts($$(el, 'th[scope="col"]')).map((t) => t.replace(/\s+/g, ' '))).to.deep.equal(['Flask Featured', 'Django']);
      expect(loads, 'versus-load again for the same data').to.equal(0);
    } finally {
      other.remove();
    }
  });

  it('says "None given" in a table cell of a subject with pros but no cons, rather than leaving it blank', async () => {
    const data = structuredClone(threeSubjects) as unknown as { prosCons: { cons?: unknown }[] };
    delete data.prosCons[1].cons;
    const { el } = await inWrapper(1000, html`<pros-cons-table .data=${data}></pros-cons-table>`);
    const cells = $$(el, 'td[headers]').map((td) => [td.getAttribute('headers'), td.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(cells.filter(([, text]) => !text)).to.deep.equal([]);
    expect(cells.find(([headers]) => headers === 'col-vue row-cons')).to.deep.equal(['col-vue row-cons', 'None given']);
  });
});

