// Writes data/versus-dataset.schema.json from src/data/dataset-schema.ts (the one source of truth).
// `--check` exits 1 when the committed file is stale instead of writing it.
import { readFile, writeFile } from 'node:fs/promises';
import { importTs } from './import-ts.mjs';

const target = new URL('../data/versus-dataset.schema.json', import.meta.url);
const mod = await importTs('src/data/json-schema.ts');
const text = `${JSON.stringify(mod.datasetJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('data/versus-dataset.schema.json is out of date: run `npm run schema`.');
    process.exit(1);
  }
} else {
  await writeFile(target, text);
  console.log('wrote data/versus-dataset.schema.json');
}
