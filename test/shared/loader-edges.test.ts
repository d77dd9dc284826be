import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VersusErrorDetail } from '../../src/shared/events.js';
import { shadowText, type VersusProbe } from '../shared/probe-element.js';
import { settled, watchUncaught } from './dom.js';

const unique = () => Math.random().toString(36).slice(2);

describe('the shared loader with a src that is not a URL, and Try again by keyboard', () => {
  const watched = watchUncaught();

  it('a src that is not a valid URL shows an error naming it and fires versus-error, throwing nothing', async () => {
    const errors: VersusErrorDetail[] = [];
    const el = document.createElement('versus-probe');
    el.addEventListener('versus-error', (e) => errors.push(e.detail));
    el.src = 'http://[::1/data.json'; // a typo: the IPv6 host lacks its closing bracket
    document.body.append(el);
    try {
      expect(await el.loadComplete).to.equal(false);
      expect(watched.uncaught.map(String)).to.deep.equal([]);
      expect(errors.map((e) => e.kind)).to.deep.equal(['url']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('http://[::1/data.json');
    } finally {
      el.remove();
    }
  });

  it('switching src to a malformed URL after a good load throws nothing and says what is wrong', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src=${`/__test__/dataset?name=good&key=${unique()}`}></versus-probe>`);
    expect(await el.loadComplete).to.equal(true);
    el.src = 'https://example.com:80800/data.json';
    const result = await settled(el.loadComplete);
    await new Promise((r) => setTimeout(r, 50)); // errors thrown late by timers or listeners
    expect(watched.uncaught.map(String), 'uncaught').to.deep.equal([]);
    expect(String(result)).to.equal('false');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('keeps keyboard focus in the element after "Try again" (not on <body>)', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/flaky?key=${unique()}"></versus-probe>`);
    expect(await el.loadComplete).to.equal(false);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    expect(await el.loadComplete).to.equal(true);
    expect(shadowText(el)).to.equal('recovered');
    expect(document.activeElement?.localName, 'focus after retry').to.equal('versus-probe');
  });

  it('keeps keyboard focus on a Try again button when the retry fails again', async () => {
    const el = await fixture<VersusProbe>(html`<versus-probe src="/__test__/missing?key=${unique()}"></versus-probe>`);
    expect(await el.loadComplete).to.equal(false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(await el.loadComplete).to.equal(false);
    expect(document.activeElement?.localName, 'focus after a failed retry').to.equal('versus-probe');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('retry');
  });
});

describe('the shared loader when elements move, leave or retry', () => {
  it('a second element sharing a pending fetch still gets the data when the first is removed', async () => {
    const src = `/__test__/dataset?name=kept&delay=300&key=${unique()}`;
    const wrapper = await fixture(html`<div><versus-probe src=${src}></versus-probe><versus-probe src=${src}></versus-probe></div>`);
    const [first, second] = wrapper.querySelectorAll('versus-probe');
    first.remove();
    expect(await second.loadComplete).to.equal(true);
    expect(shadowText(second)).to.equal('kept');
  });

  it('an element moved in the DOM while its src loads still shows the data', async () => {
    const src = `/__test__/dataset?name=moved&delay=200&key=${unique()}`;
    const wrapper = await fixture(html`<div><versus-probe src=${src}></versus-probe><section></section></div>`);
    const el = wrapper.querySelector('versus-probe')!;
    await el.updateComplete;
    wrapper.querySelector('section')!.append(el); // disconnect + connect
    expect(await el.loadComplete).to.equal(true);
    expect(shadowText(el)).to.equal('moved');
  });

  it('fires versus-load once per shown dataset, and after a successful retry', async () => {
    const loads: unknown[] = [];
    const el = document.createElement('versus-probe');
    el.addEventListener('versus-load', (e) => loads.push(e.detail));
    el.src = `/__test__/flaky?key=${unique()}`;
    document.body.append(el);
    expect(await el.loadComplete).to.equal(false);
    expect(loads).to.deep.equal([]);
    el.retry();
    expect(await el.loadComplete).to.equal(true);
    expect(loads).to.deep.equal([{ title: 'recovered' }]);
    el.remove();
  });
});
