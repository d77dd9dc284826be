// A page that translates the interface gets no English in it that the dataset did not bring, and a
// translation that is incomplete or written a little differently never breaks an element.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/faq-accordion/faq-accordion.js';
import '../../src/components/similarity-list/similarity-list.js';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { format, setVersusStrings } from '../../src/shared/strings.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { faqDataset } from '../faq-accordion/helpers.js';
import { watchUncaught } from './dom.js';
import { shadowText, type VersusProbe } from './probe-element.js';
import './probe-element.js';

/** The three-subject fixture in `lang`, its first similarity the same for every subject (one entry, three names). */
function withSharedEntry(lang: string, names?: string[]) {
  const [first, ...rest] = threeSubjects.similarities;
  const alike = { ...first, bySubject: first.bySubject.map((entry) => ({ ...entry, text: 'The same.' })) };
  const subjects = names ? threeSubjects.subjects.map((subject, i) => ({ ...subject, name: names[i] })) : threeSubjects.subjects;
  return { ...threeSubjects, lang, subjects, similarities: [alike, ...rest] };
}

const errorSentence = (el: Element) => el.shadowRoot!.querySelector('[part="error"] p:nth-of-type(2)')!.textContent!.trim();

async function searchFor(el: FaqAccordion, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
}

describe('a translated interface', () => {
  const seen = watchUncaught();
  const german = {
    errorHttp: '{url} konnte nicht geladen werden (HTTP {reason}).',
    errorProblemsAt: 'Der Datensatz unter {url} hat {count, plural, one {# Fehler} other {# Fehler}}:',
    labelSuffix: ' →',
  };
  afterEach(() => {
    setVersusStrings(Object.fromEntries(Object.keys(german).map((key) => [key, undefined])));
    document.documentElement.lang = 'en';
  });

  it('says what failed in the error box in the translation, keeping the server\'s own words', async () => {
    setVersusStrings(german);
    const missing = await fixture<VersusProbe>(html`<versus-probe src="/__test__/missing"></versus-probe>`);
    const invalid = await fixture<VersusProbe>(html`<versus-probe src="/__test__/invalid"></versus-probe>`);
    await Promise.all([missing.loadComplete, invalid.loadComplete]);
    expect(errorSentence(missing)).to.match(/^http:\/\/.*\/__test__\/missing konnte nicht geladen werden \(HTTP 404 Not Found\)\.$/);
    expect(errorSentence(invalid)).to.match(/^Der Datensatz unter .*\/__test__\/invalid hat 2 Fehler:$/);
    // Each problem is listed with its path, then the translation's label suffix.
    expect([...invalid.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent!.replace(/ → .*/, ''))).to.deep.equal(['subjects', 'faq[0].answer']);
  });

  it('has a translatable sentence for every way loading can fail', async () => {
    setVersusStrings({
      errorBadUrl: '«url {url}»',
      errorUnreachable: '«unreachable {url}»',
      errorNotJson: '«not json {url}: {reason}»',
      errorHtmlPage: '«html»',
      errorInlineNotJson: '«inline: {reason}»',
      errorProblems: '«{count} problems»',
    });
    const sentences: string[] = [];
    for (const make of [
      () => html`<versus-probe src="http://[::1/x.json"></versus-probe>`,
      () => html`<versus-probe src="http://127.0.0.1:9/x.json"></versus-probe>`,
      () => html`<versus-probe src="/__test__/not-json"></versus-probe>`,
      () => html`<versus-probe src="/__test__/html-page"></versus-probe>`,
      () => html`<versus-probe><script type="application/json">{"title":</script></versus-probe>`,
      () => html`<versus-probe .data=${{ title: 'x', subjects: [] }}></versus-probe>`,
    ]) {
      const el = await fixture<VersusProbe>(make());
      expect(await el.loadComplete).to.equal(false);
      sentences.push(errorSentence(el).replace(/http:\/\/(127\.0\.0\.1|localhost)(:\d+)?/, 'URL'));
    }
    setVersusStrings({ errorBadUrl: undefined, errorUnreachable: undefined, errorNotJson: undefined, errorHtmlPage: undefined, errorInlineNotJson: undefined, errorProblems: undefined });
    expect(sentences.map((s) => s.replace(/: [^»]*»$/, ': …»'))).to.deep.equal([
      '«url http://[::1/x.json»',
      '«unreachable URL/x.json»',
      '«not json URL/__test__/not-json: …»',
      '«not json URL/__test__/html-page: «html»»',
      '«inline: …»',
      '«1 problems»',
    ]);
  });

  it('falls back to the default for a key a translation leaves undefined, page-wide or for one element', async () => {
    setVersusStrings({ faqMatches: undefined, errorTitle: 'Fehler' });
    setVersusStrings({ errorTitle: undefined });
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .strings=${{ faqNoMatches: undefined }}></faq-accordion>`);
    el.data = faqDataset([{ question: 'Which is faster?', answer: 'A.' }, { question: 'Which is older?', answer: 'B.' }]);
    await el.loadComplete;
    expect(await searchFor(el, 'faster')).to.equal('1 of 2 questions match');
    expect(await searchFor(el, 'zzz')).to.match(/zzz/);
    expect(seen.uncaught).to.deep.equal([]);
    // A page-wide key set back to undefined is the default again.
    const failed = await fixture<VersusProbe>(html`<versus-probe src="/__test__/missing"></versus-probe>`);
    await failed.loadComplete;
    expect(failed.shadowRoot!.querySelector('[part="error"] strong')!.textContent).to.equal('This comparison could not be shown');
  });

  it('picks plural forms by <html lang> again when it changes after the element rendered', async () => {
    setVersusStrings({ faqMatches: '{count} из {total, plural, one {# вопроса} few {# вопросов-few} many {# вопросов-many} other {# вопроса-other}}' });
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable></faq-accordion>`);
    el.data = faqDataset(['a', 'b', 'c', 'd', 'e'].map((x) => ({ question: `Question ${x}?`, answer: 'Answer.' })));
    await el.loadComplete;
    expect(await searchFor(el, 'question')).to.equal('5 из 5 вопроса-other');
    document.documentElement.lang = 'ru';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('5 из 5 вопросов-many');
    setVersusStrings({ faqMatches: undefined });
  });

  it('reads plural forms written with other spacing', () => {
    expect(format('{ total,plural, one {# question} other {# questions} }', { total: 3 })).to.equal('3 questions');
  });

  it('joins subjects that share an entry as the dataset\'s language writes a list', async () => {
    const el = await fixture<VersusProbe>(html`<similarity-list .data=${withSharedEntry('de')}></similarity-list>`);
    await el.loadComplete;
    const shared = [...el.shadowRoot!.querySelectorAll('.entry')].find((entry) => entry.querySelectorAll('dt').length > 1)!;
    expect(shared, 'an entry three subjects share').to.not.equal(undefined);
    expect([...shared.querySelectorAll('dt')].map((dt) => dt.textContent!.trim())).to.deep.equal(['React,', 'Vue und', 'Svelte']);
    // The words between are for the eye: each term is just its name.
    expect([...shared.querySelectorAll('dt [aria-hidden="true"]')].map((s) => s.textContent)).to.deep.equal([', ', ' und ']);
    expect(shadowText(el)).not.to.include('React, Vue, Svelte');
  });

  for (const lang of ['zh', 'ar']) {
    it(`spaces the names in ${lang} as the list's own words do, with no gap of its own between them`, async () => {
      const names = ['甲乙', '丙丁', '戊己'];
      const el = await fixture<VersusProbe>(html`<similarity-list .data=${withSharedEntry(lang, names)}></similarity-list>`);
      await el.loadComplete;
      const terms = [...el.shadowRoot!.querySelector('.entry')!.querySelectorAll('dt')];
      expect(terms.map((dt) => dt.textContent).join('')).to.equal(new Intl.ListFormat(lang, { type: 'conjunction' }).format(names));
      // Each name's box ends where the next begins (on the other side, right to left).
      const rtl = getComputedStyle(terms[0]).direction === 'rtl';
      const gaps = terms.slice(1).map((dt, i) => Math.round(rtl ? terms[i].getBoundingClientRect().left - dt.getBoundingClientRect().right : dt.getBoundingClientRect().left - terms[i].getBoundingClientRect().right) || 0);
      expect(gaps).to.deep.equal([0, 0]);
      // A joining word written against the next name stays with it when the line wraps: Arabic "و".
      if (lang === 'ar') expect(terms.slice(1).map((dt) => dt.textContent!.trim()[0])).to.deep.equal(['و', 'و']);
    });
  }
});
