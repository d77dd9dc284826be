// Kept apart from helpers.ts, which the stories import too: this one needs the test framework.
import { expect, fixture, html } from '@open-wc/testing';
import { $ } from './helpers.js';

/** A <feature-matrix> in a box `width` px wide whose table scrolls past 320 px, loaded. */
export async function inBox(width: number, data?: unknown, dir = 'ltr') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div dir=${dir} style="width: ${width}px; --versus-feature-matrix-max-height: 320px">
      <feature-matrix .data=${data}></feature-matrix>
    </div>`,
  );
  const el = wrapper.querySelector('feature-matrix')!;
  expect(await el.loadComplete).to.equal(true);
  return { wrapper, el, scroller: $(el, '.scroller') };
}
