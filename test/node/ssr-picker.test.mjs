// <use-case-picker> rendered on the server: until the script runs (or if it never does), the reader
// sees the server's HTML, so an answer may look chosen only if it is chosen (none by default).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { importSsrBundle } from '../../scripts/ssr-bundle.mjs';

const root = new URL('../../', import.meta.url);

const entry = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import './src/components/use-case-picker/use-case-picker.ts';
import './src/components/comparison-article/comparison-article.ts';
export function ssr(tag, attrs, data) {
  const name = unsafeStatic(tag);
  return collectResult(render(html\`<\${name} \${unsafeStatic(attrs)} .data=\${data}></\${name}>\`));
}
`;

let ssr;
let article;
before(async () => {
  ({ ssr } = await importSsrBundle('picker-bundle', entry));
  article = JSON.parse(await readFile(new URL('data/django-vs-flask.json', root), 'utf8'));
});

/** Every input of the server HTML as `name=value`, and the ones a browser shows checked (a `checked` attribute, whatever its value). */
function inputs(markup) {
  const all = [...markup.matchAll(/<input\b([^>]*)>/g)].map((m) => m[1]);
  const attr = (attrs, name) => attrs.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const id = (attrs) => `${attr(attrs, 'name')}=${attr(attrs, 'value')}`;
  return { all: all.map(id), checked: all.filter((a) => /\schecked(?=[\s=/]|$)/.test(a)).map(id) };
}

describe('<use-case-picker> server HTML shows only the chosen answers checked', () => {
  const cases = [
    { attrs: '', shown: 3, checked: [] },
    { attrs: 'layout="steps"', shown: 3, checked: [] },
    // The preset answers the first question, so the steps go on to the second: nothing chosen there yet.
    { attrs: 'value="project-size:small"', shown: 8, checked: [] },
    { attrs: 'layout="form"', shown: 19, checked: [] },
    { attrs: 'layout="form" value="project-size:large,admin-cms:no,deadline:-"', shown: 19, checked: ['q-project-size=large', 'q-admin-cms=no'] },
    { attrs: 'mode="browse"', shown: 9, checked: [] },
    { attrs: 'mode="browse" use-case="django-cms"', shown: 9, checked: ['use-case=django-cms'] },
    { attrs: 'mode="browse" use-case="nope"', shown: 9, checked: [] },
  ];
  for (const { attrs, shown, checked } of cases) {
    it(`<use-case-picker ${attrs}> checks ${checked.length ? checked.join(', ') : 'no input'}`, async () => {
      const view = inputs(await ssr('use-case-picker', attrs, article));
      assert.equal(view.all.length, shown, `inputs rendered: ${view.all.join(' ')}`);
      assert.deepEqual(view.checked, checked);
    });
  }

  it('the picker inside <comparison-article> checks no input', async () => {
    // Only the picker's inputs: the article's other sections are not this test's business.
    const picker = (await ssr('comparison-article', '', article)).match(/<use-case-picker\b[^]*?<\/use-case-picker>/)?.[0] ?? '';
    const view = inputs(picker);
    assert.equal(view.all.length, 3, 'the article renders the picker on its first question');
    assert.deepEqual(view.checked, []);
  });
});
