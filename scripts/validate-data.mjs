// Validates dataset files with the same validator the elements ship: node scripts/validate-data.mjs FILE...
import { readFile } from 'node:fs/promises';
import { importTs } from './import-ts.mjs';

const { validateDataset, formatProblem } = await importTs('src/data/validate.ts');
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
