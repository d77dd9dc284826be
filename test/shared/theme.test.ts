import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/faq-accordion/faq-accordion.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { luminance } from './dom.js';

async function colours(theme?: string) {
  const el = await fixture<FaqAccordion>(html`<faq-accordion theme=${theme ?? 'auto'} .data=${threeSubjects}></faq-accordion>`);
  await el.loadComplete;
  const root = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
  return { el, text: luminance(root.color), surface: luminance(root.backgroundColor) };
}

// `auto` (the default) follows the reader's system setting; `light` and `dark` pin it.
describe('theme', () => {
  it('auto is light on a light system, and dark pins dark', async () => {
    // Headless browsers report a light system unless told otherwise.
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the system is light').to.equal(false);
    const auto = await colours();
    expect(auto.text, 'text luminance').to.be.below(0.05);
    expect(auto.surface, 'surface luminance').to.be.above(0.9);
    expect((await colours('dark')).surface, 'dark surface').to.be.below(0.05);
  });

  // Emulating a dark system needs CDP: puppeteer drives Firefox over WebDriver BiDi, which
  // cannot, so these run in Chromium only.
  if (!navigator.userAgent.includes('Chrome/')) return;

  describe('on a dark system', () => {
    before(() => emulateMedia({ colorScheme: 'dark' }));
    after(() => emulateMedia({ colorScheme: 'light' }));

    it('auto is dark: light text on a dark surface, and axe passes', async () => {
      const { el, text, surface } = await colours();
      expect(text, 'text luminance').to.be.above(0.6);
      expect(surface, 'surface luminance').to.be.below(0.05);
      await expect(el).to.be.accessible();
    });

    it('light pins light', async () => {
      expect((await colours('light')).surface, 'surface luminance').to.be.above(0.9);
    });
  });
});
