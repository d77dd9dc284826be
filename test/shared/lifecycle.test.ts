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
  /**
   * Two elements share `src`; one is removed while it loads and added back once the other settled.
   * Returns the `event`s the removed one fired while away and once back (each as its kind or title).
   */
  async function removedWhileSharedFetchEnds(src: string, event: 'versus-load' | 'versus-error') {
    const stays = document.createElement('similarity-list') as Loadable;
    const goes = document.createElement('pros-cons-table') as Loadable;
    stays.setAttribute('src', src);
    goes.setAttribute('src', src);
    const fired: string[] = [];
    goes.addEventListener(event, (e) => {
      const detail = (e as CustomEvent<{ kind?: string; title?: string }>).detail;
      fired.push(`${detail.kind ?? detail.title} on the page: ${goes.isConnected}`);
    });
    document.body.append(stays, goes);
    await goes.updateComplete;
    goes.remove();
    const settled = await stays.loadComplete;
    await goes.updateComplete;
    const whileRemoved = [...fired];
    document.body.append(goes);
    const back = await goes.loadComplete;
    stays.remove();
    goes.remove();
    return { settled, back, whileRemoved, addedBack: fired.slice(whileRemoved.length) };
  }

  it('a removed element does not fire versus-load when a fetch it shared lands, and fires it once added back', async () => {
    const seen = await removedWhileSharedFetchEnds(`/__test__/dataset?name=shared&delay=200&key=${unique()}`, 'versus-load');
    expect(seen).to.deep.equal({ settled: true, back: true, whileRemoved: [], addedBack: ['shared on the page: true'] });
  });

  it('a removed element does not fire versus-error when a failing fetch it shared ends, and fires it once added back', async () => {
    const seen = await removedWhileSharedFetchEnds(`/__test__/missing?delay=200&key=${unique()}`, 'versus-error');
    expect(seen).to.deep.equal({ settled: false, back: false, whileRemoved: [], addedBack: ['http on the page: true'] });
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
