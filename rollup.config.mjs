// `npm run build` runs this through scripts/build-package.mjs. Three outputs:
// - dist/: unbundled ES modules (one file per source module, bare `lit` imports so apps dedupe Lit),
//   `<tag>.js` defines an element, `<tag>.component.js` only exports its class, `index.js` defines all.
//   The article stays in its own module, loaded by dynamic import only when an element needs it.
// - cdn/versus-elements.js and cdn/<tag>.js: self-contained, minified ES modules (Lit and the article inside).
// - cdn/versus-elements.classic.js: the same as a classic script for hosts that only accept <script src>.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { elementTags } from './scripts/build-index.mjs';
import { minifyCssTemplates } from './scripts/build-css-minify.mjs';

const tags = elementTags();
const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', minify: false };
const onwarn = (warning, warn) => {
  // Lit's decorators use `this` at the top level of their helpers; nothing to act on.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const distInput = { index: 'src/index.ts' };
for (const tag of tags) {
  distInput[tag] = `src/components/${tag}/${tag}.ts`;
  distInput[`${tag}.component`] = `src/components/${tag}/${tag}.component.ts`;
}

/** Entry modules sit at the top of dist/ (`dist/faq-accordion.js`); the rest keep their src/ path. */
function distFileName(chunk) {
  const match = /^components\/([^/]+)\/\1(\.component)?$/.exec(chunk.name);
  if (match) return `${match[1]}${match[2] ?? ''}.js`;
  if (chunk.name.endsWith('.json')) return `${chunk.name.replace(/^.*\//, 'data/').replace(/\.json$/, '')}.json.js`;
  return '[name].js';
}

const dist = {
  input: distInput,
  external: (id) => /^lit(\/|$)/.test(id) || /^@lit\//.test(id),
  plugins: [json({ namedExports: false }), esbuild(esbuildOptions), minifyCssTemplates()],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: distFileName,
    sourcemap: true,
  },
  onwarn,
};

const cdnPlugins = ({ module = true } = {}) => [
  nodeResolve({ browser: true }),
  json({ namedExports: false, compact: true }),
  esbuild(esbuildOptions),
  minifyCssTemplates(),
  terser({ ecma: 2022, module, format: { comments: false } }),
];

const cdnModule = (input, file) => ({
  input,
  plugins: cdnPlugins(),
  output: { file, format: 'es', inlineDynamicImports: true, sourcemap: true },
  onwarn,
});

export default [
  dist,
  cdnModule('src/index.ts', 'cdn/versus-elements.js'),
  {
    input: 'src/index.ts',
    // Not `module: true`: terser would treat the `VersusElements` global as module-scoped and drop it.
    plugins: cdnPlugins({ module: false }),
    output: { file: 'cdn/versus-elements.classic.js', format: 'iife', name: 'VersusElements', inlineDynamicImports: true, sourcemap: true },
    onwarn,
  },
  ...tags.map((tag) => cdnModule(`src/components/${tag}/${tag}.ts`, `cdn/${tag}.js`)),
];
