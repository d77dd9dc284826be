import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/comparison-article/comparison-article.js';
import type { ComparisonArticle } from '../../src/components/comparison-article/comparison-article.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { deepHeadings, deepText } from './deep.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const sectionIn = (el: Element, name: string) => $(el, `[data-section="${name}"]`)!;
const tocLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="toc-link"]')];
const sectionTitles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="section-title"]')].map((h) => deepText(h).trim());

// One distinctive string per section, found only in the element that renders that section.
const DISTINCTIVE: [string, string, string][] = [
  ['overview', 'comparison-overview', 'A fully loaded tech SUV'],
  ['pros-cons', 'pros-cons-table', 'Steep Learning Curve'],
  ['features', 'feature-matrix', 'Modularity and Flexibility'],
  ['performance', 'performance-notes', 'Benchmarking Challenges'],
  ['similarities', 'similarity-list', 'WSGI Compliant'],
  ['communities', 'community-guide', 'DjangoCon Europe'],
  ['decision', 'use-case-picker', 'How big is your project?'],
  ['faq', 'faq-accordion', 'Which framework is better for large and complex applications, Django or Flask?'],
];

describe('<comparison-article>', () => {
  it('shows every section of the bundled article, each section\'s content inside its element', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article></comparison-article>`);
    expect(await el.loadComplete).to.equal(true);
    expect(sectionTitles(el)).to.deep.equal([
      'Flask vs. Django: Overview',
      'Flask vs Django: Pros and Cons',
      'Flask Framework vs Django: Key Features',
      'Django vs Flask: Performance Comparison',
      'Django vs Flask: Similarities',
      'Flask vs Django: Use Cases and Project Suitability',
      'Flask vs. Django: Navigating Their Communities',
      'Decision-Making: Flask vs. Django',
      'Frequently Asked Questions',
    ]);
    for (const [name, tag, text] of DISTINCTIVE) {
      const child = sectionIn(el, name).querySelector(tag);
      expect(child, `<${tag}> in ${name}`).to.not.equal(null);
      expect(deepText(child!), `${name} content`).to.include(text);
    }
    expect(deepText(sectionIn(el, 'use-cases'))).to.include('Wagtail'); // a use-case group
    // The decision is a section of its own after the communities, as in the article.
    const decision = deepText(sectionIn(el, 'decision'));
    expect(decision).to.include('Everyone follows the same playbook'); // the guidance
    expect(decision).to.include('Django vs Flask – which is better?'); // its intro
    expect(decision).to.include('your project’s needs will point you in the right direction'); // its closing
    expect(deepText($(el, '[part="intro"]')!)).to.include('Navigating the difference between Flask and Django');
    expect(deepText($(el, '[part="source"]')!).trim()).to.equal(
      'Source: Django vs Flask: Which Is Better for Web Development, by Alex Ryabtsev, Backend Competency & Tech Lead (Django Stars, Mar 26, 2024)',
    );
    const groups = [...sectionIn(el, 'use-cases').querySelectorAll('[part="use-case-subject"]')].map((h) => deepText(h).trim());
    expect(groups).to.include.members(['Flask: best suited for…', 'Django: best suited for…']);
  });

  it('writes the source date as readers of the source line\'s language do', async () => {
    const data = structuredClone(threeSubjects);
    data.source.date = '2024-01-01';
    const german = { ...data, lang: 'de' };
    // Strings translated to the dataset's language: a German line, a German date.
    const translated = await fixture<ComparisonArticle>(html`<comparison-article .data=${german} .strings=${{ language: 'de', source: 'Quelle: {title}, von {author} ({publisher}, {date})' }}></comparison-article>`);
    await translated.loadComplete;
    expect(deepText($(translated, '[part="source"]')!)).to.include('(versus-elements, 01.01.2024)');
    // The shipped English strings around German content: the line's words and its date are English
    // and marked so; the title and publisher it names stay in the dataset's German.
    const english = await fixture<ComparisonArticle>(html`<comparison-article .data=${german}></comparison-article>`);
    await english.loadComplete;
    const line = $(english, '[part="source"]')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: Invented fixture, by versus-elements tests (versus-elements, Jan 1, 2024)');
    const langOf = (text: string) => [...line.querySelectorAll('*'), line].find((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.includes(text)))?.closest('[lang]')?.getAttribute('lang');
    expect(langOf('Jan 1, 2024'), 'the date').to.equal('en');
    expect(langOf('by'), 'the line\'s words').to.equal('en');
    expect(langOf('Invented fixture'), 'the title').to.equal('de');
  });

  it('credits a source without a date without an empty slot for it', async () => {
    const data = structuredClone(threeSubjects) as Omit<typeof threeSubjects, 'source'> & { source: { date?: string } };
    const dated = await fixture<ComparisonArticle>(html`<comparison-article .data=${data}></comparison-article>`);
    await dated.loadComplete;
    expect(deepText($(dated, '[part="source"]')!).trim()).to.match(/^Source: Invented fixture, by versus-elements tests \(versus-elements, [A-Z][a-z]{2} \d{1,2}, \d{4}\)$/);
    delete data.source.date;
    const undated = await fixture<ComparisonArticle>(html`<comparison-article .data=${data}></comparison-article>`);
    await undated.loadComplete;
    expect(deepText($(undated, '[part="source"]')!).trim()).to.equal('Source: Invented fixture, by versus-elements tests (versus-elements)');
  });

  it('renders each section intro once, whoever renders it', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article></comparison-article>`);
    await el.loadComplete;
    const all = deepText(el);
    for (const snippet of ['Here’s a side-by-side comparison', 'sheds light on their individual capabilities', 'share a set of commonalities', 'The heartbeat of any open-source']) {
      expect(all.split(snippet).length - 1, snippet).to.equal(1);
    }
  });

  it('starts headings at heading-level and puts each element\'s headings below its section', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article heading-level="3"></comparison-article>`);
    await el.loadComplete;
    const headings = deepHeadings(el);
    expect(headings[0]).to.deep.equal({ level: 3, text: 'Flask vs. Django: Overview' });
    expect(Math.min(...headings.map((h) => h.level))).to.equal(3);
    // No heading skips a level on the way down.
    headings.forEach((h, i) => i && expect(h.level, h.text).to.be.at.most(headings[i - 1].level + 1));
    const overview = sectionIn(el, 'overview').querySelector('comparison-overview')!;
    expect(overview.shadowRoot!.querySelector('h4')!.textContent).to.equal('Flask');
  });

  it('moves to a section from the table of contents with the keyboard', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article></comparison-article>`);
    await el.loadComplete;
    const links = tocLinks(el);
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(sectionTitles(el));
    expect($(el, 'nav')!.getAttribute('aria-labelledby')).to.equal('toc-title');
    const before = location.href;
    links[8].focus();
    await sendKeys({ press: 'Enter' });
    const target = $(el, '#section-faq')!;
    expect(el.shadowRoot!.activeElement).to.equal(target);
    expect(location.href).to.equal(before);
    expect(el.scrollToSection('nowhere')).to.equal(false);
  });

  it('chooses and orders sections with `sections`, and leaves out what a dataset lacks', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article sections="faq, overview"></comparison-article>`);
    await el.loadComplete;
    expect(sectionTitles(el)).to.deep.equal(['Frequently Asked Questions', 'Flask vs. Django: Overview']);
    const small = { title: 'Tea vs Coffee', subjects: [{ id: 'tea', name: 'Tea' }, { id: 'coffee', name: 'Coffee' }], faq: [{ question: 'Hot?', answer: 'Both.' }] };
    const one = await fixture<ComparisonArticle>(html`<comparison-article .data=${small}></comparison-article>`);
    await one.loadComplete;
    expect(sectionTitles(one)).to.deep.equal(['Frequently asked questions']);
    expect($(one, 'nav')).to.equal(null); // no contents for a single section
    expect(one.shadowRoot!.querySelectorAll('h2')).to.have.length(1);
  });

  it('renders a three-subject dataset, falling back to default headings', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article .data=${threeSubjects}></comparison-article>`);
    expect(await el.loadComplete).to.equal(true);
    expect(sectionTitles(el)).to.include.members(['Fixture overview', 'Pros and cons', 'Performance', 'Fixture FAQ']);
    expect(deepText(sectionIn(el, 'use-cases'))).to.include('Dashboards');
    expect(deepText(sectionIn(el, 'decision'))).to.include('Invented guidance C.');
    expect(sectionTitles(el)).to.include('Decision');
    expect([...sectionIn(el, 'use-cases').querySelectorAll('[part="use-case-subject"]')].map((h) => h.textContent)).to.deep.equal(['React: best suited for…', 'Vue: best suited for…', 'Svelte: best suited for…']);
    // Every section element renders the article's data, never a download of its own.
    const children = [...el.shadowRoot!.querySelectorAll<HTMLElement & { data?: unknown }>('[data-section] *')].filter((c) => c.localName.includes('-'));
    expect(children.length).to.be.above(4);
    for (const child of children) expect(child.data, child.localName).to.equal(threeSubjects);
  });

  it('hands its strings down to the section elements', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article sections="communities" .strings=${{ whatYouGet: 'Ce que vous obtenez' }}></comparison-article>`);
    expect(await el.loadComplete).to.equal(true);
    await sectionIn(el, 'communities').querySelector<ComparisonArticle>('community-guide')!.loadComplete;
    expect(deepText(sectionIn(el, 'communities'))).to.include('Ce que vous obtenez');
  });

  it('names an unknown section', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article sections="overview gallery"></comparison-article>`);
    expect(await el.loadComplete).to.equal(false);
    expect(deepText($(el, '[role="alert"]')!)).to.include('Unknown section "gallery"');
  });

  it('fits 280 px without sideways scrolling and hands its theme to every section', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><comparison-article theme="dark"></comparison-article></div>`);
    const el = wrapper.querySelector('comparison-article')!;
    await el.loadComplete;
    expect($(el, '.root')!.scrollWidth).to.be.at.most(280);
    const faq = sectionIn(el, 'faq').querySelector('faq-accordion')!;
    expect(faq.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(faq.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(24, 24, 27)');
  });

  // axe over the whole article and its nested shadow roots takes seconds on a loaded machine.
  for (const theme of ['light', 'dark']) {
    it(`passes axe in ${theme} mode`, async function () {
      this.timeout(60000);
      const el = await fixture<ComparisonArticle>(html`<comparison-article theme=${theme}></comparison-article>`);
      await el.loadComplete;
      await expect(el).to.be.accessible();
    });
  }
});
