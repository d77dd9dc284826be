// Validates dataset files with the same validator the elements ship: node scripts/validate-data.mjs FILE...
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

const out = await build({
  entryPoints: [new URL('../src/data/validate.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { validateDataset, formatProblem } = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);
let failed = false;
for (const file of process.argv.slice(2)) {
  let value;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not valid JSON: ${error.message}`);
    failed = true;
    continue;
  }
  const result = validateDataset(value);
  if (result.ok) console.log(`${file}: valid`);
  else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
