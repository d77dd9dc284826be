import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ComparisonArticle } from '../../src/components/comparison-article/comparison-article.component.js';

/** The focused element, looked up through the shadow roots it sits in. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const label = (el: Element) => `${el.localName}[part=${el.getAttribute('part') ?? ''}] ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;

/** Presses Tab (or Shift+Tab) until focus reaches `#target`; the stops on the way, and what was wrong with them. */
async function walk(backwards: boolean, target: string): Promise<{ stops: number; problems: string[] }> {
  const problems: string[] = [];
  let stops = 0;
  for (; stops < 300; stops += 1) {
    if (backwards) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (backwards) await sendKeys({ up: 'Shift' });
    const active = deepActive();
    if (!active || active === document.body) return { stops, problems: [...problems, `stop ${stops}: focus fell to <body>`] };
    if (active.id === target) return { stops, problems };
    const box = active.getBoundingClientRect();
    const style = getComputedStyle(active);
    if (!box.width || !box.height || style.visibility === 'hidden') problems.push(`stop ${stops}: ${label(active)} cannot be seen`);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) problems.push(`stop ${stops}: ${label(active)} shows no focus ring`);
  }
  return { stops, problems: [...problems, `${target} not reached`] };
}

describe('<comparison-article> by keyboard', () => {
  it('Tab goes through the whole article and out, every stop with a visible focus ring; Shift+Tab comes back', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><comparison-article></comparison-article><button id="after">after</button></div>`);
    expect(await box.querySelector<ComparisonArticle>('comparison-article')!.loadComplete).to.equal(true);
    box.querySelector<HTMLElement>('#before')!.focus();
    const forward = await walk(false, 'after');
    expect(forward.problems).to.deep.equal([]);
    // Contents links, the matrix, the picker, the FAQ and the rest: far more than a handful of stops.
    expect(forward.stops).to.be.greaterThan(40);
    const back = await walk(true, 'before');
    expect(back.problems).to.deep.equal([]);
    expect(back.stops).to.equal(forward.stops);
  });
});
