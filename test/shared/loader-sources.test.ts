// The sources an element reads as they change after the first render: an inline JSON script
// added, edited or removed; `data = null`; an object changed by the page; URLs with fragments.
import { expect, fixture, html } from '@open-wc/testing';
import type { VersusErrorDetail } from '../../src/shared/events.js';
import './probe-element.js';
import { shadowText, type VersusProbe } from './probe-element.js';
import { watchUncaught } from './dom.js';

const dataset = (title: string) => ({ title, subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] });
const unique = () => Math.random().toString(36).slice(2);
const fetchCount = async (key: string) => (await (await fetch(`/__test__/count?of=${key}`)).json()).count as number;
/** A task boundary: a page's next event (an edit, a click) comes in a later task. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

function make(build: (el: VersusProbe) => void, errors: VersusErrorDetail[] = []): VersusProbe {
  const el = document.createElement('versus-probe');
  el.addEventListener('versus-error', (event) => errors.push(event.detail));
  build(el);
  document.body.append(el);
  return el;
}

describe('the sources an element reads, as they change', () => {
  const watched = watchUncaught();
  afterEach(() => expect(watched.uncaught.map(String), 'uncaught').to.deep.equal([]));

  it('uses an inline JSON script added after it rendered (it wins over src)', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src=${`/__test__/dataset?name=from-src&key=${unique()}`}></versus-probe>`);
    expect(await el.loadComplete).to.equal(true);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(dataset('added later'));
    el.append(script);
    await nextTask();
    await el.loadComplete;
    expect(shadowText(el)).to.equal('added later');
  });

  it('follows an edit of the inline script, and falls back to src when it is removed', async () => {
    const src = `/__test__/dataset?name=from-src&key=${unique()}`;
    const el = await fixture<VersusProbe>(html`<versus-probe src=${src}><script type="application/json">${JSON.stringify(dataset('v1'))}</script></versus-probe>`);
    expect(await el.loadComplete).to.equal(true);
    el.querySelector('script')!.textContent = JSON.stringify(dataset('v2'));
    await nextTask();
    await el.loadComplete;
    expect(shadowText(el)).to.equal('v2');
    el.querySelector('script')!.remove();
    await nextTask();
    await el.loadComplete;
    expect(shadowText(el)).to.equal('from-src');
  });

  it('takes data = null (an async pipe before its first value) as no data: src is used, no error', async () => {
    const errors: VersusErrorDetail[] = [];
    const el = make((e) => {
      e.src = `/__test__/dataset?name=from-src&key=${unique()}`;
      e.data = null;
    }, errors);
    expect(await el.loadComplete).to.equal(true);
    expect(shadowText(el)).to.equal('from-src');
    expect(errors).to.deep.equal([]);
    el.remove();
  });

  it('takes data = null without src as data on its way: loading, never the bundled article, until the data comes', async () => {
    const loads: string[] = [];
    const el = make((e) => {
      e.data = null;
      e.addEventListener('versus-load', (event) => loads.push(event.detail.title));
    });
    let settled: boolean | undefined;
    void el.loadComplete.then((ok) => (settled = ok));
    // An element without data, started at the same time: once it shows the bundled article, the
    // article would have come for the other one too.
    const plain = make(() => {});
    expect(await plain.loadComplete).to.equal(true);
    plain.remove();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"]'), 'the loading state').to.not.equal(null);
    expect([shadowText(el), loads, settled]).to.deep.equal(['Loading the comparison…', [], undefined]);
    el.data = dataset('from-the-app');
    await nextTask();
    expect(await el.loadComplete).to.equal(true);
    expect([shadowText(el), loads, settled]).to.deep.equal(['from-the-app', ['from-the-app'], true]);
    el.remove();
  });

  it('checks again an object the page changed since another element was given it', async () => {
    const data = dataset('shared');
    const first = make((e) => (e.data = data));
    expect(await first.loadComplete).to.equal(true);
    await nextTask();
    (data as { subjects: unknown }).subjects = null; // a live preview clearing a field
    const errors: VersusErrorDetail[] = [];
    const second = make((e) => (e.data = data), errors);
    expect(await second.loadComplete).to.equal(false);
    expect(errors.map((e) => e.message)).to.deep.equal(['The dataset from the data property has 1 problem: subjects: expected a list, got null']);
    first.remove();
    second.remove();
  });

  it('fetches URLs that differ only in their #fragment once: the fragment never reaches the server', async () => {
    const key = unique();
    const base = `/__test__/dataset?name=frag&delay=100&key=${key}`;
    const elements = [`${base}#one`, `${base}#two`, base].map((src) => make((el) => (el.src = src)));
    expect(await Promise.all(elements.map((el) => el.loadComplete))).to.deep.equal([true, true, true]);
    expect(await fetchCount(key)).to.equal(1);
    elements.forEach((el) => el.remove());
  });
});
