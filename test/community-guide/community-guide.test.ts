import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/community-guide/community-guide.js';
import type { CommunityGuide } from '../../src/components/community-guide/community-guide.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { text } from '../shared/dom.js';

const groups = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="group"]')];
const channel = (group: Element, name: string) =>
  [...group.querySelectorAll('[part="channel"]')].find((c) => text(c.querySelector('[part="channel-name"]')) === name)!;

describe('<community-guide>', () => {
  it('groups each framework\'s channels and the broader communities, with what you get there', async () => {
    const el = await fixture<CommunityGuide>(html`<community-guide></community-guide>`);
    expect(await el.loadComplete).to.equal(true);
    expect(groups(el).map((g) => text(g.querySelector('h3')))).to.deep.equal([
      'Flask community',
      'Django community',
      'Well-known Broader Communities',
    ]);
    const [flask, django, broader] = groups(el);
    expect(text(channel(django, 'Country-Level Conferences'))).to.include('DjangoCon USA');
    expect(text(flask.querySelector('h4'))).to.equal('What you get');
    expect([...flask.querySelectorAll('[part="benefits"] li')].map(text)).to.include('Answers to technical queries.');
    expect(broader.querySelector('h4')).to.equal(null); // no benefits given, so no empty heading
    await expect(el).to.be.accessible();
  });

  it('links a channel only when the dataset gives a URL', async () => {
    const el = await fixture<CommunityGuide>(html`<community-guide></community-guide>`);
    await el.loadComplete;
    const [flask] = groups(el);
    const docs = channel(flask, 'Official Documentation').querySelector('a')!;
    expect(docs.getAttribute('href')).to.equal('https://flask.palletsprojects.com/');
    const mailing = channel(flask, 'Mailing List');
    expect(mailing.querySelector('a')).to.equal(null);
    expect(text(mailing)).to.include('deeper dives');
  });

  it('reaches every link with Tab', async () => {
    const el = await fixture<CommunityGuide>(html`<community-guide></community-guide>`);
    await el.loadComplete;
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.equal(8);
    const first = links[0];
    first.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links[1]);
    expect(links.every((a) => a.getBoundingClientRect().height >= 24)).to.equal(true);
  });

  it('picks subjects with `subjects`, can hide the broader communities, and sets the heading level', async () => {
    const el = await fixture<CommunityGuide>(html`<community-guide .data=${threeSubjects} heading-level="2"></community-guide>`);
    await el.loadComplete;
    expect(groups(el).map((g) => text(g.querySelector('h2')))).to.deep.equal(['Invented React community', 'Invented shared community']);
    el.subjects = 'django';
    el.data = undefined;
    el.hideBroader = true;
    await el.loadComplete;
    expect(groups(el).map((g) => text(g.querySelector('h2')))).to.deep.equal(['Django community']);
  });

  it('says which subject id is unknown, and renders nothing without communities', async () => {
    const bad = await fixture<CommunityGuide>(html`<community-guide subjects="rails"></community-guide>`);
    expect(await bad.loadComplete).to.equal(false);
    expect(text(bad.shadowRoot!.querySelector('[role="alert"]'))).to.include('Unknown subject "rails"');
    const data = { title: 'T', subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] };
    const empty = await fixture<CommunityGuide>(html`<community-guide .data=${data}></community-guide>`);
    await empty.loadComplete;
    expect(empty.shadowRoot!.querySelectorAll('.root > :not(.load-status)'), 'only the empty status region').to.have.length(0);
  });

  it('puts the subjects side by side when wide, stacks them at 280 px, and passes axe in dark mode', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><community-guide theme="dark"></community-guide></div>`);
    const el = wrapper.querySelector('community-guide')!;
    await el.loadComplete;
    const [a, b] = groups(el).map((g) => g.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
    wrapper.style.width = '280px';
    const [c, d] = groups(el).map((g) => g.getBoundingClientRect());
    expect(d.top).to.be.greaterThan(c.bottom - 1);
    expect(el.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(280);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(24, 24, 27)');
    await expect(el).to.be.accessible();
  });
});
