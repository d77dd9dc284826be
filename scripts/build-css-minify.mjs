// A Rollup plugin for the CDN builds: collapses the whitespace and comments inside Lit `css`
// tagged templates, which terser leaves alone. Only whitespace between tokens is touched.
export function minifyCssTemplates() {
  return {
    name: 'versus-minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.(ts|js)$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_match, body) => `css\`${minifyCss(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
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
