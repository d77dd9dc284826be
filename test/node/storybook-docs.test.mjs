// What each element's Storybook Docs page and Controls panel show, through Storybook's own mapping
// (@storybook/web-components' extractArgTypes / extractComponentDescription, what autodocs calls) of
// the manifest as .storybook/preview.ts gives it (.storybook/docs-manifest.ts). The manifest is made
// here as `npm start` makes it (`cem analyze`, into the untracked custom-elements.json).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { importTs } from '../../scripts/import-ts.mjs';

const root = new URL('../../', import.meta.url);
// Storybook's preview code expects a window; in Node the global object stands in.
globalThis.window ??= globalThis;

let elements = [];
let docs;
before(async () => {
  const analyze = spawnSync('npx', ['cem', 'analyze', '--quiet'], { cwd: root, encoding: 'utf8' });
  assert.equal(analyze.status, 0, analyze.stderr);
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const { docsManifest } = await importTs('.storybook/docs-manifest.ts');
  const { setCustomElementsManifest } = await import('@storybook/web-components');
  const { parameters } = await import('@storybook/web-components/entry-preview-argtypes');
  setCustomElementsManifest(docsManifest(manifest));
  docs = parameters.docs;
});

describe('Storybook Docs of each element', () => {
  it('covers the nine elements', () => assert.equal(elements.length, 9));

  it('shows each element its summary and its public methods', () => {
    const problems = [];
    for (const el of elements) {
      const description = docs.extractComponentDescription(el.tagName) ?? '';
      if (!description.startsWith(el.summary)) problems.push(`${el.tagName}: no summary`);
      for (const m of el.members.filter((m) => m.kind === 'method' && !m.privacy && !m.static)) {
        if (!description.includes(`\`${m.name}(`)) problems.push(`${el.tagName}: method ${m.name}() not listed`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('lists every attribute under "attributes", and no part takes an attribute\'s row', () => {
    const lost = elements.flatMap((el) => {
      const argTypes = docs.extractArgTypes(el.tagName);
      return (el.attributes ?? []).filter((a) => argTypes[a.name]?.table?.category !== 'attributes').map((a) => `${el.tagName} ${a.name}`);
    });
    assert.deepEqual(lost, []);
  });

  it('gives a control to public properties only, once each (an attribute\'s property is its row)', () => {
    const wrong = elements.flatMap((el) => {
      const argTypes = docs.extractArgTypes(el.tagName);
      return (el.members ?? [])
        .filter((m) => m.kind === 'field' && (m.privacy || m.static || m.attribute))
        .filter((m) => argTypes[m.name]?.table?.category === 'properties')
        .map((m) => `${el.tagName} ${m.name} (${m.privacy ?? (m.static ? 'static' : `attribute ${m.attribute}`)})`);
    });
    assert.deepEqual(wrong, []);
  });

  it('types an optional string attribute as a string (a text box), not "string | undefined" (a JSON editor)', () => {
    assert.equal(docs.extractArgTypes('faq-accordion').src.type?.name, 'string');
  });
});
