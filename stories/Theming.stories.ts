import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/comparison-overview/comparison-overview.js';
import '../src/components/faq-accordion/faq-accordion.js';
import '../src/components/pros-cons-table/pros-cons-table.js';
import { baseStyles } from '../src/shared/base-styles.js';

/** One public custom property, read from the base styles with its fallback. */
interface ThemeProperty {
  name: string;
  fallback: string;
}

/** Every `var(--versus-*, fallback)` in the base styles, so this page follows the code. */
function themeProperties(cssText = baseStyles.cssText): ThemeProperty[] {
  const found = new Map<string, string>();
  const start = /var\(\s*(--versus-[\w-]+)\s*,/g;
  for (let match = start.exec(cssText); match; match = start.exec(cssText)) {
    // The fallback may hold parentheses itself (light-dark(...)): read to the matching one.
    let depth = 1;
    let i = start.lastIndex;
    for (; i < cssText.length && depth > 0; i++) {
      if (cssText[i] === '(') depth++;
      else if (cssText[i] === ')') depth--;
    }
    if (!found.has(match[1])) found.set(match[1], cssText.slice(start.lastIndex, i - 1).trim());
  }
  return [...found].map(([name, fallback]) => ({ name, fallback }));
}

const properties = themeProperties();
const isColour = (p: ThemeProperty) => p.name.startsWith('--versus-color-');

const meta: Meta = {
  title: 'Theming',
  tags: ['!autodocs'],
  parameters: { controls: { expanded: true } },
  args: Object.fromEntries(properties.map((p) => [p.name, ''])),
  argTypes: Object.fromEntries(
    properties.map((p) => [
      p.name,
      {
        control: isColour(p) ? 'color' : 'text',
        description: `Default: \`${p.fallback}\`. Empty keeps the default.`,
        table: { category: isColour(p) ? 'Colours' : 'Type, spacing and motion' },
      },
    ]),
  ),
  render: (args) => {
    const style = Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--versus-') && value));
    return html`<div style=${styleMap({ display: 'grid', gap: '2rem', ...style })}>
      <table class="versus-theming-table">
        <caption>
          The --versus-* custom properties (set below, on the elements' container)
        </caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Default</th>
            <th scope="col">Set here</th>
          </tr>
        </thead>
        <tbody>
          ${properties.map(
            (p) => html`<tr>
              <th scope="row"><code>${p.name}</code></th>
              <td><code>${p.fallback}</code></td>
              <td>${style[p.name] ? html`<code>${style[p.name]}</code>` : 'default'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <comparison-overview heading-level="2"></comparison-overview>
      <pros-cons-table heading-level="2" highlight="flask"></pros-cons-table>
      <faq-accordion heading-level="2" searchable toggle-all></faq-accordion>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

/** The defaults: light or dark from the toolbar or the OS. */
export const Defaults: Story = {};

/** A brand palette (light and dark through `light-dark()`) and type, set only through the public custom properties. */
export const Branded: Story = {
  args: {
    '--versus-color-accent': 'light-dark(#6d28d9, #c4b5fd)',
    '--versus-color-focus': 'light-dark(#c2410c, #fdba74)',
    '--versus-color-surface-alt': 'light-dark(#f5f3ff, #2e1065)',
    '--versus-color-border-subtle': 'light-dark(#c4b5fd, #5b21b6)',
    '--versus-radius': '1rem',
    '--versus-space': '1.25rem',
    '--versus-font-family': 'Georgia, "Times New Roman", serif',
  },
};

/** Square, compact and without motion. */
export const Compact: Story = {
  args: { '--versus-radius': '0', '--versus-space': '0.5rem', '--versus-duration': '0ms', '--versus-font-size': '0.875rem' },
};

/**
 * Styling the inside through `::part()`, from the page's own style sheet: here a card look for the
 * overview, the FAQ's questions and the pros/cons headings. The elements' parts are listed on each
 * element's Docs page ("css shadow parts").
 */
export const Parts: Story = {
  render: () => html`<style>
      .parts-demo comparison-overview::part(card) {
        border-width: 2px;
        box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.12);
      }
      .parts-demo comparison-overview::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
      .parts-demo faq-accordion::part(question) {
        font-weight: 700;
      }
      .parts-demo faq-accordion::part(item) {
        border-inline-start: 4px solid light-dark(#0b57d0, #8ab4f8);
      }
    </style>
    <div class="parts-demo" style="display: grid; gap: 2rem">
      <comparison-overview heading-level="2"></comparison-overview>
      <faq-accordion heading-level="2"></faq-accordion>
    </div>`,
};
