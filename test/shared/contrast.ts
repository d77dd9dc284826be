// Text contrast as painted: each text's colour over every (semi-transparent) background behind it.
import { contrastRatio } from './dom.js';

type Rgba = [number, number, number, number];

function parse(colour: string): Rgba {
  if (colour.trim() === 'transparent') return [0, 0, 0, 0];
  const n = (colour.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
  const scale = colour.startsWith('color(') ? 255 : 1;
  return [n[0] * scale, n[1] * scale, n[2] * scale, n[3] ?? 1];
}

const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1) as Rgba;
const css = ([r, g, b]: Rgba) => `rgb(${r}, ${g}, ${b})`;
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);

/** What is painted behind `el`: its backgrounds and its ancestors', composited down to an opaque one (or white). */
function backdrop(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let e: Element | null = el; e; e = parentOf(e)) {
    const layer = parse(getComputedStyle(e).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1] as Rgba);
}

function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** Every visible text in `host`'s shadow trees below 4.5:1 (3:1 when large, WCAG 1.4.3). */
export function faintTexts(host: Element): string[] {
  const faint: string[] = [];
  for (const el of deep(host.shadowRoot!)) {
    const own = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const box = el.getBoundingClientRect();
    if (!own || !box.width || !box.height || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const needed = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) ? 3 : 4.5;
    const behind = backdrop(el);
    const ratio = contrastRatio(css(over(parse(style.color), behind)), css(behind));
    if (ratio < needed) faint.push(`${el.localName}.${el.className} "${own.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
  }
  return faint;
}
