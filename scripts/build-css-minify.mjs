// Collapses the whitespace and comments inside Lit `css` tagged templates, which minifiers leave
// alone and an app's bundler cannot touch. Only whitespace between tokens is touched. Used by the
// dist and CDN builds (a Rollup plugin) and by the size measurement (bench/sizes.mjs).
export function minifyCssTemplates() {
  return {
    name: 'versus-minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.(ts|js)$/.test(id)) return null;
      const out = minifyCssInSource(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** The source text with every `css` template's body minified. */
export function minifyCssInSource(code) {
  if (!code.includes('css`')) return code;
  return code.replace(/\bcss`([^`]*)`/g, (_match, body) => `css\`${minifyCss(body)}\``);
}

function minifyCss(body) {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
