import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/community-guide/community-guide.js';
import '../../src/components/pros-cons-table/pros-cons-table.js';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { VersusElement } from '../../src/shared/versus-element.js';

// Elements with headings inside headings keep them one level apart whatever `heading-level` holds:
// out of range (1 belongs to the page), or not a number at all.
const FULL = 'project-size:large,project-kind:cms-content,admin-cms:yes,deadline:-,team-size:big-team,architecture:no';
const CASES = [
  { tag: 'use-case-picker', outer: 'result-title', inner: 'side-title' },
  { tag: 'community-guide', outer: 'group-title', inner: 'benefits-title' },
  { tag: 'pros-cons-table', outer: 'name', inner: 'kind' },
];

const levelOf = (el: VersusElement, part: string) => Number(el.shadowRoot!.querySelector(`[part="${part}"]`)!.tagName.slice(1));

describe('heading levels inside an element', () => {
  for (const { tag, outer, inner } of CASES) {
    it(`<${tag}> keeps its inner headings one level below its own`, async () => {
      for (const [attribute, expected] of [['4', 4], ['1', 2], ['9', 6], ['x', 3]] as const) {
        const el = await fixture<VersusElement>(html`<div></div>`).then((box) => {
          const child = document.createElement(tag) as VersusElement;
          child.setAttribute('heading-level', attribute);
          if (tag === 'use-case-picker') child.setAttribute('value', FULL);
          box.append(child);
          return child;
        });
        expect(await el.loadComplete).to.equal(true);
        expect(levelOf(el, outer), `heading-level="${attribute}"`).to.equal(expected);
        expect(levelOf(el, inner), `heading-level="${attribute}"`).to.equal(Math.min(6, expected + 1));
      }
    });
  }
});
