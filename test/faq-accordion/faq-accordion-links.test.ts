import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/faq-accordion/faq-accordion.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { answers, focused, questions } from './helpers.js';

const ORM = 'which-framework-is-better-to-develop-data-intensive-apps';
const TOGETHER = 'can-i-use-flask-and-django-together-in-a-project';
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
const answer = (el: FaqAccordion, id: string) => el.shadowRoot!.getElementById(`${id}_a`)!;

describe('<faq-accordion> links, find in page, motion, print and structured data', () => {
  const realMatchMedia = window.matchMedia;
  afterEach(() => {
    setHash('');
    window.matchMedia = realMatchMedia;
  });

  it('opens the item the URL hash names on load and scrolls it below a sticky header', async () => {
    setHash(`#${ORM}`);
    const page = await fixture<HTMLDivElement>(html`<div>
      <header style="position: sticky; top: 0; height: 80px; background: #fff; z-index: 1">Site header</header>
      <div style="height: 3000px"></div>
      <faq-accordion hash-links></faq-accordion>
      <div style="height: 3000px"></div>
    </div>`);
    const el = page.querySelector('faq-accordion')!;
    await el.loadComplete;
    await el.updateComplete;
    const button = el.shadowRoot!.getElementById(ORM)!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const top = button.getBoundingClientRect().top;
    expect(top).to.be.at.least(80);
    expect(top).to.be.below(innerHeight / 2);
  });

  it('with hash-links, writes the opened item into the hash and follows hash changes', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion hash-links></faq-accordion>`);
    await el.loadComplete;
    el.shadowRoot!.getElementById(TOGETHER)!.click();
    expect(location.hash).to.equal(`#${TOGETHER}`);
    el.shadowRoot!.getElementById(TOGETHER)!.click();
    expect(location.hash).to.equal('');
    location.hash = `#${ORM}`; // a fragment link on the page
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.open).to.deep.equal([ORM]);
  });

  it('leaves a link to the page\'s own anchor to the page, even when an item has the same id', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <a href="#${ORM}">Our own section</a>
      <div style="height: 3000px"></div>
      <faq-accordion hash-links></faq-accordion>
      <div style="height: 3000px"></div>
      <h2 id=${ORM}>The page's own heading</h2>
      <div style="height: 3000px"></div>
    </div>`);
    const el = page.querySelector('faq-accordion')!;
    await el.loadComplete;
    page.querySelector('a')!.click();
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.open).to.deep.equal([]);
    expect(page.querySelector('h2')!.getBoundingClientRect().top).to.be.within(-2, 2);
  });

  it('keeps collapsed answers findable and opens the one find-in-page reaches', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    await el.loadComplete;
    const target = answer(el, ORM);
    expect(target.getAttribute('hidden')).to.equal('until-found');
    expect(target.getBoundingClientRect().height).to.equal(0);
    // What the browser does when find-in-page matches text inside: fire beforematch (the element shows it).
    target.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById(ORM)!.getAttribute('aria-expanded')).to.equal('true');
    expect(target.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('reveal() clears a search that hides the item, opens, scrolls to and focuses it', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable></faq-accordion>`);
    await el.loadComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'community';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(questions(el)).to.have.length(1);
    expect(el.reveal('no-such-question')).to.equal(false);
    expect(el.reveal(ORM)).to.equal(true);
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(questions(el)).to.have.length(5);
    expect(focused(el)).to.equal(el.shadowRoot!.getElementById(ORM));
    expect(answer(el, ORM).hidden).to.equal(false);
  });

  it('animates opening unless reduced motion is asked for, and never waits for it', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion style="--versus-duration: 400ms"></faq-accordion>`);
    await el.loadComplete;
    el.show(ORM);
    await el.updateComplete;
    expect(answer(el, ORM).getAnimations()).to.have.length(1);
    expect(el.shadowRoot!.getElementById(ORM)!.getAttribute('aria-expanded')).to.equal('true');
    // Firefox under WebDriver BiDi cannot emulate media features, so the query's answer is stubbed.
    window.matchMedia = (query: string) => ({ ...realMatchMedia.call(window, query), matches: /reduced-motion: reduce/.test(query) }) as MediaQueryList;
    el.show(TOGETHER);
    await el.updateComplete;
    expect(answer(el, TOGETHER).getAnimations()).to.have.length(0);
    expect(answer(el, TOGETHER).getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('prints answers expanded by default, and as on screen with print="as-is"', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const asIs = await fixture<FaqAccordion>(html`<faq-accordion print="as-is"></faq-accordion>`);
    await el.loadComplete;
    await asIs.loadComplete;
    expect(answers(el).every((a) => a.getBoundingClientRect().height === 0)).to.equal(true);
    // Print emulation is CDP-only, so the element's own @media print rules are applied to the screen.
    for (const accordion of [el, asIs]) applyPrintRules(accordion.shadowRoot!);
    expect(answers(el).every((a) => a.getBoundingClientRect().height > 20)).to.equal(true);
    expect(answers(asIs).every((a) => a.getBoundingClientRect().height === 0)).to.equal(true);
  });

  it('emits one merged schema.org FAQPage block for every accordion that opts in', async () => {
    const block = () => document.head.querySelectorAll('script[type="application/ld+json"]');
    const page = await fixture<HTMLDivElement>(html`<div>
      <faq-accordion structured-data></faq-accordion>
      <faq-accordion structured-data .data=${{ title: 'T', subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], faq: [{ question: 'Q</script>?', answer: 'A.' }] }}></faq-accordion>
      <faq-accordion></faq-accordion>
    </div>`);
    const [first, second] = page.querySelectorAll('faq-accordion');
    await first.loadComplete;
    await second.loadComplete;
    expect(block()).to.have.length(1);
    expect(first.shadowRoot!.querySelector('script')).to.equal(null);
    const json = JSON.parse(block()[0].textContent!);
    expect(json['@type']).to.equal('FAQPage');
    expect(json.mainEntity).to.have.length(6);
    expect(json.mainEntity.find((q: { name: string }) => q.name.startsWith('Q<'))).to.deep.equal({ '@type': 'Question', name: 'Q</script>?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } });
    expect(block()[0].textContent).not.to.include('</script>');
    second.remove();
    expect(JSON.parse(block()[0].textContent!).mainEntity).to.have.length(5);
    first.remove();
    expect(block()).to.have.length(0);
  });
});

function applyPrintRules(root: ShadowRoot) {
  const print = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
  expect(print.length).to.be.greaterThan(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(print.flatMap((media) => [...media.cssRules].map((rule) => rule.cssText)).join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
