// Single-page apps mount and remove elements on every route change. A removed element announces
// nothing, and nothing on the page keeps removed elements alive. A page of its own: the picker's
// targets (<faq-accordion>, <feature-matrix>) must stay undefined here.
import { expect } from '@open-wc/testing';
import '../../src/components/pros-cons-table/pros-cons-table.js';
import '../../src/components/similarity-list/similarity-list.js';
import '../../src/components/use-case-picker/use-case-picker.js';
import article from '../../data/django-vs-flask.json';

type Loadable = HTMLElement & { loadComplete: Promise<boolean>; updateComplete: Promise<unknown>; data?: unknown };
let n = 0;
const unique = () => `${Date.now()}-${++n}`;

describe('elements removed from the page', () => {
  it('a removed element does not fire versus-load when a fetch it shared lands, and fires it once added back', async () => {
    const src = `/__test__/dataset?name=shared&delay=200&key=${unique()}`;
    const stays = document.createElement('similarity-list') as Loadable;
    const goes = document.createElement('pros-cons-table') as Loadable;
    stays.setAttribute('src', src);
    goes.setAttribute('src', src);
    const loads: string[] = [];
    goes.addEventListener('versus-load', (e) => loads.push((e as CustomEvent<{ title: string }>).detail.title));
    document.body.append(stays, goes);
    await goes.updateComplete;
    goes.remove();
    expect(await stays.loadComplete).to.equal(true);
    await goes.updateComplete;
    expect(loads, 'while removed').to.deep.equal([]);
    document.body.append(goes);
    expect(await goes.loadComplete).to.equal(true);
    expect(loads, 'added back').to.have.length(1);
    stays.remove();
    goes.remove();
  });

  it('a removed element does not fire versus-error when a failing fetch it shared ends, and fires it once added back', async () => {
    const src = `/__test__/missing?delay=200&key=${unique()}`;
    const stays = document.createElement('similarity-list') as Loadable;
    const goes = document.createElement('pros-cons-table') as Loadable;
    stays.setAttribute('src', src);
    goes.setAttribute('src', src);
    const errors: string[] = [];
    goes.addEventListener('versus-error', (e) => errors.push(`${(e as CustomEvent<{ kind: string }>).detail.kind} on the page: ${goes.isConnected}`));
    document.body.append(stays, goes);
    await goes.updateComplete;
    goes.remove();
    expect(await stays.loadComplete).to.equal(false);
    await goes.updateComplete;
    expect(errors, 'while removed').to.deep.equal([]);
    document.body.append(goes);
    expect(await goes.loadComplete).to.equal(false);
    expect(errors, 'added back').to.deep.equal(['http on the page: true']);
    stays.remove();
    goes.remove();
  });

  it('use-case-picker: mounting it again and again, where its targets are never defined, leaves no callback per mount', async () => {
    expect([customElements.get('faq-accordion'), customElements.get('feature-matrix')]).to.deep.equal([undefined, undefined]);
    const original = customElements.whenDefined.bind(customElements);
    let waiting = 0;
    customElements.whenDefined = ((tag: string) => {
      if (!customElements.get(tag)) waiting++;
      return original(tag);
    }) as typeof customElements.whenDefined;
    try {
      for (let i = 0; i < 30; i++) {
        const el = document.createElement('use-case-picker') as Loadable;
        el.data = article;
        document.body.append(el);
        await el.loadComplete;
        el.remove();
      }
    } finally {
      customElements.whenDefined = original;
    }
    // A wait per target tag for the page is enough; one per mount held every picker ever mounted.
    expect(waiting).to.be.at.most(2);
  });
});
