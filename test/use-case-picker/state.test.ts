import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/use-case-picker/use-case-picker.js';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import article from '../../data/django-vs-flask.json';
import threeSubjects from '../fixtures/three-subjects.json';
import { $, $$, answer, liveRegion, press, prompt, record, text } from './helpers.js';

// The picker's answers, result and links stay right when what is around them changes.
const FULL = 'project-size:large,project-kind:cms-content,admin-cms:yes,deadline:-,team-size:big-team,architecture:no';
const revealLabels = (el: UseCasePicker) => $$(el, '[part="reveal"]').map(text);

describe('<use-case-picker> when things change around it', () => {
  it('starts the new questions when other data replaces the data the user answered', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker .data=${article}></use-case-picker>`);
    await el.loadComplete;
    await answer(el, 'Small');
    expect(el.value).to.equal('project-size:small');
    const errors = record(el, 'versus-error');
    el.data = threeSubjects;
    expect(await el.loadComplete).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(el.value).to.equal('');
    expect(prompt(el)).to.equal('Who is on the team?');
  });

  it('keeps the answers when the same questions come again in a new object', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker .data=${article}></use-case-picker>`);
    await el.loadComplete;
    await answer(el, 'Small');
    el.data = structuredClone(article);
    expect(await el.loadComplete).to.equal(true);
    expect(el.value).to.equal('project-size:small');
  });

  it('adds reason links for a <feature-matrix> that loads its data later', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <use-case-picker .data=${article} value=${FULL}></use-case-picker>
      <feature-matrix src="/data/django-vs-flask.json"></feature-matrix>
    </div>`);
    const picker = page.querySelector('use-case-picker')!;
    const matrix = page.querySelector<FeatureMatrix>('feature-matrix')!;
    expect(await picker.loadComplete).to.equal(true);
    expect(await matrix.loadComplete).to.equal(true);
    await picker.updateComplete;
    expect(revealLabels(picker)).to.include('See it in the feature table');
  });

  it('adds reason links for a <feature-matrix> added to the page after the result', async () => {
    const page = await fixture<HTMLElement>(html`<div><use-case-picker value=${FULL}></use-case-picker></div>`);
    const picker = page.querySelector('use-case-picker')!;
    await picker.loadComplete;
    expect(revealLabels(picker)).to.deep.equal([]);
    const matrix = document.createElement('feature-matrix');
    page.append(matrix);
    await matrix.loadComplete;
    await picker.updateComplete;
    expect(revealLabels(picker)).to.include('See it in the feature table');
  });

  it('goes Back from a result opened by preset answers to the last question', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker value=${FULL}></use-case-picker>`);
    await el.loadComplete;
    expect($(el, '[part="result"]')).to.not.equal(null);
    await press(el, 'Back');
    expect(prompt(el)).to.equal('Do you need a custom or unconventional architecture?');
  });

  it('in the form layout, announces and reports a result changed by a changed answer', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker layout="form" .data=${threeSubjects}></use-case-picker>`);
    await el.loadComplete;
    await answer(el, 'Experts');
    await answer(el, 'Server rendering');
    await answer(el, 'Small bundles');
    await press(el, 'Show my recommendation');
    expect(text($(el, '[part="result-title"]'))).to.equal('Recommendation: Svelte');
    const results = record<{ subject: string }>(el, 'versus-recommend');
    // Unticks both needs, and changes the team.
    await answer(el, 'Server rendering');
    await answer(el, 'Small bundles');
    await answer(el, 'Anyone');
    const shown = text($(el, '[part="result-title"]'));
    expect(shown).to.not.equal('Recommendation: Svelte');
    expect(liveRegion(el)).to.include(shown);
    expect(results.length).to.be.above(0);
    expect(shown).to.include(threeSubjects.subjects.find((s) => s.id === results.at(-1)!.subject)!.name);
  });

  it('with sync-url, writes answers the page sets through value to the URL', async () => {
    const original = `${location.pathname}${location.search}${location.hash}`;
    try {
      history.replaceState(history.state, '', `${location.pathname}?keep=1`);
      const el = await fixture<UseCasePicker>(html`<use-case-picker sync-url></use-case-picker>`);
      await el.loadComplete;
      await answer(el, 'Large');
      expect(location.search).to.equal('?keep=1&versus-answers=project-size:large');
      el.value = 'project-size:small';
      await el.updateComplete;
      expect(location.search).to.equal('?keep=1&versus-answers=project-size:small');
      el.value = '';
      await el.updateComplete;
      expect(location.search).to.equal('?keep=1');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('applies a preset written in another order than the questions, and drops its answers without an error when the new data lacks them', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker .data=${threeSubjects} value="needs:ssr, team:any"></use-case-picker>`);
    await el.loadComplete;
    // Before the swap the preset is in force: its two answers, read in the questions' order, give React's result.
    expect(el.value).to.equal('needs:ssr, team:any');
    expect(text($(el, '[part="result-title"]'))).to.equal('Recommendation: React');
    const errors = record(el, 'versus-error');
    el.data = article;
    expect(await el.loadComplete).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(el.value).to.equal('');
  });
});

describe('<use-case-picker sync-url> and the address bar', () => {
  const original = `${location.pathname}${location.search}${location.hash}`;
  afterEach(() => history.replaceState(history.state, '', original));

  it('form layout: a result shown with questions left open is in the URL, and the link opens it again', async () => {
    history.replaceState(history.state, '', `${location.pathname}?keep=1`);
    const el = await fixture<UseCasePicker>(html`<use-case-picker layout="form" sync-url .data=${threeSubjects}></use-case-picker>`);
    await el.loadComplete;
    const skipped = record(el, 'versus-answer');
    await answer(el, 'Experts');
    await press(el, 'Show my recommendation');
    expect(text($(el, '[part="result-title"]'))).to.equal('Recommendation: Svelte');
    expect(location.search).to.equal('?keep=1&versus-answers=team:experts,needs:-');
    expect(skipped.at(-1)).to.deep.equal({ question: 'needs', answer: null });
    const reopened = await fixture<UseCasePicker>(html`<use-case-picker layout="form" sync-url .data=${threeSubjects}></use-case-picker>`);
    await reopened.loadComplete;
    expect(text($(reopened, '[part="result-title"]'))).to.equal('Recommendation: Svelte');
  });

  it('follows Back and Forward to the answers the URL held then', async () => {
    history.replaceState(history.state, '', `${location.pathname}?keep=1`);
    const el = await fixture<UseCasePicker>(html`<use-case-picker sync-url></use-case-picker>`);
    await el.loadComplete;
    await answer(el, 'Large');
    history.pushState(history.state, '', `${location.pathname}${location.search}#faq`); // an in-page link
    await answer(el, 'Small');
    expect(location.search).to.equal('?keep=1&versus-answers=project-size:small');
    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await el.updateComplete;
    expect(el.value).to.equal('project-size:large');
    // Where a fresh load of that URL starts: the question after the one answered.
    const fresh = await fixture<UseCasePicker>(html`<use-case-picker sync-url></use-case-picker>`);
    await fresh.loadComplete;
    expect(fresh.value).to.equal('project-size:large');
    expect(prompt(el)).to.equal(prompt(fresh));
    const forward = oneEvent(window, 'popstate');
    history.forward();
    await forward;
    await el.updateComplete;
    expect(location.search).to.equal('?keep=1&versus-answers=project-size:small');
    expect(el.value).to.equal('project-size:small');
  });
});

