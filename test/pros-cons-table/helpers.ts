/** Small DOM and colour helpers for the <pros-cons-table> tests. */
import { expect, fixture, html } from '@open-wc/testing';
import type { ProsConsTable } from '../../src/components/pros-cons-table/pros-cons-table.component.js';
import { luminance } from '../shared/dom.js';

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Renders `inner` (holding one <pros-cons-table>) in a box `width` px wide, loaded. */
export async function inWrapper(width: number, inner: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${inner}</div>`);
  const el = wrapper.querySelector<ProsConsTable>('pros-cons-table')!;
  expect(await el.loadComplete).to.equal(true);
  return { wrapper, el };
}

/** Rendered (not display: none anywhere up the tree, and taking up space). */
export function shown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

export function texts(nodes: Iterable<Element>): string[] {
  return [...nodes].map((n) => n.textContent!.trim());
}

/** WCAG contrast of `node`'s text colour against `background`'s (default: its own) background. */
export function contrast(node: Element, background: Element = node): number {
  const a = luminance(getComputedStyle(node).color);
  const b = luminance(getComputedStyle(background).backgroundColor);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
