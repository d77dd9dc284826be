import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import type { VersusErrorDetail, VersusRecommendDetail, VersusUseCaseDetail } from '../../src/shared/events.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { invalidDatasets } from '../fixtures/invalid-datasets.js';
import { $, $$, answer, button, liveRegion, press, prompt, record, text } from './helpers.js';

/** Stand-ins for <faq-accordion> and <feature-matrix>: they only record what reveal() was asked. */
class RevealStandIn extends HTMLElement {
  revealed: string[] = [];
  reveal(id: string): boolean {
    this.revealed.push(id);
    return true;
  }
}
customElements.define('faq-accordion', class extends RevealStandIn {});

const focusedIn = (el: UseCasePicker) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<use-case-picker> form layout', () => {
  it('shows every question at once and the result below, announced, with focus kept', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker layout="form" .data=${threeSubjects}></use-case-picker>`);
    await el.loadComplete;
    expect($$(el, 'fieldset legend').map(text)).to.deep.equal(['Who is on the team?', 'What do you need?']);
    expect($$<HTMLInputElement>(el, 'fieldset[data-question="needs"] input').map((i) => i.type)).to.deep.equal(['checkbox', 'checkbox']);
    await answer(el, 'Experts');
    await answer(el, 'Server rendering');
    await answer(el, 'Small bundles');
    expect(el.value).to.equal('team:experts,needs:ssr,needs:small-bundles');
    const submit = button(el, 'Show my recommendation');
    submit.focus();
    const recommended = oneEvent(el, 'versus-recommend');
    await sendKeys({ press: 'Enter' });
    expect(((await recommended) as CustomEvent<VersusRecommendDetail>).detail).to.include({ subject: 'svelte', strength: 'clear-fit' });
    await el.updateComplete;
    expect(text($(el, '[part="result-title"]'))).to.equal('Recommendation: Svelte');
    expect(liveRegion(el)).to.equal('Recommendation: Svelte. Clear fit.');
    expect(focusedIn(el)).to.equal(submit);
    await expect(el).to.be.accessible();
  });

  it('calls a tie "either fits" and gives each leader its side (three subjects)', async () => {
    const events: VersusRecommendDetail[] = [];
    const box = await fixture<HTMLDivElement>(html`<div @versus-recommend=${(e: CustomEvent<VersusRecommendDetail>) => events.push(e.detail)}></div>`);
    const el = document.createElement('use-case-picker');
    Object.assign(el, { layout: 'form', data: threeSubjects, value: 'team:any,needs:-' });
    box.append(el);
    await el.loadComplete;
    expect(events.map(({ subject, leaders, strength }) => ({ subject, leaders, strength }))).to.deep.equal([{ subject: 'react', leaders: ['react', 'vue'], strength: 'either-fits' }]);
    expect(text($(el, '[part="result-title"]'))).to.equal('Recommendation: React or Vue');
    expect(text($(el, '[part="strength"]'))).to.equal('Either fits');
    expect($$(el, '[part="side-title"]').map(text)).to.deep.equal(['What speaks for React', 'What speaks for Vue']);
    expect($$(el, '[part="scores"] li').map(text)).to.deep.equal(['React: 1', 'Vue: 1', 'Svelte: 0']);
  });
});

describe('<use-case-picker> reason links', () => {
  it('links a reason to the FAQ entry or feature row and asks that element to reveal it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><feature-matrix></feature-matrix><div class="article"></div></div>`);
    // The picker and an FAQ inside another element's open shadow root, as in <comparison-article>.
    const shadow = page.querySelector('.article')!.attachShadow({ mode: 'open' });
    const el = document.createElement('use-case-picker');
    el.data = threeSubjects;
    el.value = 'team:any,needs:-';
    shadow.append(el, document.createElement('faq-accordion'));
    await el.loadComplete;
    // <feature-matrix> is not defined yet: no link to it.
    expect($$(el, '[part="reveal"]').map(text)).to.deep.equal(['Read the FAQ answer']);
    customElements.define('feature-matrix', class extends RevealStandIn {});
    await aTimeout(0);
    await el.updateComplete;
    const links = $$<HTMLButtonElement>(el, '[part="reveal"]');
    expect(links.map(text)).to.deep.equal(['Read the FAQ answer', 'See it in the feature table']);
    links[0].click();
    links[1].click();
    expect((shadow.querySelector('faq-accordion') as unknown as RevealStandIn).revealed).to.deep.equal(['is-this-real']);
    expect((page.querySelector('feature-matrix') as unknown as RevealStandIn).revealed).to.deep.equal(['devtools']);
    await expect(el).to.be.accessible();
  });
});

describe('<use-case-picker> sync-url', () => {
  const original = `${location.pathname}${location.search}${location.hash}`;
  afterEach(() => history.replaceState(history.state, '', original));

  it('restores answers from the URL, keeps them there while answering, and clears them on start over', async () => {
    history.replaceState(history.state, '', `${location.pathname}?keep=1&versus-answers=project-size:small,project-kind:-`);
    const el = await fixture<UseCasePicker>(html`<use-case-picker sync-url value="project-size:large"></use-case-picker>`);
    await el.loadComplete;
    expect(prompt(el)).to.equal('Do you need an admin panel or content management?'); // resumed after the skipped question
    await answer(el, 'Yes');
    expect(location.search).to.equal('?keep=1&versus-answers=project-size:small,project-kind:-,admin-cms:yes');
    await press(el, 'Next');
    for (let i = 0; i < 3; i++) await press(el, 'Skip'); // skipping the last question shows the result
    const shared = location.search;
    expect(shared).to.equal('?keep=1&versus-answers=project-size:small,project-kind:-,admin-cms:yes,deadline:-,team-size:-,architecture:-');

    // The shared link opens on the same result.
    const copy = await fixture<UseCasePicker>(html`<use-case-picker sync-url></use-case-picker>`);
    await copy.loadComplete;
    expect(text($(copy, '[part="result-title"]'))).to.equal(text($(el, '[part="result-title"]')));
    expect(text($(copy, '[part="based-on"]'))).to.equal('Based on 2 of 6 questions.');

    await press(copy, 'Start over');
    expect(location.search).to.equal('?keep=1');
  });

  it('keeps two pickers apart when each has its own url-param', async () => {
    const twoPickers = async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <use-case-picker sync-url url-param="shop"></use-case-picker>
        <use-case-picker sync-url url-param="blog"></use-case-picker>
      </div>`);
      const pickers = [...page.querySelectorAll<UseCasePicker>('use-case-picker')];
      await Promise.all(pickers.map((p) => p.loadComplete));
      return pickers;
    };
    history.replaceState(history.state, '', `${location.pathname}?keep=1`);
    const [shop, blog] = await twoPickers();
    await answer(shop, 'Large');
    await answer(blog, 'Small');
    expect(location.search).to.equal('?keep=1&shop=project-size:large&blog=project-size:small');

    // Reloaded from that link, each picker resumes its own answers.
    const again = await twoPickers();
    expect(again.map((p) => p.value)).to.deep.equal(['project-size:large', 'project-size:small']);
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker></use-case-picker>`);
    await el.loadComplete;
    await answer(el, 'Medium');
    expect(location.search).to.not.include('versus-answers');
    expect(el.value).to.equal('project-size:medium');
  });
});

describe('<use-case-picker> browse mode', () => {
  it('lists the article\'s project types and says which framework it suggests and why', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker mode="browse"></use-case-picker>`);
    await el.loadComplete;
    expect(text($(el, 'legend'))).to.equal('Project type');
    const options = $$(el, '[part="option"]').map(text);
    expect(options).to.have.length(9);
    expect(options).to.include.members(['Microservices Architecture', 'E-Commerce Sites', 'Content Management Systems (CMS)']);
    expect($(el, '[part~="suggestion"]')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // the second type: microservices
    await el.updateComplete;
    expect(text($(el, '[part="result-title"]'))).to.equal('The article suggests Flask');
    expect(text($(el, '[part~="suggestion"]'))).to.include('Netflix');
    expect(liveRegion(el)).to.equal('Microservices Architecture: The article suggests Flask');
    await answer(el, 'E-Commerce Sites');
    expect(text($(el, '[part="result-title"]'))).to.equal('The article suggests Django');
    expect(text($(el, '[part="example"]'))).to.equal('Example: Saleor');
    await expect(el).to.be.accessible();
  });

  it('announces a second project type that suggests the same subject, and forgets the announcement when the view changes', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker mode="browse" .data=${threeSubjects}></use-case-picker>`);
    await el.loadComplete;
    expect(liveRegion(el)).to.equal('');
    await answer(el, 'Large apps');
    expect(liveRegion(el)).to.equal('Large apps: The article suggests React');
    await answer(el, 'Mobile apps'); // React again
    expect(liveRegion(el)).to.equal('Mobile apps: The article suggests React');
    el.mode = 'questions';
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('');
    el.mode = 'browse';
    await el.updateComplete;
    await answer(el, 'Large apps');
    el.data = { ...threeSubjects, useCases: threeSubjects.useCases.filter((u) => u.title !== 'Large apps') };
    expect(await el.loadComplete).to.equal(true);
    expect(liveRegion(el)).to.equal('');
    expect($(el, '[part~="suggestion"]') === null).to.equal(true);
  });
});

describe('<use-case-picker> browse mode API', () => {
  it('says which project type the reader chose, by `use-case` and a versus-use-case event', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker mode="browse"></use-case-picker>`);
    const chosen = record<VersusUseCaseDetail>(el, 'versus-use-case');
    await el.loadComplete;
    expect(el.useCase).to.equal(undefined);
    await answer(el, 'E-Commerce Sites');
    expect(chosen).to.deep.equal([{ useCase: 'django-ecommerce', subject: 'django' }]);
    expect(el.useCase).to.equal('django-ecommerce');
  });

  it('shows the project type `use-case` presets, and none for an id the data does not have', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker mode="browse" use-case="django-ecommerce"></use-case-picker>`);
    await el.loadComplete;
    expect(text($(el, '[part="result-title"]'))).to.equal('The article suggests Django');
    expect($$(el, 'input:checked').map((input) => (input as HTMLInputElement).value)).to.deep.equal(['django-ecommerce']);
    el.useCase = 'no-such-type';
    await el.updateComplete;
    expect($(el, '[part~="suggestion"]') === null).to.equal(true);
    expect($$(el, 'input:checked')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<use-case-picker> errors', () => {
  it('shows each problem of invalid question data with its JSON path', async () => {
    const bad = invalidDatasets.find((c) => c.name.startsWith('decision weights'))!;
    const el = await fixture<UseCasePicker>(html`<use-case-picker .data=${bad.dataset}></use-case-picker>`);
    expect(await el.loadComplete).to.equal(false);
    const alert = text($(el, '[role="alert"]'));
    for (const problem of bad.problems) expect(alert).to.include(problem.replace(/\s+/g, ' '));
    await expect(el).to.be.accessible();
  });

  it('says clearly when the data has no questions, no use cases, or the value names an unknown answer', async () => {
    const bare = { title: 'T', subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] };
    const cases: [unknown, string][] = [
      [html`<use-case-picker .data=${bare}></use-case-picker>`, 'decision.questions is missing'],
      [html`<use-case-picker mode="browse" .data=${bare}></use-case-picker>`, 'useCases is missing'],
      [html`<use-case-picker value="project-size:huge"></use-case-picker>`, 'Unknown answer "project-size:huge" in the value attribute'],
    ];
    for (const [template, message] of cases) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = record<VersusErrorDetail>(wrapper, 'versus-error');
      render(template, wrapper);
      const el = wrapper.firstElementChild as UseCasePicker;
      expect(await el.loadComplete).to.equal(false);
      expect(text($(el, '[role="alert"]'))).to.include(message);
      expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
    }
  });
});

describe('<use-case-picker> layout', () => {
  it('fits 280 px without sideways scrolling, on a question and on the result', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><use-case-picker></use-case-picker></div>`);
    const el = wrapper.querySelector('use-case-picker')!;
    await el.loadComplete;
    const root = $(el, '.root')!;
    expect(root.scrollWidth).to.be.at.most(280);
    const [first, second] = $$(el, '[part="option"]').map((o) => o.getBoundingClientRect());
    expect(second.top).to.be.greaterThan(first.bottom - 1); // answers stack
    for (const b of $$(el, 'button')) expect(b.getBoundingClientRect().height).to.be.at.least(24);
    el.value = 'project-size:large,project-kind:cms-content,admin-cms:yes,deadline:tight,team-size:big-team,architecture:no';
    await el.updateComplete;
    expect($(el, '[part="result"]')).to.not.equal(null);
    expect(root.scrollWidth).to.be.at.most(280);
  });

  it('mirrors in right-to-left pages', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker dir="rtl" value="project-size:large,project-kind:-,admin-cms:-,deadline:-,team-size:-,architecture:-"></use-case-picker>`);
    await el.loadComplete;
    const style = getComputedStyle($(el, '[part="result"]')!);
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderLeftWidth).to.equal('1px');
  });
});

describe('<use-case-picker> reason links to items a target lacks', () => {
  it('offers no link when the element on the page does not have that item', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    // A FAQ that holds other questions: an <faq-accordion> is on the page, but not this entry.
    const faq = document.createElement('faq-accordion') as unknown as RevealStandIn & { has?: (id: string) => boolean };
    faq.has = (id: string) => id !== 'is-this-real';
    const el = document.createElement('use-case-picker');
    el.data = threeSubjects;
    el.value = 'team:any,needs:-';
    page.append(faq as unknown as Node, el);
    await el.loadComplete;
    expect($(el, '[part="result"]'), 'the result with its reasons').to.not.equal(null);
    expect($$(el, '[part="reveal"]').map(text)).to.deep.equal([]);
  });
});
