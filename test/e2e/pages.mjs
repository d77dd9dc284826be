// The HTML pages of the end-to-end tests, generated so they carry the current tags and SRI hashes.

/** Every element tag with the bundled article (no data given). */
export const allElements = (tags) => tags.map((tag) => `<${tag} id="${tag}"></${tag}>`).join('\n    ');

export function cdnPage({ tags, script, integrity, classic = false, copies = 1, csp, head = '', body = '' }) {
  const scripts = Array.from({ length: copies }, (_, i) => {
    const url = `${script}${i ? `?copy=${i + 1}` : ''}`;
    // A second copy under another URL has other bytes for SRI purposes only if they differ; it doesn't.
    return `<script ${classic ? '' : 'type="module" '}src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  }).join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>versus-elements from the CDN build</title>
    <link rel="icon" href="data:," />
    ${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}" />` : ''}
    ${head}${scripts}
  </head>
  <body>
    ${allElements(tags)}
    ${body}
  </body>
</html>
`;
}

/** Loads dist/ as-is (bare `lit` imports mapped to node_modules), like a no-bundler app. */
export function distPage(body) {
  const map = {
    imports: {
      lit: '/node_modules/lit/index.js',
      'lit/': '/node_modules/lit/',
      'lit-html': '/node_modules/lit-html/lit-html.js',
      'lit-html/': '/node_modules/lit-html/',
      'lit-element/': '/node_modules/lit-element/',
      '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
      '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    },
  };
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>versus-elements dist</title><link rel="icon" href="data:," />
    <script type="importmap">${JSON.stringify(map)}</script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}
