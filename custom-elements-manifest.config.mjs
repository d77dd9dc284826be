// `npm run analyze`: custom-elements.json from the elements' JSDoc.
// Elements register through `defineElement('tag', Class)` (src/shared/define.ts), which the analyzer
// does not know, so a small plugin gives each class its tag name and marks it a custom element.
const TAG_MAP = new Map();

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
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls()],
};
