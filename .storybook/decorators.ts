/**
 * Toolbar globals and the decorator that applies them around every story:
 * - theme: `theme` attribute on each versus element in the story (and a matching page colour);
 * - dir: `dir` on the wrapper, so RTL reaches the shadow roots through inheritance;
 * - width: the wrapper's inline size, which the elements' container queries follow;
 * - hostile: aggressive global CSS on the page around the elements (see hostile-page.ts).
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { setHostilePage } from './hostile-page.js';

export const WIDTHS: Record<string, string | undefined> = { full: undefined, narrow: '300px', medium: '600px', wide: '1100px' };

export const globalTypes = {
  theme: {
    description: 'Colour scheme of the elements',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      dynamicTitle: true,
      items: [
        { value: 'story', title: 'Theme: as the story sets it' },
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'auto', title: 'Auto (follows the OS)' },
      ],
    },
  },
  dir: {
    description: 'Writing direction',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      dynamicTitle: true,
      items: [
        { value: 'ltr', title: 'LTR' },
        { value: 'rtl', title: 'RTL' },
      ],
    },
  },
  width: {
    description: 'Width of the container the story renders in',
    toolbar: {
      title: 'Width',
      icon: 'grow',
      dynamicTitle: true,
      items: [
        { value: 'full', title: 'Width: full' },
        { value: 'narrow', title: 'Narrow (300px)' },
        { value: 'medium', title: 'Medium (600px)' },
        { value: 'wide', title: 'Wide (1100px)' },
      ],
    },
  },
  hostile: {
    description: 'Aggressive global CSS on the host page, to prove Shadow DOM isolation',
    toolbar: {
      title: 'Host page',
      icon: 'alert',
      dynamicTitle: true,
      items: [
        { value: 'off', title: 'Host page: plain' },
        { value: 'on', title: 'Hostile host page' },
      ],
    },
  },
};

export const initialGlobals = { theme: 'story', dir: 'ltr', width: 'full', hostile: 'off' };

type Theme = 'light' | 'dark' | 'auto';
// What each element's own theme attribute was before the toolbar overrode it.
const original = new WeakMap<Element, string | null>();
const observers = new WeakMap<Element, MutationObserver>();
const wanted = new WeakMap<Element, Theme | undefined>();

function isVersusElement(el: Element): boolean {
  return 'versusVersion' in (el.constructor as object);
}

function applyTheme(wrapper: Element): void {
  const theme = wanted.get(wrapper);
  for (const el of wrapper.querySelectorAll('*')) {
    if (!isVersusElement(el)) continue;
    if (theme) {
      if (!original.has(el)) original.set(el, el.getAttribute('theme'));
      if (el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
    } else if (original.has(el)) {
      const before = original.get(el);
      original.delete(el);
      if (before === null || before === undefined) el.removeAttribute('theme');
      else el.setAttribute('theme', before);
    }
  }
}

/** Keeps the toolbar's theme on every versus element, including ones a story adds later. */
function themeElements(theme: Theme | undefined) {
  return (wrapper?: Element) => {
    if (!wrapper) return;
    wanted.set(wrapper, theme);
    if (!observers.has(wrapper)) {
      const observer = new MutationObserver(() => applyTheme(wrapper));
      observer.observe(wrapper, { childList: true, subtree: true, attributeFilter: ['theme'] });
      observers.set(wrapper, observer);
    }
    applyTheme(wrapper);
    // The story renders into the wrapper after this callback: apply again once it has.
    queueMicrotask(() => applyTheme(wrapper));
  };
}

export const withToolbarGlobals: Decorator = (story, context) => {
  const { theme = 'story', dir = 'ltr', width = 'full', hostile = 'off' } = context.globals;
  const forced = theme === 'story' ? undefined : (theme as Theme);
  const dark = forced === 'dark' || (forced === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  setHostilePage(hostile === 'on', dark);
  const size = WIDTHS[width as string];
  const style = {
    'inline-size': size,
    'max-inline-size': size ? undefined : '100%',
    'color-scheme': forced ? (forced === 'auto' ? 'light dark' : forced) : undefined,
    background: forced && hostile !== 'on' ? 'Canvas' : undefined,
    color: forced && hostile !== 'on' ? 'CanvasText' : undefined,
    padding: forced && hostile !== 'on' ? '1rem' : undefined,
  };
  return html`<div class="versus-story" dir=${dir === 'rtl' ? 'rtl' : 'ltr'} style=${styleMap(style)} ${ref(themeElements(forced))}>
    ${story()}
  </div>`;
};
