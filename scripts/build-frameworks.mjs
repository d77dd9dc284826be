// From custom-elements.json: React wrappers (dist/react/), JSX IntrinsicElements for React, Preact
// and Solid, Vue GlobalComponents and Svelte's SvelteHTMLElements (dist/types/). Run after `cem analyze` and the dist build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { eventType, reactEventProp, readElements } from './build-manifest-data.mjs';

const dist = new URL('../dist/', import.meta.url);
const HEADER = '// Generated from custom-elements.json by scripts/build-frameworks.mjs; do not edit.\n';

function write(path, text) {
  const url = new URL(path, dist);
  mkdirSync(new URL('./', url), { recursive: true });
  writeFileSync(url, HEADER + text);
}

const doc = (text) => (text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '');

/**
 * One module per element (`versus-elements/react/faq-accordion.js`), so an app that imports one
 * wrapper bundles one element; `versus-elements/react` re-exports them all.
 */
function react(elements) {
  const index = [];
  const indexTypes = [];
  for (const el of elements) {
    const events = el.events.map((e) => `    ${reactEventProp(e.name)}: '${e.name}',`).join('\n');
    const js = [
      "import * as React from 'react';",
      "import { createComponent } from '@lit/react';",
      `import { ${el.className} as ${el.className}Element } from '../${el.tag}.js';`,
      `\nexport const ${el.className} = createComponent({\n  tagName: '${el.tag}',\n  elementClass: ${el.className}Element,\n  react: React,\n  displayName: '${el.className}',\n  events: {\n${events}\n  },\n});`,
    ];
    const eventTypes = el.events.map((e) => `  ${doc(e.description)}  ${reactEventProp(e.name)}: EventName<${eventType(e.name)}>;`).join('\n');
    const dts = [
      "import type { EventName, ReactWebComponent } from '@lit/react';",
      "import type { VersusEventMap } from '../index.js';",
      `import type { ${el.className} as ${el.className}Element } from '../${el.tag}.js';`,
      `\n${doc(`\`<${el.tag}>\` as a React component. ${el.summary}`)}export declare const ${el.className}: ReactWebComponent<${el.className}Element, {\n${eventTypes}\n}>;`,
    ];
    write(`react/${el.tag}.js`, `${js.join('\n')}\n`);
    write(`react/${el.tag}.d.ts`, `${dts.join('\n')}\n`);
    index.push(`export { ${el.className} } from './${el.tag}.js';`);
    indexTypes.push(`export { ${el.className} } from './${el.tag}.js';`);
  }
  write('react/index.js', `${index.join('\n')}\n`);
  write('react/index.d.ts', `${indexTypes.join('\n')}\n`);
}

/**
 * The type a framework may give an attribute. A list property's attribute is one string
 * (`open-items="a b"`): Preact and React 19 would write an array as "a,b".
 */
const attributeType = (type) => (/\[\]$|^(readonly )?Array</.test(type.trim()) ? 'string' : type);

/** The props every framework may set: properties by name, attributes by their kebab names. */
function propsTypes(elements) {
  const lines = ["import type { VersusEventMap } from '../index.js';"];
  for (const el of elements) lines.push(`import type { ${el.className} } from '../${el.tag}.js';`);
  lines.push('\n/** Properties and attributes of each element, all optional. */');
  lines.push('export interface VersusElementProps {');
  for (const el of elements) {
    const props = el.properties.filter((p) => !p.readonly).map((p) => `'${p.name}'`);
    const attrs = el.attributes.filter((a) => !el.properties.some((p) => p.name === a.name)).map((a) => `    ${doc(a.description)}    '${a.name}'?: ${attributeType(a.type)};`);
    lines.push(`  '${el.tag}': Partial<Pick<${el.className}, ${props.join(' | ') || 'never'}>> & {\n${attrs.join('\n')}\n  };`);
  }
  lines.push('}\n\n/** The `versus-*` events each element fires. */\nexport interface VersusElementEvents {');
  for (const el of elements) lines.push(`  '${el.tag}': {${el.events.map((e) => ` '${e.name}': ${eventType(e.name)};`).join('')} };`);
  lines.push('}\n');
  lines.push('/** Event listener props named `on` + the event name (React 19 and Preact add these as listeners). */');
  lines.push('export type OnEventProps<T extends keyof VersusElementEvents> = {\n  [E in keyof VersusElementEvents[T] & string as `on${E}`]?: (event: VersusElementEvents[T][E]) => void;\n};');
  lines.push(
    [
      '/**',
      ' * Props as Vue, Svelte and Preact set them. A name that is not a property of the element',
      ' * (kebab-case) may be written as attribute text, `false` as "false", which a boolean attribute',
      ' * reads as on: such a boolean takes `true` or `null`. Any attribute may be `null` (left out).',
      ' */',
      'export type AttributeSafeProps<P> = {',
      "  [K in keyof P]?: (K extends `${string}-${string}` ? (NonNullable<P[K]> extends boolean ? true | '' : P[K]) : P[K]) | null;",
      '};',
    ].join('\n'),
  );
  lines.push('/** `on:event` listener props (Solid, and Svelte\'s `on:` directive). */');
  lines.push('export type SolidEventProps<T extends keyof VersusElementEvents> = {\n  [E in keyof VersusElementEvents[T] & string as `on:${E}`]?: (event: VersusElementEvents[T][E]) => void;\n};');
  write('types/elements.d.ts', `${lines.join('\n')}\n`);
}

function jsx(elements) {
  const map = (wrap) => elements.map((el) => `      '${el.tag}': ${wrap(`'${el.tag}'`, el)};`).join('\n');
  const common = "import type { OnEventProps, SolidEventProps, VersusElementProps } from './elements.js';\n";
  write(
    'types/react.d.ts',
    `${common}import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${map(
      (t) => `DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & VersusElementProps[${t}] & OnEventProps<${t}>`,
    )}\n    }\n  }\n}\n`,
  );
  write(
    'types/preact.d.ts',
    `import type { AttributeSafeProps, OnEventProps, VersusElementProps } from './elements.js';\nimport type { JSX as PreactJSX } from 'preact';\n\ndeclare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements {\n${map(
      // Preact removes an attribute set to false unless its fifth character is "-" (for aria-, data-):
      // hash-links={false} would write "false", which turns the option on.
      (t) => `PreactJSX.HTMLAttributes<HTMLElement> & AttributeSafeProps<VersusElementProps[${t}]> & OnEventProps<${t}>`,
    )}\n    }\n  }\n}\n`,
  );
  // Solid sets a custom element's kebab-case name as the camelCase property (`heading-level` as
  // `headingLevel`): an attribute whose property is named otherwise (`open-items`, property `open`)
  // would set nothing, so it is typed `never` (TSX lets undeclared dashed names through) and its
  // property is the way in.
  const camel = (name) => name.toLowerCase().replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  const solidProps = (tag, el) => {
    const unreachable = el.attributes.filter((a) => a.name.includes('-') && !el.properties.some((p) => p.name === camel(a.name)));
    if (!unreachable.length) return `VersusElementProps[${tag}]`;
    const property = (a) => el.properties.find((p) => p.attribute === a.name)?.name;
    const nevers = unreachable.map((a) => `/** Solid would set \`${camel(a.name)}\`, which the element does not have: set \`${property(a)}\`. */ '${a.name}'?: never`);
    return `Omit<VersusElementProps[${tag}], ${unreachable.map((a) => `'${a.name}'`).join(' | ')}> & { ${nevers.join('; ')} }`;
  };
  write(
    'types/solid.d.ts',
    `${common}import type { JSX as SolidJSX } from 'solid-js';\n\ndeclare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements {\n${map(
      (t, el) => `SolidJSX.HTMLAttributes<HTMLElement> & ${solidProps(t, el)} & SolidEventProps<${t}>`,
    )}\n    }\n  }\n}\n`,
  );
}

function vue(elements) {
  const vueEvent = (name) => reactEventProp(name);
  const entries = elements.map((el) => {
    const events = el.events.map((e) => ` ${vueEvent(e.name)}?: (event: VersusElementEvents['${el.tag}']['${e.name}']) => void;`).join('');
    return `    '${el.tag}': DefineComponent<AttributeSafeProps<VersusElementProps['${el.tag}']> & {${events} }>;`;
  });
  write(
    'types/vue.d.ts',
    `import type { DefineComponent } from 'vue';\nimport type { AttributeSafeProps, VersusElementEvents, VersusElementProps } from './elements.js';\n\ndeclare module 'vue' {\n  interface GlobalComponents {\n${entries.join('\n')}\n  }\n}\n\nexport {};\n`,
  );
}

/**
 * Svelte 5 (`onversus-toggle={...}`) and Svelte 4's directive (`on:versus-toggle={...}`); svelte-check
 * and the Svelte language tools read these for the tags in `.svelte` templates.
 */
function svelte(elements) {
  const entries = elements.map(
    (el) =>
      `    '${el.tag}': HTMLAttributes<HTMLElement> & AttributeSafeProps<VersusElementProps['${el.tag}']> & OnEventProps<'${el.tag}'> & SolidEventProps<'${el.tag}'>;`,
  );
  write(
    'types/svelte.d.ts',
    `import type { HTMLAttributes } from 'svelte/elements';\nimport type { AttributeSafeProps, OnEventProps, SolidEventProps, VersusElementProps } from './elements.js';\n\ndeclare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${entries.join('\n')}\n  }\n}\n\nexport {};\n`,
  );
}

export function buildFrameworks() {
  const elements = readElements();
  react(elements);
  propsTypes(elements);
  jsx(elements);
  vue(elements);
  svelte(elements);
  return elements;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`framework wrappers and types: ${buildFrameworks().length} elements`);
