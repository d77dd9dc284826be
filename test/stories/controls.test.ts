// Storybook's controls reach the element: each story file's render gives every arg that names an
// attribute or property to the element (stories/element.ts), not only a few bound by hand.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import * as faq from '../../stories/faq-accordion.stories.js';
import * as matrix from '../../stories/feature-matrix.stories.js';
import * as proscons from '../../stories/pros-cons-table.stories.js';
import * as picker from '../../stories/use-case-picker.stories.js';
import * as theming from '../../stories/Theming.stories.js';
import type { VersusElement } from '../../src/shared/versus-element.js';

type Meta = { args?: Record<string, unknown>; render: (args: Record<string, unknown>) => unknown };

async function rendered(meta: Meta, args: Record<string, unknown>): Promise<VersusElement> {
  const host = document.createElement('div');
  document.body.append(host);
  render(meta.render({ ...meta.args, ...args }), host);
  const el = host.firstElementChild as VersusElement;
  await el.loadComplete;
  return el;
}

describe('Storybook controls', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('set the attributes a story does not bind by hand', async () => {
    const el = await rendered(faq.default as Meta, { 'toggle-all': true, 'open-items': 'can-i-use-flask-and-django-together-in-a-project', print: 'as-is', 'heading-level': 4 });
    expect(['toggle-all', 'open-items', 'print', 'heading-level'].map((name) => el.getAttribute(name))).to.deep.equal(['', 'can-i-use-flask-and-django-together-in-a-project', 'as-is', '4']);
    expect(el.shadowRoot!.querySelector('[part="toggle-all"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h4 [aria-expanded="true"]')!.textContent).to.include('together');
  });

  it('leave out what is empty or off, and hide the matrix filters they turn off', async () => {
    const el = await rendered(matrix.default as Meta, { 'no-text-filter': true, 'url-param': '', highlight: '' });
    expect([el.hasAttribute('no-text-filter'), el.hasAttribute('url-param'), el.hasAttribute('highlight')]).to.deep.equal([true, false, false]);
    expect(el.shadowRoot!.querySelector('[part="filter"]')).to.equal(null);
  });

  it('write a boolean of a text attribute as its text (pros-cons-table examples="false")', async () => {
    const el = await rendered(proscons.default as unknown as Meta, { examples: false });
    expect(el.getAttribute('examples')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part~="example"]')).to.equal(null);
  });

  it('set a property that has no attribute', async () => {
    const el = await rendered(picker.default as Meta, { mode: 'browse', 'use-case': 'django-cms', strings: { browseLabel: 'Kind of project' } });
    expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('Kind of project');
    expect(el.shadowRoot!.querySelector('[part="result-title"]')!.textContent).to.equal('The article suggests Django');
  });

  it('the Parts story styles the inside of the elements from the page, through ::part()', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render((theming.Parts.render as () => unknown)(), host);
    const faqEl = host.querySelector('faq-accordion') as VersusElement;
    await faqEl.loadComplete;
    expect(getComputedStyle(faqEl.shadowRoot!.querySelector('[part="question"]')!).fontWeight).to.equal('700');
  });
});
