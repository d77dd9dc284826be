import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/faq-accordion/faq-accordion.js';
import '../../src/components/comparison-article/comparison-article.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import type { VersusLoadDetail } from '../../src/shared/events.js';
import threeSubjects from '../fixtures/three-subjects.json';
import article from '../../data/django-vs-flask.json';

describe('versus-load', () => {
  it('fires once the data is shown, again for new data, and not for an error', async () => {
    const seen: string[] = [];
    const box = await fixture<HTMLElement>(html`<div @versus-load=${(e: CustomEvent<VersusLoadDetail>) => seen.push(e.detail.title)}>
      <faq-accordion></faq-accordion>
    </div>`);
    const el = box.querySelector<FaqAccordion>('faq-accordion')!;
    await el.loadComplete;
    expect(seen).to.deep.equal([article.title]);
    el.headingLevel = 4; // a re-render of the same data is no new load
    await el.updateComplete;
    el.data = threeSubjects;
    await el.loadComplete;
    el.data = { title: 'Broken' };
    expect(await el.loadComplete).to.equal(false);
    expect(seen).to.deep.equal([article.title, threeSubjects.title]);
  });

  it('crosses shadow roots: the section elements inside <comparison-article> announce theirs too', async () => {
    const from: string[] = [];
    const box = await fixture<HTMLElement>(html`<div @versus-load=${(e: Event) => from.push((e.composedPath()[0] as Element).localName)}>
      <comparison-article sections="faq"></comparison-article>
    </div>`);
    const host = box.firstElementChild as FaqAccordion;
    await host.loadComplete;
    await (host.shadowRoot!.querySelector('faq-accordion') as FaqAccordion).loadComplete;
    expect(from.sort()).to.deep.equal(['comparison-article', 'faq-accordion']);
  });
});

describe('versus-error', () => {
  it('fires for each failed attempt: retry() of the same invalid object in the same task, and a failure then a config error', async () => {
    const el = await fixture<HTMLElementTagNameMap['comparison-article']>(html`<comparison-article></comparison-article>`);
    const kinds: string[] = [];
    el.addEventListener('versus-error', (e) => kinds.push((e as CustomEvent<{ kind: string }>).detail.kind));
    el.data = { title: 'x' };
    expect(await el.loadComplete).to.equal(false);
    el.retry();
    expect(await el.loadComplete).to.equal(false);
    el.setAttribute('sections', 'nope');
    el.data = threeSubjects;
    expect(await el.loadComplete).to.equal(false);
    expect(kinds).to.deep.equal(['invalid', 'invalid', 'config']);
  });
});
