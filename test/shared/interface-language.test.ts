import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { setVersusStrings } from '../../src/index.js';
import type { VersusElement } from '../../src/shared/versus-element.js';
import { onPageInLanguage } from './dom.js';
import article from '../../data/django-vs-flask.json';

// WCAG 3.1.2 (Language of Parts): a dataset in one language shown with interface strings in another.
// Every text a reader meets must carry the language it is written in: the dataset's for its text,
// the strings' for the interface around it.
const french = { ...article, lang: 'fr' };

/** Every string of the dataset, as text nodes show them. */
function dataStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value.trim());
  else if (Array.isArray(value)) value.forEach((v) => dataStrings(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => dataStrings(v, into));
  return into;
}
const DATA = dataStrings(french);

/** The language in force at `node`, as assistive technology reads it: the nearest `lang`, across the shadow boundary. */
function languageOf(node: Node): string {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el) {
    const found = el.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'placeholder'];

/** Text a reader meets (text nodes and names in attributes), with the language they are in: "where: text (lang)". */
function misread(el: VersusElement, dataLang: string, uiLang: string): string[] {
  const wrong: string[] = [];
  const check = (text: string, node: Node, where: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    // Punctuation, numbers and list joiners between names have no language of their own to check.
    if (!/\p{L}{2}/u.test(trimmed) || /^(et|and)$/.test(trimmed)) return;
    // A list of the dataset's items is joined in the dataset's language ("Blogs, Portfolios et MVPs").
    const isData = DATA.has(trimmed) || trimmed.split(/, | et | and /).every((part) => DATA.has(part));
    const expected = isData ? dataLang : uiLang;
    const actual = languageOf(node);
    if (actual !== expected) wrong.push(`${where}: "${trimmed.slice(0, 60)}" is lang="${actual}", expected "${expected}"`);
  };
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') continue;
      for (const name of READ_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) check(value, node, `${node.localName}[${name}]`);
      }
    } else if (!node.parentElement?.closest('style, script')) {
      check(node.textContent ?? '', node, node.parentElement?.localName ?? '#text');
    }
  }
  return wrong;
}

const FULL_ANSWERS = 'project-size:large,project-kind:cms-content,admin-cms:yes,deadline:-,team-size:big-team,architecture:no';
const untitled = { ...french, sectionText: undefined };

async function typeInto(el: VersusElement, selector: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

// Each case shows as much of the element's interface as it has: controls, states, labels, badges.
const cases: [name: string, template: () => ReturnType<typeof html>, tag: string, interact?: (el: VersusElement) => Promise<unknown>][] = [
  ['faq-accordion', () => html`<faq-accordion searchable toggle-all .data=${french}></faq-accordion>`, 'faq-accordion'],
  ['faq-accordion, nothing found', () => html`<faq-accordion searchable .data=${french}></faq-accordion>`, 'faq-accordion', (el) => typeInto(el, 'input', 'zzzz')],
  ['faq-accordion, some found', () => html`<faq-accordion searchable .data=${french}></faq-accordion>`, 'faq-accordion', (el) => typeInto(el, 'input', 'orm')],
  [
    'feature-matrix, featured column, details open',
    () => html`<feature-matrix highlight="django" .data=${french}></feature-matrix>`,
    'feature-matrix',
    async (el) => {
      for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="disclosure"]')) button.click();
      await el.updateComplete;
    },
  ],
  ['feature-matrix, nothing found', () => html`<feature-matrix .data=${french}></feature-matrix>`, 'feature-matrix', (el) => typeInto(el, '[part="filter"]', 'zzzz')],
  ['pros-cons-table', () => html`<pros-cons-table highlight="django" .data=${french}></pros-cons-table>`, 'pros-cons-table'],
  ['pros-cons-table, one kind', () => html`<pros-cons-table kinds="cons" .data=${french}></pros-cons-table>`, 'pros-cons-table'],
  ['use-case-picker, a question', () => html`<use-case-picker .data=${french}></use-case-picker>`, 'use-case-picker'],
  ['use-case-picker, form', () => html`<use-case-picker layout="form" .data=${french} value=${FULL_ANSWERS}></use-case-picker>`, 'use-case-picker'],
  [
    'use-case-picker, result beside the FAQ and the matrix',
    () => html`<div><use-case-picker .data=${french} value=${FULL_ANSWERS}></use-case-picker><faq-accordion .data=${french}></faq-accordion><feature-matrix .data=${french}></feature-matrix></div>`,
    'use-case-picker',
  ],
  [
    'use-case-picker, browse',
    () => html`<use-case-picker mode="browse" .data=${french}></use-case-picker>`,
    'use-case-picker',
    async (el) => {
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await el.updateComplete;
    },
  ],
  ['comparison-article', () => html`<comparison-article .data=${french}></comparison-article>`, 'comparison-article'],
  ['comparison-article, titles from the UI strings', () => html`<comparison-article .data=${untitled}></comparison-article>`, 'comparison-article'],
  ['comparison-overview', () => html`<comparison-overview .data=${french}></comparison-overview>`, 'comparison-overview'],
  ['community-guide', () => html`<community-guide .data=${french}></community-guide>`, 'community-guide'],
  ['performance-notes', () => html`<performance-notes .data=${french}></performance-notes>`, 'performance-notes'],
  ['similarity-list', () => html`<similarity-list .data=${french}></similarity-list>`, 'similarity-list'],
  ['an error box about the page\'s attributes', () => html`<pros-cons-table subjects="nope" .data=${french}></pros-cons-table>`, 'pros-cons-table'],
];

describe('interface strings in a dataset of another language (WCAG 3.1.2)', () => {
  afterEach(() => setVersusStrings({ language: undefined, faqSearchLabel: undefined }));

  for (const [name, template, tag, interact] of cases) {
    it(`${name}: the dataset's text is in its lang, the English interface says "en"`, async () => {
      const made = await fixture<HTMLElement>(template());
      const el = (made.localName === tag ? made : made.querySelector(tag)) as VersusElement;
      await el.loadComplete;
      await interact?.(el);
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang'), 'the content is in the dataset\'s language').to.equal('fr');
      expect(misread(el, 'fr', 'en')).to.deep.equal([]);
    });
  }

  it('marks nothing when the strings are in the dataset\'s language', async () => {
    const el = await fixture<VersusElement>(html`<faq-accordion searchable .data=${article}></faq-accordion>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelectorAll('.root [lang]')).to.have.length(0);
    expect(misread(el, 'en', 'en')).to.deep.equal([]);
  });

  it('takes a translation\'s own language; one that does not name it is not marked', async () => {
    setVersusStrings({ faqSearchLabel: 'Fragen durchsuchen', language: 'de' });
    const el = await fixture<VersusElement>(html`<faq-accordion searchable .data=${french}></faq-accordion>`);
    await el.loadComplete;
    const label = el.shadowRoot!.querySelector('[part="search-label"]')!;
    expect(languageOf(label)).to.equal('de');
    // Without a language the strings' language is not known: better unmarked than marked wrong.
    await onPageInLanguage('de-AT', async () => {
      setVersusStrings({ language: undefined });
      await el.updateComplete;
      expect(label.hasAttribute('lang'), 'no lang of its own').to.equal(false);
      // Strings set back to their shipped English are English again.
      setVersusStrings({ faqSearchLabel: 'Search the questions' });
      await el.updateComplete;
      expect(languageOf(label)).to.equal('en');
    });
  });

  it('marks the loading and download-error states, which have no content language, in the strings\' language', async () => {
    await onPageInLanguage('fr', async () => {
      const el = await fixture<VersusElement>(html`<pros-cons-table src=${`/__test__/dataset?name=slow&delay=300&key=${Math.random()}`}></pros-cons-table>`);
      expect(languageOf(el.shadowRoot!.querySelector('.load-status')!)).to.equal('en');
      const failed = await fixture<VersusElement>(html`<pros-cons-table src="/__test__/missing?key=${Math.random()}"></pros-cons-table>`);
      expect(await failed.loadComplete).to.equal(false);
      expect(languageOf(failed.shadowRoot!.querySelector('[part="retry"]')!)).to.equal('en');
      expect(languageOf(failed.shadowRoot!.querySelector('[part="error"] strong')!)).to.equal('en');
    });
  });
});
