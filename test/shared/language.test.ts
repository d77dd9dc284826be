// The dataset's language (list separators, direction) and counted UI strings (plural forms).
import { expect, fixture, html } from '@open-wc/testing';
import article from '../../data/django-vs-flask.json';
import threeSubjects from '../fixtures/three-subjects.json';
import { format, setVersusStrings } from '../../src/shared/strings.js';
import { defaultStrings } from '../../src/shared/default-strings.js';
import '../../src/components/faq-accordion/faq-accordion.js';
import '../../src/components/pros-cons-table/pros-cons-table.js';
import '../../src/components/comparison-article/comparison-article.js';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { VersusElement } from '../../src/shared/versus-element.js';
import { onPageInLanguage, text } from './dom.js';
import { search } from '../faq-accordion/helpers.js';

const oneQuestion = { title: 'One', subjects: threeSubjects.subjects, faq: [{ question: 'The only question?', answer: 'Yes.' }] };

describe('the dataset language', () => {
  it('lays out a right-to-left language right to left, in a left-to-right page', async () => {
    const el = await fixture<VersusElement>(html`<pros-cons-table .data=${{ ...threeSubjects, lang: 'ar' }}></pros-cons-table>`);
    expect(await el.loadComplete).to.equal(true);
    const root = el.shadowRoot!.querySelector('[part="base"]')!;
    expect([root.getAttribute('lang'), getComputedStyle(root).direction]).to.deep.equal(['ar', 'rtl']);
  });

  it('reads the direction from the script: Punjabi in Arabic script right to left, Sindhi in Devanagari left to right', async () => {
    const directions: string[] = [];
    for (const lang of ['pa-Arab', 'syr', 'sd-Deva', 'pa', 'not a language tag']) {
      const el = await fixture<VersusElement>(html`<pros-cons-table .data=${{ ...threeSubjects, lang }}></pros-cons-table>`);
      await el.loadComplete;
      directions.push(`${lang} ${getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).direction}`);
    }
    expect(directions).to.deep.equal(['pa-Arab rtl', 'syr rtl', 'sd-Deva ltr', 'pa ltr', 'not a language tag ltr']);
  });

  it('leaves the direction of a left-to-right language to the page (an English article in a right-to-left page)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl"><pros-cons-table></pros-cons-table></div>`);
    const el = box.firstElementChild as VersusElement;
    expect(await el.loadComplete).to.equal(true);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal('rtl');
  });

  it("joins the article's use-case examples with the language's own separator", async () => {
    const english = await fixture<VersusElement>(html`<comparison-article sections="use-cases"></comparison-article>`);
    expect(await english.loadComplete).to.equal(true);
    expect(text(english.shadowRoot!.querySelector('.examples'))).to.match(/^Examples: \w[^,]*, \w/);
    const arabic = await fixture<VersusElement>(html`<comparison-article sections="use-cases" .data=${{ ...article, lang: 'ar' }}></comparison-article>`);
    expect(await arabic.loadComplete).to.equal(true);
    expect(text(arabic.shadowRoot!.querySelector('.examples'))).to.include('، ');
  });
});

describe('counted UI strings', () => {
  it('pick a plural form, ICU style, with the English defaults right for one', async () => {
    expect(format('{n} of {total, plural, one {# question} other {# questions}}', { n: 1, total: 1 })).to.equal('1 of 1 question');
    expect(format('{total, plural, =0 {none} one {# item} other {# items}}', { total: 0 })).to.equal('none');
    expect(format('{total, plural, one {# item} other {# items}}', { total: 12 })).to.equal('12 items');
    const el = await fixture<VersusElement>(html`<faq-accordion searchable .data=${oneQuestion}></faq-accordion>`);
    expect(await el.loadComplete).to.equal(true);
    await search(el, 'only');
    expect(text(el.shadowRoot!.querySelector('[part="status"]'))).to.equal('1 of 1 question matches');
  });

  it('count the shipped English strings by English rules on a page in another language', async () => {
    // Russian counts 21 as "one": the English default must still say "21 questions".
    const many = { ...oneQuestion, faq: Array.from({ length: 21 }, (_, i) => ({ id: `q${i}`, question: `Question ${i}?`, answer: '…' })) };
    await onPageInLanguage('ru', async () => {
      const el = await fixture<VersusElement>(html`<faq-accordion searchable .data=${many}></faq-accordion>`);
      expect(await el.loadComplete).to.equal(true);
      await search(el, 'question');
      expect(text(el.shadowRoot!.querySelector('[part="status"]'))).to.equal('21 of 21 questions match');
    });
  });

  it('count a string a translation left in English by English rules, under the rules of the language it names', async () => {
    // Russian's "one" takes 21: the English "one" form would read "of 21 question matches".
    const many = { ...oneQuestion, faq: Array.from({ length: 21 }, (_, i) => ({ id: `q${i}`, question: `Question ${i}?`, answer: '…' })) };
    const el = await fixture<VersusElement>(html`<faq-accordion searchable .data=${many} .strings=${{ language: 'ru', faqSearchLabel: 'Поиск' }}></faq-accordion>`);
    expect(await el.loadComplete).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('[part="search-label"]'))).to.equal('Поиск');
    await search(el, 'question 1');
    expect(text(el.shadowRoot!.querySelector('[part="status"]'))).to.equal('11 of 21 questions match');
  });

  it('let a translator give the forms of their language', async () => {
    setVersusStrings({ faqMatches: '{count, plural, one {# Frage passt} other {# Fragen passen}}' });
    try {
      const el = await fixture<VersusElement>(html`<faq-accordion searchable .data=${oneQuestion}></faq-accordion>`);
      expect(await el.loadComplete).to.equal(true);
      await search(el, 'only');
      expect(text(el.shadowRoot!.querySelector('[part="status"]'))).to.equal('1 Frage passt');
    } finally {
      setVersusStrings({ faqMatches: defaultStrings.faqMatches });
    }
  });
});

describe('searching text in any script', () => {
  const questions = ['Что такое Ёлка?', 'Мой вопрос?', 'Мои вопросы?', 'कम क्या है?', 'काम क्या है?', 'ガイドとは？', 'Σύστημα;', 'ＡＰＩは作れますか？', 'ما هو الإطار المُدْمَج؟'];
  const faqData = { title: 'Many scripts', subjects: threeSubjects.subjects, faq: questions.map((question, i) => ({ id: `q${i}`, question, answer: '…' })) };
  const shownQuestions = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.item')].filter((item) => !item.hidden).map((item) => item.querySelector('.question')!.textContent);

  it('the FAQ drops accents, harakat and compatibility forms, but not the marks that make another letter', async () => {
    const el = await fixture<VersusElement>(html`<faq-accordion searchable .data=${faqData}></faq-accordion>`);
    await el.loadComplete;
    const found: Record<string, (string | null)[]> = {};
    for (const query of ['елка', 'мой', 'काम', 'カイト', 'ΣΥΣ', 'api', 'مدمج']) {
      await search(el, query);
      found[query] = shownQuestions(el);
    }
    expect(found).to.deep.equal({
      елка: ['Что такое Ёлка?'],
      мой: ['Мой вопрос?'],
      काम: ['काम क्या है?'],
      カイト: [],
      ΣΥΣ: ['Σύστημα;'],
      api: ['ＡＰＩは作れますか？'],
      مدمج: ['ما هو الإطار المُدْمَج؟'],
    });
  });

  it('the feature matrix filters as the FAQ searches', async () => {
    const names = ['Ёлка', 'ＵＲＬルーティング', 'المُدْمَج', 'Plain'];
    const data = {
      title: 'Many scripts',
      subjects: threeSubjects.subjects,
      features: names.map((name, i) => ({ id: `f${i}`, name, category: 'c', support: [{ subject: 'react', level: 'built-in' }] })),
      featureCategories: [{ id: 'c', name: 'C' }],
    };
    const el = await fixture<VersusElement & { query: string }>(html`<feature-matrix .data=${data}></feature-matrix>`);
    await el.loadComplete;
    const found: Record<string, string[]> = {};
    for (const query of ['елка', 'url', 'مدمج']) {
      el.query = query;
      await el.updateComplete;
      found[query] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr.feature')].filter((tr) => !tr.hidden).map((tr) => tr.dataset.feature!);
    }
    expect(found).to.deep.equal({ елка: ['f0'], url: ['f1'], مدمج: ['f2'] });
  });
});
