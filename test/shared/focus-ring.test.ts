// The keyboard focus ring as painted on screen (WCAG 2.4.7), not as the style sheet asks for it:
// containment (content-visibility) or overflow can cut a ring off entirely. Chromium only, as
// the screenshots come over the DevTools protocol.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ComparisonArticle } from '../../src/components/comparison-article/comparison-article.component.js';
import { shoot } from './screenshot.js';

const FOCUS = { light: [0x0b, 0x57, 0xd0], dark: [0x8a, 0xb4, 0xf8] } as const;

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Of the points along the middle half of each side of `el`, the share where the focus colour shows
 * within 4 px inside or 5 px outside the edge: an outline drawn outside, inside or on the edge.
 */
async function ringShown(el: Element, colour: readonly number[]): Promise<number> {
  const shot = await shoot(el, 6, 'center');
  const box = el.getBoundingClientRect();
  const isFocus = (x: number, y: number) => {
    const i = Math.round(y - shot.y) * shot.width + Math.round(x - shot.x);
    if (i < 0 || i * 4 >= shot.pixels.length) return false;
    const p = shot.pixels.subarray(i * 4, i * 4 + 3);
    return Math.abs(p[0] - colour[0]) + Math.abs(p[1] - colour[1]) + Math.abs(p[2] - colour[2]) < 60;
  };
  const across = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
  let points = 0;
  let hits = 0;
  // A side off screen (a box taller than the viewport) is not judged.
  const onScreen = (x: number, y: number) => x >= 6 && y >= 6 && x <= innerWidth - 6 && y <= innerHeight - 6;
  const probe = (x: number, y: number, hit: (d: number) => boolean) => {
    if (!onScreen(x, y)) return;
    points += 1;
    if (across(-5, 4).some(hit)) hits += 1;
  };
  for (let x = box.left + box.width / 4; x < box.right - box.width / 4; x += 1) {
    probe(x, box.top, (d) => isFocus(x, box.top + d + 0.5));
    probe(x, box.bottom, (d) => isFocus(x, box.bottom - d - 0.5));
  }
  for (let y = box.top + box.height / 4; y < box.bottom - box.height / 4; y += 1) {
    probe(box.left, y, (d) => isFocus(box.left + d + 0.5, y));
    probe(box.right, y, (d) => isFocus(box.right - d - 0.5, y));
  }
  return points ? hits / points : 0;
}

if (navigator.userAgent.includes('Chrome/')) {
  for (const theme of ['light', 'dark'] as const) {
    describe(`focus ring on screen, theme="${theme}"`, function () {
      this.timeout(120000);

      it('every kind of Tab stop in the article shows its ring around it', async () => {
        const box = await fixture<HTMLDivElement>(
          html`<div style="width: 1000px"><button id="before">before</button><comparison-article theme=${theme}></comparison-article><button id="after">after</button></div>`,
        );
        expect(await box.querySelector<ComparisonArticle>('comparison-article')!.loadComplete).to.equal(true);
        box.querySelector<HTMLElement>('#before')!.focus();
        const kinds = new Set<string>();
        const faint: string[] = [];
        for (let stop = 0; stop < 300; stop += 1) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive();
          if (!active || active.id === 'after') break;
          const host = (active.getRootNode() as ShadowRoot).host?.localName;
          const kind = `${host} ${active.localName}.${[...active.classList].join('.')}[part=${active.getAttribute('part') ?? ''}]`;
          if (kinds.has(kind)) continue;
          kinds.add(kind);
          const shown = await ringShown(active, FOCUS[theme]);
          if (shown < 0.9) faint.push(`${kind}: ${(shown * 100).toFixed(0)}% of its edge shows the ring`);
        }
        expect(kinds.size, 'kinds of Tab stops').to.be.greaterThan(8);
        expect([...kinds].some((kind) => kind.startsWith('faq-accordion button.question'))).to.equal(true);
        expect(faint).to.deep.equal([]);
      });
    });
  }
}
