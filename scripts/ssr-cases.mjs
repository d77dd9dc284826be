// The server HTML the hydration tests (test/hydration/) hydrate in the browser, rendered on demand
// by @lit-labs/ssr when a test asks `/__test__/ssr?case=<tag>.<case>` (scripts/test-routes.mjs):
// every element of src/components/ given the bundled article or the three-subject fixture as its
// `data` property, or no data (the server then renders the loading state), and a few cases with
// attributes or an inline JSON script. Rendered from src/ as it is now, so it is never stale.
import { readdir, readFile } from 'node:fs/promises';
import { importSsrBundle } from './ssr-bundle.mjs';

const root = new URL('../', import.meta.url);
const DATASETS = { article: 'data/django-vs-flask.json', 'three-subjects': 'test/fixtures/three-subjects.json' };
const EXTRA = {
  'feature-matrix.three-subjects.sync-url': { attrs: 'sync-url', data: 'three-subjects' },
  'use-case-picker.three-subjects.sync-url': { attrs: 'sync-url', data: 'three-subjects' },
  'use-case-picker.three-subjects.sync-url-answered': { attrs: 'sync-url value="team:experts,needs:ssr"', data: 'three-subjects' },
  'faq-accordion.inline-three-subjects': { inline: 'three-subjects' },
};

/** What `<tag>.<case>` renders: `data` names the dataset given as the property, `inline` the one in an inline script. */
function caseOf(name) {
  const [tag, ...rest] = name.split('.');
  const variant = rest.join('.');
  if (EXTRA[name]) return { tag, ...EXTRA[name] };
  if (variant === 'no-data') return { tag };
  if (variant in DATASETS) return { tag, data: variant };
  return undefined;
}

let rendering;

/** The renderer, made once per test run: every element bundled for Node. */
async function renderer() {
  rendering ??= (async () => {
    const tags = (await readdir(new URL('src/components/', root), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    const entry = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
${tags.map((tag) => `import './src/components/${tag}/${tag}.ts';`).join('\n')}
export function ssr(tag, attrs, data, inline) {
  const name = unsafeStatic(tag);
  const script = inline === undefined ? '' : unsafeStatic(\`<script type="application/json">\${inline}</script>\`);
  return collectResult(render(
    data === undefined
      ? html\`<\${name} \${unsafeStatic(attrs)}>\${script}</\${name}>\`
      : html\`<\${name} \${unsafeStatic(attrs)} .data=\${data}>\${script}</\${name}>\`,
  ));
}
`;
    const { ssr } = await importSsrBundle('hydration-cases', entry);
    return ssr;
  })();
  return rendering;
}

/** The server HTML of the case `name` (`faq-accordion.article`), or undefined for no such case. */
export async function serverHtml(name) {
  const chosen = caseOf(name);
  if (!chosen) return undefined;
  const { tag, attrs = '', data, inline } = chosen;
  const read = async (key) => JSON.parse(await readFile(new URL(DATASETS[key], root), 'utf8'));
  const ssr = await renderer();
  return ssr(tag, attrs, data && (await read(data)), inline && JSON.stringify(await read(inline)));
}
