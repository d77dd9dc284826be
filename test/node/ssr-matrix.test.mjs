// <feature-matrix> rendered on the server with a filter attribute: a reader sees the server's HTML
// before any script runs, so the rows (and category groups) it hides must be the ones its own
// "N of M features shown" count says are hidden.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { importSsrBundle } from '../../scripts/ssr-bundle.mjs';

const root = new URL('../../', import.meta.url);

const entry = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import './src/components/feature-matrix/feature-matrix.ts';
export function ssr(attrs, data) {
  return collectResult(render(html\`<feature-matrix \${unsafeStatic(attrs)} .data=\${data}></feature-matrix>\`));
}
`;

let ssr;
let article;
before(async () => {
  ({ ssr } = await importSsrBundle('matrix-bundle', entry));
  article = JSON.parse(await readFile(new URL('data/django-vs-flask.json', root), 'utf8'));
});

const text = (markup) => markup.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const isHidden = (attrs) => /\shidden(?=[\s=/]|$)/.test(attrs);

/** What a reader of the server HTML sees: the count's text, and the rows and groups left visible. */
async function serverView(attrs) {
  const markup = await ssr(attrs, article);
  const count = text(markup.match(/<p[^>]*part="count"[^>]*>([^]*?)<\/p>/)[1]);
  const rows = [...markup.matchAll(/<tr\b([^>]*\bclass="feature"[^>]*)>/g)].map((m) => m[1]);
  const groups = [...markup.matchAll(/<tbody\b([^>]*)>([^]*?)<\/tbody>/g)];
  const checkbox = markup.match(/<input\b[^>]*type="checkbox"[^>]*>/)[0];
  return {
    count,
    onlyDifferencesChecked: /\schecked(?=[\s=/>]|$)/.test(checkbox),
    total: rows.length,
    shown: rows.filter((a) => !isHidden(a)).map((a) => a.match(/data-feature="([^"]+)"/)[1]),
    groups: groups.filter((g) => !isHidden(g[1])).map((g) => text(g[2].match(/class="group-name"[^>]*>([^]*?)<\/span>/)[1])),
  };
}

const keyFeatures = ['modularity', 'extensions', 'restful-dispatching', 'jinja2-templating', 'orm', 'admin-interface', 'middleware', 'mvt-architecture'];
const foundations = ['python', 'mvc-mvt', 'wsgi', 'templating', 'extendability', 'orm-support', 'development-server', 'community-docs'];

describe('<feature-matrix> server HTML with filter attributes', () => {
  const cases = [
    { attrs: '', shown: [...keyFeatures, ...foundations], groups: ['Key features', 'Shared foundations'] },
    { attrs: 'query="zzzzzz"', shown: [], groups: [] },
    { attrs: 'query="admin"', shown: ['admin-interface'], groups: ['Key features'] },
    { attrs: 'query="jinja"', shown: ['jinja2-templating', 'templating'], groups: ['Key features', 'Shared foundations'] },
    { attrs: 'category="shared-foundations"', shown: foundations, groups: ['Shared foundations'] },
    {
      attrs: 'only-differences',
      shown: ['modularity', 'restful-dispatching', 'jinja2-templating', 'orm', 'admin-interface', 'middleware', 'mvt-architecture', 'mvc-mvt', 'orm-support'],
      groups: ['Key features', 'Shared foundations'],
    },
    { attrs: 'only-differences category="shared-foundations"', shown: ['mvc-mvt', 'orm-support'], groups: ['Shared foundations'] },
  ];
  for (const { attrs, shown, groups } of cases) {
    it(`<feature-matrix ${attrs}> hides exactly the rows and groups its count says are hidden`, async () => {
      const view = await serverView(attrs);
      assert.equal(view.total, 16);
      assert.deepEqual(view.shown, shown, 'rows visible in the server HTML');
      assert.deepEqual(view.groups, groups, 'category groups visible in the server HTML');
      assert.match(view.count, new RegExp(`^${shown.length} of 16 features shown`));
      assert.equal(view.count.includes('No feature matches these filters.'), shown.length === 0, view.count);
      assert.equal(view.onlyDifferencesChecked, attrs.includes('only-differences'), 'the "Only differences" checkbox checked');
    });
  }
});

describe('<feature-matrix> server HTML layout', () => {
  it('gives the table its column count (there is no script to set it yet)', async () => {
    const three = JSON.parse(await readFile(new URL('test/fixtures/three-subjects.json', root), 'utf8'));
    const table = (await ssr('', three)).match(/<table\b[^>]*>/)[0];
    assert.match(table, /style="--_columns:3"/);
  });
});
