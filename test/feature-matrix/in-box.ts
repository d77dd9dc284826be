// Kept apart from helpers.ts, which the stories import too: this one needs the test framework.
import { expect, fixture, html } from '@open-wc/testing';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import { $, withUrl } from './helpers.js';

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

/**
 * Runs `run` on a loaded `<feature-matrix sync-url>` (with `only-differences` if asked) made while the
 * page URL's query is `search`, then puts the URL back.
 */
export const syncedMatrix = (search: string, run: (el: FeatureMatrix) => Promise<void>, { onlyDifferences = false } = {}) =>
  withUrl(search, async () => {
    const el = await fixture<FeatureMatrix>(html`<feature-matrix sync-url ?only-differences=${onlyDifferences}></feature-matrix>`);
    expect(await el.loadComplete).to.equal(true);
    await run(el);
  });

/** Collects the `name` events fired at or inside `target` (the listener goes with the target). */
export function record<T>(target: EventTarget, name: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  target.addEventListener(name, (event) => seen.push(event as CustomEvent<T>));
  return seen;
}

/** A task boundary: events and errors queued by what came before have been delivered. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve));
