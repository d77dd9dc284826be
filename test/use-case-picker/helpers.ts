/** Shared helpers for the <use-case-picker> tests. */
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import { text } from '../shared/dom.js';

export const $ = <T extends Element = HTMLElement>(el: UseCasePicker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: UseCasePicker, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export { text };

/** The prompt of the question on screen (without its "Question n of m" line). */
export const prompt = (el: UseCasePicker) => text($(el, 'fieldset .prompt'));
export const progress = (el: UseCasePicker) => text($(el, '[part="progress"]'));

export function button(el: UseCasePicker, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}" in ${$$(el, 'button').map((b) => text(b)).join(', ')}`);
  return found;
}

/** Clicks the answer labelled `label` (as a user clicking its label would) and waits for the render. */
export async function answer(el: UseCasePicker, label: string): Promise<void> {
  const option = $$(el, '[part="option"]').find((o) => text(o) === label);
  if (!option) throw new Error(`no answer "${label}"`);
  option.click();
  await el.updateComplete;
}

export async function press(el: UseCasePicker, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

export const liveRegion = (el: UseCasePicker) => text($(el, '[role="status"]:not(.load-status)'));

/** Collects the `versus-*` events of one kind fired at or inside `el`. */
export function record<T>(el: Element, name: string): T[] {
  const seen: T[] = [];
  el.addEventListener(name, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}
