// @web/dev-server plugins shared by the tests and the benchmark.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Serves `import x from './file.json'` as a JS module while a plain `fetch('file.json')` still
 * gets the JSON itself (the esbuild plugin would turn every .json request into JS).
 */
export function jsonModules(rootDir = process.cwd()) {
  return {
    name: 'json-modules',
    transformImport({ source }) {
      if (source.endsWith('.json')) return `${source}?json-module`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || context.query['json-module'] === undefined) return undefined;
      const text = await readFile(join(rootDir, decodeURIComponent(context.path)), 'utf8');
      return { body: `export default ${text.trim()};\n`, type: 'js' };
    },
  };
}
