import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/feature-matrix/feature-matrix.js';
import '../../src/components/pros-cons-table/pros-cons-table.js';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { VersusElement } from '../../src/shared/versus-element.js';
import { formatList } from '../../src/shared/list-format.js';
import { formatDate } from '../../src/shared/date-format.js';
import article from '../../data/django-vs-flask.json';
import { text } from './dom.js';

describe('lists of names in the dataset\'s language', () => {
  it('follows a valid lang, and reads in English when lang is not a language tag', () => {
    expect(formatList(['A', 'B', 'C'], 'de')).to.equal('A, B und C');
    expect(formatList(['A', 'B'], 'fr', 'disjunction')).to.equal('A ou B');
    expect(formatList(['A', 'B', 'C'], 'en_US!')).to.equal('A, B, and C');
    expect(formatList(['A', 'B'], undefined, 'disjunction')).to.equal('A or B');
  });

  it('writes English lists (written without Intl) exactly as Intl.ListFormat does', () => {
    const names = ['Flask', 'Django', 'FastAPI', 'Pyramid', 'Bottle'];
    for (const lang of [undefined, '', 'en', 'EN-us']) {
      for (const type of ['conjunction', 'disjunction', 'unit'] as const) {
        const intl = new Intl.ListFormat('en', { type, style: type === 'unit' ? 'short' : 'long' });
        for (let n = 0; n <= names.length; n++) expect(formatList(names.slice(0, n), lang, type), `${lang} ${type} ${n}`).to.equal(intl.format(names.slice(0, n)));
      }
    }
    // Other English-speaking regions write their own: no serial comma in British English.
    expect(formatList(['A', 'B', 'C'], 'en-GB')).to.equal(new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(['A', 'B', 'C']));
  });

  it('renders the elements with an invalid lang instead of throwing', async () => {
    const data = { ...article, lang: 'en_US!' };
    const box = await fixture(html`<div>
      <pros-cons-table .data=${data}></pros-cons-table>
      <feature-matrix .data=${data}></feature-matrix>
      <use-case-picker mode="browse" .data=${data}></use-case-picker>
    </div>`);
    const elements = [...box.children] as VersusElement[];
    expect(await Promise.all(elements.map((el) => el.loadComplete))).to.deep.equal([true, true, true]);
    const [table, matrix] = elements.map((el) => el.shadowRoot!);
    expect(text(table.querySelector('caption')!)).to.equal('Pros and cons of Flask and Django');
    expect(text(matrix.querySelector('caption')!)).to.equal('Features of Flask and Django');
    for (const el of elements) expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
  });
});

describe('dates in the dataset\'s language', () => {
  it('writes English dates (written without Intl) exactly as Intl.DateTimeFormat does, on the calendar day given', () => {
    const intl = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    for (const lang of [undefined, '', 'en', 'en-US']) {
      for (const date of ['2024-01-01', '2024-02-29', '2024-03-26', '1999-12-31', '2030-07-04', '2025-10-09', '0999-01-01', '0000-06-01']) {
        expect(formatDate(date, lang), `${lang} ${date}`).to.equal(intl.format(new Date(`${date}T00:00:00Z`)));
      }
    }
    expect(formatDate('2024-01-01', 'de')).to.equal('01.01.2024');
    expect(formatDate('not a date', 'en')).to.equal('not a date');
  });
});
