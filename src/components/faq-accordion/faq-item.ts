/** The markup of one FAQ item: kept to four elements and one flat template for rendering speed. */
import { html as coreHtml, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { FaqEntry } from './faq-entries.js';

/** `hidden="until-found"` is not a boolean; a static name keeps lit-analyzer from asking for `?hidden`. */
const HIDDEN = literal`hidden`;
/** APG: more answer regions than this, open together, would flood the landmark list. */
export const MAX_REGIONS = 6;

const stamps = new Map<StaticValue, typeof staticHtml>();

/**
 * lit/static-html's `html` for the item template with this heading tag. Static html joins a
 * template's strings and looks them up again on every call, which over a hundred items costs more
 * than stamping them: here that happens once per tag, and later items give their values (without
 * the static ones) to Lit's plain `html` with the same strings, so the same prepared template.
 */
function itemHtml(tag: StaticValue): typeof staticHtml {
  let stamp = stamps.get(tag);
  if (!stamp) {
    let strings: TemplateStringsArray | undefined;
    stamp = (template, ...values) => {
      if (strings) return coreHtml(strings, ...values.filter((value) => value !== tag && value !== HIDDEN));
      const result = staticHtml(template, ...values);
      strings = result.strings;
      return result;
    };
    stamps.set(tag, stamp);
  }
  return stamp;
}

/**
 * One item: a button in a heading, and an answer that stays in the DOM while collapsed
 * (`hidden="until-found"`) so find-in-page and text fragments reach it. The id of the answer is
 * the item's id + `_a`, which no slug can produce. The search sets the item's `hidden` directly, so a
 * keystroke re-renders no item.
 */
export function renderItem(e: FaqEntry, tag: StaticValue, expanded: boolean, regions: boolean): TemplateResult {
  // Only a shown answer is a landmark: a collapsed one would list an empty region (APG accordion).
  const region = regions && expanded;
  const html = itemHtml(tag);
  // The heading tag and the `hidden` name are static literals, which these template rules cannot see.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<div class="item" part="item"><${tag} class="heading" part="heading"><button type="button" class="question" part="question" id=${e.id} aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`${e.id}_a`}>${e.question}</button></${tag}><div class="answer" part="answer" id=${`${e.id}_a`} role=${ifDefined(region ? 'region' : undefined)} aria-labelledby=${region ? e.id : nothing} ${HIDDEN}=${expanded ? nothing : 'until-found'}>${e.answer}</div></div>`;
}

/** The question that Up, Down, Home or End moves to from `current` (wrapping), if the key is one of them. */
export function questionAfterKey(root: ParentNode, current: Element, event: KeyboardEvent): HTMLElement | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const buttons = [...root.querySelectorAll<HTMLElement>('.item:not([hidden]) .question')];
  const at = buttons.indexOf(current as HTMLElement);
  const next = ({ ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 } as Record<string, number>)[event.key];
  return next === undefined ? undefined : buttons[(next + buttons.length) % buttons.length];
}

/** Grows newly opened answers from zero height. Purely visual: the open state never waits for it. */
export function growOpen(answers: Iterable<HTMLElement | null>): void {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  for (const answer of answers) {
    if (!answer || answer.hidden) continue;
    const raw = getComputedStyle(answer).getPropertyValue('--_duration').trim();
    const ms = parseFloat(raw) * (raw.endsWith('ms') ? 1 : 1000);
    if (ms > 0) answer.animate({ blockSize: ['0px', `${answer.scrollHeight}px`], overflow: ['hidden', 'hidden'] }, { duration: ms, easing: 'ease-out' });
  }
}
