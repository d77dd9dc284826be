/** Helpers the element tests share. */

/** The text a reader sees in `node`, whitespace collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Collects what a test throws into the page (errors and unhandled rejections) from each test's start:
 * call in a `describe`; read `uncaught` in the tests. Collected errors are not reported twice.
 */
export function watchUncaught(): { readonly uncaught: unknown[] } {
  const seen = { uncaught: [] as unknown[] };
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
    seen.uncaught.push('reason' in event ? event.reason : event.error);
    event.preventDefault();
  };
  beforeEach(() => {
    seen.uncaught = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });
  return seen;
}

/** What a promise settles to: its value, or the error it rejects with (so a test can show either). */
/** Runs `test` on a page whose `<html lang>` is `lang`, and takes the attribute off after. */
export async function onPageInLanguage(lang: string, test: () => Promise<void>): Promise<void> {
  document.documentElement.lang = lang;
  try {
    await test();
  } finally {
    document.documentElement.removeAttribute('lang');
  }
}

export const settled = (promise: Promise<unknown>): Promise<unknown> => promise.then((value) => value, (error: unknown) => error);

function rgb(color: string): [number, number, number] {
  const parts = color.match(/[\d.]+/g)!.map(Number);
  // `color(srgb r g b)` uses 0..1; `rgb()` uses 0..255.
  return color.startsWith('color(') ? [parts[0] * 255, parts[1] * 255, parts[2] * 255] : [parts[0], parts[1], parts[2]];
}

/** Relative luminance (WCAG) of a computed `rgb(…)` or `color(srgb …)` colour, 0 (black) to 1 (white). */
export function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colour painted behind `el`: the nearest opaque background of it or its ancestors, across shadow roots. */
export function paintedBackground(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(e).backgroundColor;
    if (!/^rgba\(.*,\s*0\)$|transparent/.test(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** WCAG contrast ratio of two computed colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

