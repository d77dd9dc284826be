// Every element renders on the server under @lit-labs/ssr (declarative shadow DOM), from the same
// source files the browser gets: importing them in Node must not touch browser-only globals.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { importSsrBundle } from '../../scripts/ssr-bundle.mjs';

const root = new URL('../../', import.meta.url);
const tags = (await readdir(new URL('src/components/', root), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const entry = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
${tags.map((tag) => `import './src/components/${tag}/${tag}.ts';`).join('\n')}
export function ssr(tag, data) {
  const name = unsafeStatic(tag);
  return collectResult(render(data === undefined ? html\`<\${name}></\${name}>\` : html\`<\${name} .data=\${data}></\${name}>\`));
}
`;

let ssr;
let article;
before(async () => {
  ({ ssr } = await importSsrBundle('bundle', entry));
  article = JSON.parse(await readFile(new URL('data/django-vs-flask.json', root), 'utf8'));
});

const text = (markup) =>
  markup
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The parts an element's own shadow tree renders: nested elements (the article's sections) cut out. */
function ownParts(tag, markup) {
  const inner = markup.replace(new RegExp(`^[^]*?<${tag}[^>]*>`), '');
  const own = inner.replace(/<([a-z]+-[a-z-]+)[\s>][^]*?<\/\1>/g, '');
  return new Set([...own.matchAll(/\spart="([^"]+)"/g)].flatMap((match) => match[1].split(/\s+/)));
}

describe('server-side rendering', () => {
  it('finds the elements to render', () => {
    assert.ok(tags.includes('comparison-overview'), `elements found: ${tags.join(', ')}`);
  });

  for (const tag of tags) {
    it(`<${tag}> renders the article as declarative shadow DOM`, async () => {
      const markup = await ssr(tag, article);
      assert.match(markup, new RegExp(`<${tag}[^>]*>\\s*<template shadowroot="open" shadowrootmode="open">`));
      assert.doesNotMatch(markup, /Loading the comparison/);
      assert.doesNotMatch(markup, /could not be shown/);
      assert.ok(text(markup).trim().length > 20, `<${tag}> rendered no content: ${text(markup)}`);
    });

    it(`<${tag}> renders a readable error for invalid data`, async () => {
      const markup = await ssr(tag, { title: 'Broken', subjects: [{ id: 'a', name: 'A' }] });
      // The path is in its own <code>, which the flattened text sets apart.
      assert.match(text(markup), /subjects ?: expected at least 2 items, got 1/);
    });

    it(`<${tag}> documents every part it renders (@csspart)`, async () => {
      const source = await readFile(new URL(`src/components/${tag}/${tag}.component.ts`, root), 'utf8');
      const documented = new Set([...source.matchAll(/@csspart ([a-z-]+)/g)].map((match) => match[1]));
      const states = [await ssr(tag, article), await ssr(tag), await ssr(tag, { title: 'Broken', subjects: [] })];
      const rendered = new Set(states.flatMap((markup) => [...ownParts(tag, markup)]));
      assert.ok(rendered.has('base') && rendered.has('loading') && rendered.has('error'), [...rendered].join(' '));
      assert.deepEqual([...rendered].filter((part) => !documented.has(part)), []);
    });

    it(`<${tag}> renders its loading state when the data comes later`, async () => {
      assert.match(text(await ssr(tag)), /Loading the comparison/);
    });
  }
});
