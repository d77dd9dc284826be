import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { VersusErrorDetail } from '../../src/shared/events.js';
import { shadowText, type VersusProbe } from './probe-element.js';
import { watchUncaught } from './dom.js';

const dataset = (title: string) => ({ title, subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] });
const unique = () => Math.random().toString(36).slice(2);
const fetchCount = async (key: string) => (await (await fetch(`/__test__/count?of=${key}`)).json()).count as number;

describe('VersusElement data sources', () => {
  const watched = watchUncaught();
  afterEach(() => expect(watched.uncaught, 'nothing may be thrown into the host page').to.deep.equal([]));

  it('renders the bundled article when no source is given', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe></versus-probe>`);
    expect(await el.loadComplete).to.equal(true);
    expect(shadowText(el)).to.equal('Django vs Flask');
  });

  it('prefers the data property over an inline script and src', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe .data=${dataset('From property')} src="/__test__/dataset?name=from-src">
      <script type="application/json">${JSON.stringify(dataset('From inline'))}</script>
    </versus-probe>`);
    expect(await el.loadComplete).to.equal(true);
    expect(shadowText(el)).to.equal('From property');
  });

  it('prefers an inline JSON script over src', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/dataset?name=from-src">
      <script type="application/json">${JSON.stringify(dataset('From inline'))}</script>
    </versus-probe>`);
    expect(await el.loadComplete).to.equal(true);
    expect(shadowText(el)).to.equal('From inline');
  });

  it('fetches and validates src when it is the only source', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/dataset?name=remote"></versus-probe>`);
    expect(await el.loadComplete).to.equal(true);
    expect(shadowText(el)).to.equal('remote');
  });

  it('shows a loading state with reserved space until the data arrives', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src=${`/__test__/dataset?name=slow&delay=300&key=${unique()}`}></versus-probe>`);
    const status = el.shadowRoot!.querySelector('.load-status[role="status"]')!;
    expect(status.textContent).to.equal('Loading the comparison…');
    expect(status.getBoundingClientRect().height).to.be.greaterThan(100);
    await el.loadComplete;
    expect(shadowText(el)).to.equal('slow');
  });

  it('says "Loading" after a src change in the status region that was already on the page', async () => {
    // Screen readers announce text written into a live region they know, not always a region created with it.
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/dataset?name=first"></versus-probe>`);
    await el.loadComplete;
    const region = el.shadowRoot!.querySelector('.load-status[role="status"]')!;
    expect(region.textContent!.trim(), 'empty while content shows').to.equal('');
    expect(region.checkVisibility(), 'kept rendered (not display: none), so it stays in the accessibility tree').to.equal(true);
    expect(region.getBoundingClientRect().height, 'takes no room').to.be.at.most(1);
    el.src = `/__test__/dataset?name=second&delay=300&key=${unique()}`;
    await el.updateComplete;
    const now = el.shadowRoot!.querySelector('.load-status[role="status"]')!;
    expect(now === region, 'the same region').to.equal(true);
    expect(region.textContent).to.equal('Loading the comparison…');
    await el.loadComplete;
    expect(shadowText(el)).to.equal('second');
    expect(region.isConnected && region.textContent!.trim() === '', 'emptied, still there').to.equal(true);
  });

  it('shares one fetch between elements that name the same src', async () => {
    const key = unique();
    const src = `/__test__/dataset?name=shared&delay=100&key=${key}`;
    const wrapper = await fixture(html`<div>
      <versus-probe src=${src}></versus-probe><versus-probe src=${src}></versus-probe><versus-probe src=${src}></versus-probe>
    </div>`);
    const probes = [...wrapper.querySelectorAll('versus-probe')];
    expect(await Promise.all(probes.map((p) => p.loadComplete))).to.deep.equal([true, true, true]);
    expect(probes.map(shadowText)).to.deep.equal(['shared', 'shared', 'shared']);
    expect(await fetchCount(key)).to.equal(1);
  });

  it('aborts the previous fetch when src changes, and the latest source wins', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = await fixture<VersusProbe>(html`<versus-probe src=${`/__test__/dataset?name=first&delay=600&key=${unique()}`}></versus-probe>`);
      el.src = `/__test__/dataset?name=second&delay=50&key=${unique()}`;
      expect(await el.loadComplete).to.equal(true);
      expect(shadowText(el)).to.equal('second');
      expect(signals[0].aborted, 'the first fetch is aborted').to.equal(true);
      await new Promise((r) => setTimeout(r, 700));
      expect(shadowText(el)).to.equal('second');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps the latest source when an earlier, slower response arrives last', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe .data=${dataset('one')}></versus-probe>`);
    el.data = undefined;
    el.src = `/__test__/dataset?name=slow-one&delay=400&key=${unique()}`;
    await el.updateComplete;
    const other = document.createElement('versus-probe');
    other.src = el.src; // keeps the slow fetch alive after el moves on, so its response does arrive
    document.body.append(other);
    el.src = `/__test__/dataset?name=fast-two&key=${unique()}`;
    await el.loadComplete;
    await other.loadComplete;
    expect(shadowText(other)).to.equal('slow-one');
    expect(shadowText(el)).to.equal('fast-two');
    other.remove();
  });

  it('shows a 404 with the URL, offers retry and fires versus-error', async () => {
    const el = document.createElement('versus-probe');
    el.src = '/__test__/missing';
    const event = oneEvent(document, 'versus-error');
    document.body.append(el);
    const { detail, composed, bubbles } = (await event) as CustomEvent<VersusErrorDetail>;
    expect({ kind: detail.kind, status: detail.status, composed, bubbles }).to.deep.equal({ kind: 'http', status: 404, composed: true, bubbles: true });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include(`${location.origin}/__test__/missing`);
    expect(alert.textContent).to.include('404');
    expect(alert.querySelector('button')?.textContent).to.equal('Try again');
    el.remove();
  });

  it('says when the server cannot be reached, and offers retry', async () => {
    // Port 9 (discard) has no server on the test machine: the connection is refused at once.
    const el = await fixture<VersusProbe>(html`<versus-probe src="http://127.0.0.1:9/comparison.json"></versus-probe>`);
    expect(await el.loadComplete).to.equal(false);
    expect(shadowText(el)).to.include('Could not reach http://127.0.0.1:9/comparison.json');
    expect(el.shadowRoot!.querySelector('[part="retry"]')?.textContent).to.equal('Try again');
  });

  it('recovers through retry after a failed load', async () => {
    const key = unique();
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/flaky?key=${key}"></versus-probe>`);
    expect(await el.loadComplete).to.equal(false);
    expect(shadowText(el)).to.include('HTTP 503');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    expect(await el.loadComplete).to.equal(true);
    expect(shadowText(el)).to.equal('recovered');
    expect(await fetchCount(key)).to.equal(2);
  });

  it('shows the data in every element of a failed shared fetch once "Try again" in one of them gets it', async () => {
    const key = unique();
    const box = await fixture<HTMLDivElement>(html`<div>
      <versus-probe src="/__test__/flaky?key=${key}"></versus-probe><versus-probe src="/__test__/flaky?key=${key}"></versus-probe>
    </div>`);
    const [first, second] = [...box.children] as VersusProbe[];
    expect(await Promise.all([first.loadComplete, second.loadComplete])).to.deep.equal([false, false]);
    first.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    expect(await first.loadComplete).to.equal(true);
    expect(await second.loadComplete).to.equal(true);
    expect([shadowText(first), shadowText(second)]).to.deep.equal(['recovered', 'recovered']);
    expect(await fetchCount(key)).to.equal(2);
  });

  it('says when src is not JSON', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/not-json"></versus-probe>`);
    expect(await el.loadComplete).to.equal(false);
    expect(shadowText(el)).to.match(/__test__\/not-json is not valid JSON/);
    expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    expect(shadowText(el)).not.to.include('HTML page');
  });

  it('says when src answers with an HTML page instead of JSON', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/html-page"></versus-probe>`);
    expect(await el.loadComplete).to.equal(false);
    expect(shadowText(el)).to.match(/__test__\/html-page is not valid JSON: an HTML page came back \(is the address right\?\)/);
  });

  it('lists the JSON path of each problem in invalid data', async () => {
    const errors: VersusErrorDetail[] = [];
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/invalid" @versus-error=${(e: CustomEvent) => errors.push(e.detail)}></versus-probe>`);
    expect(await el.loadComplete).to.equal(false);
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['subjects: expected at least 2 items, got 1', 'faq[0].answer: expected a non-empty string']);
    // The sentence above the list says how many; the list names each problem once.
    expect(el.shadowRoot!.querySelector('[part="error"] p:nth-of-type(2)')!.textContent).to.match(/^The dataset from .*__test__\/invalid has 2 problems:$/);
    expect(shadowText(el).split('expected at least 2 items').length - 1).to.equal(1);
    expect(errors[0].message).to.include(': subjects: expected at least 2 items, got 1');
    expect(errors.map((e) => [e.kind, e.problems?.length])).to.deep.equal([['invalid', 2]]);
  });

  it('reports an inline script that is not JSON', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe><script type="application/json">{ "title": </script></versus-probe>`);
    expect(await el.loadComplete).to.equal(false);
    expect(shadowText(el)).to.include('The inline dataset is not valid JSON');
  });

  it('renders data as text, never as HTML', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe .data=${dataset('<img src=x onerror="window.__pwned=1">')}></versus-probe>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.equal('<img src=x onerror="window.__pwned=1">');
  });
});

describe('isolation from the host page', () => {
  it('does not inherit hostile text styles from the page', async () => {
    const style = document.createElement('style');
    style.textContent = '.hostile { font-variant: small-caps; letter-spacing: 9px; text-transform: uppercase; line-height: 5; font-style: italic; word-spacing: 20px; text-align: center; }';
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div class="hostile"><versus-probe .data=${{ title: 'Calm', subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] }}></versus-probe></div>`);
      const probe = wrapper.querySelector('versus-probe')!;
      await probe.loadComplete;
      const title = getComputedStyle(probe.shadowRoot!.querySelector('[part="title"]')!);
      expect([title.fontVariant, title.letterSpacing, title.textTransform, title.fontStyle, title.wordSpacing, title.textAlign]).to.deep.equal([
        'normal', 'normal', 'none', 'normal', '0px', 'start',
      ]);
    } finally {
      style.remove();
    }
  });
});
