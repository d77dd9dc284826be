// `npm run analyze`: custom-elements.json from the elements' JSDoc.
import { posix } from 'node:path';
// Elements register through `defineElement('tag', Class)` (src/shared/define.ts), which the analyzer
// does not know, so a small plugin gives each class its tag name and marks it a custom element.
const TAG_MAP = new Map();

/**
 * Where a source module is in the package: an element's class and define modules are at the top of
 * dist/ (the `versus-elements/<tag>.js` entries), everything else keeps its folder.
 */
function shippedPath(path) {
  const entry = path.match(/^src\/components\/([^/]+)\/\1(\.component)?\.ts$/);
  if (entry) return `dist/${entry[1]}${entry[2] ?? ''}.js`;
  return path.replace(/^src\/(.+)\.ts$/, 'dist/$1.js');
}

/**
 * Every `path` and `module` in the manifest, pointed at the shipped JavaScript instead of src/.
 * References come as the analyzer found them: `./x.js` from the module's folder, `src/x.js`, `/src/x.js`.
 */
function pointAtPackage(modules) {
  // A module of types alone has no JavaScript in the package, only its declarations.
  const typesOnly = new Set(modules.filter((m) => !m.declarations?.length && !m.exports?.length).map((m) => m.path));
  const shipped = (path) => (typesOnly.has(path) ? shippedPath(path).replace(/\.js$/, '.d.ts') : shippedPath(path));
  const resolve = (from, reference) => {
    let path = reference.replace(/^\//, '').replace(/\.js$/, '.ts');
    if (path.startsWith('.')) path = posix.join(posix.dirname(from), path);
    return shipped(path);
  };
  const visit = (value, from) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'module' && typeof child === 'string') value[key] = resolve(from, child);
      else visit(child, from);
    }
  };
  for (const mod of modules) {
    const from = mod.path;
    mod.path = shipped(from);
    visit(mod.declarations, from);
    visit(mod.exports, from);
  }
}

/**
 * `<comparison-article>` forwards the parts of the elements it renders as `<tag>-<part>`
 * (src/components/comparison-article/exported-parts.ts, kept equal to their `@csspart`s by a test):
 * listed here, they reach the docs, editors and Storybook like the article's own parts.
 */
function forwardedParts(modules) {
  const elements = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const article = elements.find((d) => d.tagName === 'comparison-article');
  if (!article) return;
  for (const inner of elements.filter((d) => d !== article)) {
    for (const part of inner.cssParts ?? []) {
      article.cssParts.push({ name: `${inner.tagName}-${part.name}`, description: `\`${part.name}\` of the article's \`<${inner.tagName}>\`: ${part.description}` });
    }
  }
}

function defineElementCalls() {
  return {
    name: 'versus-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      TAG_MAP.set(cls.text, tag.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text, module: moduleDoc.path } });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // The generic `customElements.define(tag, constructor)` inside the define guard is not an element.
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
        for (const declaration of mod.declarations ?? []) {
          const tag = TAG_MAP.get(declaration.name);
          if (declaration.kind === 'class' && tag && mod.path.endsWith('.component.ts')) {
            declaration.tagName = tag;
            declaration.customElement = true;
          }
          if (declaration.name === 'VersusElement') delete declaration.customElement;
        }
      }
      forwardedParts(customElementsManifest.modules);
      // The package ships dist/, not src/: tools that import a module by its manifest path need the shipped one.
      pointAtPackage(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The JSON Schema generator runs at build time and is not in the package.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/data/json-schema.ts', 'src/data/dataset-docs.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls()],
};
