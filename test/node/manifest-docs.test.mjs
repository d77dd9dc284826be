// custom-elements.json, Storybook's docs, web-types, the VS Code data and the React/Vue wrappers are
// all generated from the elements' JSDoc. These tests hold two of its lists to what the code does:
// - @cssprop: every `--versus-*` property the element's styles read is documented, and nothing
//   documented is unread. The styles are the ones the class really applies (`static styles`,
//   imported in Node), and a property read through a private token (`--_border:
//   var(--versus-color-border)` in the base styles, then `var(--_border)`) counts only where the
//   element reads the token: the base styles map every colour, but an element that never paints a
//   strong border does not use `--versus-color-border`.
// - @fires of <comparison-article>: the section elements' events are composed and bubble out of it,
//   so its React wrapper (scripts/build-frameworks.mjs) only gets `onVersusToggle` etc. if it lists them.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { importTs } from '../../scripts/import-ts.mjs';

const root = new URL('../../', import.meta.url);
const tags = (await readdir(new URL('src/components/', root), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const componentPath = (tag) => `src/components/${tag}/${tag}.component.ts`;

/** The JSDoc block right above `export class`, as the manifest analyzer reads it. */
async function classDoc(tag) {
  const source = await readFile(new URL(componentPath(tag), root), 'utf8');
  const match = source.match(/\/\*\*((?:(?!\*\/)[^])*)\*\/\s*export class (\w+)/);
  assert.ok(match, `${componentPath(tag)}: no JSDoc block above \`export class\``);
  const doc = match[1];
  return {
    className: match[2],
    cssProps: [...doc.matchAll(/@cssprop\s+(--[\w-]+)/g)].map((m) => m[1]),
    events: [...doc.matchAll(/@fires\s+([\w-]+)/g)].map((m) => m[1]),
  };
}

/**
 * Tokens the element's scripts read (faq-item.ts times the opening animation from
 * `getComputedStyle(...).getPropertyValue('--_duration')`), from the element's folder.
 */
async function scriptReads(tag) {
  const dir = new URL(`src/components/${tag}/`, root);
  const names = [];
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.styles.ts')) continue;
    const code = (await readFile(new URL(file, dir), 'utf8')).replace(/\/\*[^]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const m of code.matchAll(/getPropertyValue\(\s*['"`](--[\w-]+)/g)) names.push(m[1]);
  }
  return names;
}

/**
 * The `--versus-*` properties a style sheet (and the element's scripts: `alsoRead`) read,
 * resolving private `--_*` tokens to theirs.
 */
function versusPropsRead(cssText, alsoRead = []) {
  const declarations = [...cssText.replace(/\/\*[^]*?\*\//g, '').matchAll(/([-\w]+)\s*:\s*([^;{}]+)/g)];
  const refs = (value) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
  /** Token -> the names its definitions read (a token may be set in several rules). */
  const tokens = new Map();
  const read = new Set(alsoRead);
  for (const [, name, value] of declarations) {
    if (name.startsWith('--')) {
      if (!tokens.has(name)) tokens.set(name, new Set());
      for (const ref of refs(value)) tokens.get(name).add(ref);
    } else {
      for (const ref of refs(value)) read.add(ref);
    }
  }
  const result = new Set();
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (name.startsWith('--versus-')) result.add(name);
    for (const ref of tokens.get(name) ?? []) visit(ref);
  };
  read.forEach(visit);
  return result;
}

const docs = new Map();
const used = new Map();
before(async () => {
  for (const tag of tags) {
    const doc = await classDoc(tag);
    docs.set(tag, doc);
    const module = await importTs(componentPath(tag));
    const cssText = [module[doc.className].styles].flat(Infinity).map((s) => s.cssText).join('\n');
    used.set(tag, versusPropsRead(cssText, await scriptReads(tag)));
  }
});

describe('@cssprop lists match the custom properties the styles read', () => {
  it('finds the elements and their styles', () => {
    assert.ok(tags.length >= 9, `elements found: ${tags.join(', ')}`);
    // The base styles' shell: every element reads these.
    for (const tag of tags) assert.ok(used.get(tag).has('--versus-font-family'), `<${tag}> styles not read`);
  });

  for (const tag of tags) {
    it(`<${tag}> documents every --versus-* property it reads`, () => {
      const documented = new Set(docs.get(tag).cssProps);
      const missing = [...used.get(tag)].filter((name) => !documented.has(name)).sort();
      assert.deepEqual(missing, [], `<${tag}> reads these but has no @cssprop for them`);
    });

    it(`<${tag}> documents no --versus-* property it does not read`, () => {
      const stale = docs.get(tag).cssProps.filter((name) => !used.get(tag).has(name)).sort();
      assert.deepEqual(stale, [], `<${tag}> has @cssprop for these, but its styles never read them`);
    });

    it(`<${tag}> documents each property once`, () => {
      const names = docs.get(tag).cssProps;
      assert.deepEqual(names.filter((name, i) => names.indexOf(name) !== i), []);
    });
  }
});

describe('<comparison-article> @fires', () => {
  it('lists every event the section elements it renders fire (they bubble out of it, composed)', async () => {
    let code = '';
    for (const file of await readdir(new URL('src/components/comparison-article/', root))) {
      if (file.endsWith('.ts')) code += await readFile(new URL(`src/components/comparison-article/${file}`, root), 'utf8');
    }
    code = code.replace(/\/\*[^]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    // Rendered as literal`tag` (sections.ts) or html`<tag ...` (use-cases.ts).
    const rendered = [...new Set([...code.matchAll(/(?:literal`|<)([a-z]+(?:-[a-z]+)+)[\s>`]/g)].map((m) => m[1]))]
      .filter((tag) => tags.includes(tag) && tag !== 'comparison-article')
      .sort();
    // Cross-check the scan against the article's own list of the elements it renders (exportparts).
    const { SECTION_PARTS } = await importTs('src/components/comparison-article/exported-parts.ts');
    assert.deepEqual(rendered, Object.keys(SECTION_PARTS).sort(), 'the elements the article renders');
    const article = new Set(docs.get('comparison-article').events);
    // The article never turns on the FAQ's search or the picker's browse mode, and a page cannot:
    // listing these would give framework wrappers handlers that are never called.
    const cannotFire = new Set(['versus-search', 'versus-use-case']);
    const missing = [];
    for (const tag of rendered) {
      for (const event of docs.get(tag).events) if (!article.has(event) && !cannotFire.has(event)) missing.push(`${event} (from <${tag}>)`);
    }
    assert.deepEqual(missing, []);
    assert.deepEqual([...cannotFire].filter((event) => article.has(event)), [], 'events the article cannot fire');
  });
});
