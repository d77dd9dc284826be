import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { shoot, type Shot } from './screenshot.js';
import '../../src/index.js';
import type { VersusElement } from '../../src/shared/versus-element.js';

// Forced colours (Windows contrast themes) repaint colours and drop backgrounds. Chromium emulates
// them over the DevTools protocol (scripts/test-commands.mjs); Firefox over WebDriver BiDi cannot,
// so these run in Chromium only. They look at the pixels painted, not at the style sheet.

const LEVELS = ['built-in', 'extension', 'partial', 'none', 'unknown'] as const;
const levelsData = {
  title: 'Levels',
  subjects: LEVELS.map((level) => ({ id: `s-${level}`, name: `Subject ${level}` })),
  featureCategories: [{ id: 'all', name: 'All' }],
  features: [
    {
      id: 'f',
      name: 'A feature',
      category: 'all',
      support: LEVELS.filter((level) => level !== 'unknown').map((level) => ({ subject: `s-${level}`, level })),
    },
  ],
};

const distance = (a: Uint8ClampedArray, i: number, b: ArrayLike<number>, j: number) =>
  Math.abs(a[i] - b[j]) + Math.abs(a[i + 1] - b[j + 1]) + Math.abs(a[i + 2] - b[j + 2]);

/** Which pixels of a shot differ clearly from its top-left pixel (the background around the box). */
function ink(shot: Shot): boolean[] {
  const background = shot.pixels.slice(0, 4);
  const mask: boolean[] = [];
  for (let i = 0; i < shot.pixels.length; i += 4) mask.push(distance(shot.pixels, i, background, 0) > 150);
  return mask;
}

const share = (mask: boolean[]) => mask.filter(Boolean).length / mask.length;

if (navigator.userAgent.includes('Chrome/')) describe('in forced colours (Chromium)', () => {
  before(() => executeServerCommand('versus-forced-colors', { active: true }));
  after(() => executeServerCommand('versus-forced-colors', { active: false }));

  it('is in forced-colours mode', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('paints every support level\'s icon, each in its own shape', async () => {
    const el = await fixture<VersusElement>(html`<feature-matrix .data=${levelsData}></feature-matrix>`);
    await el.loadComplete;
    const masks: boolean[][] = [];
    for (const level of LEVELS) {
      const icon = el.shadowRoot!.querySelector(`[data-level="${level}"] .icon`)!;
      const mask = ink(await shoot(icon, 2));
      expect(share(mask), `${level}: share of the icon's box painted`).to.be.greaterThan(0.08);
      masks.push(mask);
    }
    for (let a = 0; a < masks.length; a++) {
      for (let b = a + 1; b < masks.length; b++) {
        const differing = masks[a].filter((on, i) => on !== masks[b][i]).length / masks[a].length;
        expect(differing, `${LEVELS[a]} and ${LEVELS[b]} look different`).to.be.greaterThan(0.05);
      }
    }
  });

  for (const tag of ['faq-accordion', 'feature-matrix', 'use-case-picker', 'performance-notes', 'comparison-article', 'community-guide']) {
    it(`<${tag}> shows where the keyboard focus is`, async () => {
      const box = await fixture<HTMLElement>(html`<div><button>before</button>${document.createElement(tag)}</div>`);
      const el = box.lastElementChild as VersusElement;
      await el.loadComplete;
      box.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      let focused = el.shadowRoot!.activeElement!;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      expect(focused, 'Tab moved into the element').to.be.instanceOf(HTMLElement);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const withFocus = await shoot(focused, 6);
      box.querySelector('button')!.focus();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const withoutFocus = await shoot(focused, 6);
      let changed = 0;
      for (let i = 0; i < withFocus.pixels.length; i += 4) if (distance(withFocus.pixels, i, withoutFocus.pixels, i) > 150) changed += 1;
      // A 2 px ring around even a small control changes well over a hundred pixels.
      expect(changed, `pixels that change when ${focused.localName}.${focused.className} gets focus`).to.be.greaterThan(100);
    });
  }
});
