// Checks dataset files with the elements' validator and writes what it finds: "file: valid", or
// each problem with its JSON path. Shared by the package's CLI (versus-elements.mjs, with the built
// validator) and the repository's `npm run validate-data` (with the source one).
import { readFile } from 'node:fs/promises';

const READ_ERRORS = { ENOENT: 'no such file', EISDIR: 'is a directory, not a file', EACCES: 'not readable (permission denied)' };

/**
 * Returns true when every file is valid. `validator` is `{ validateDataset, formatProblem }`;
 * `out` and `err` take one line each.
 */
export async function validateFiles(files, validator, { out = console.log, err = console.error } = {}) {
  let allValid = true;
  for (const file of files) {
    let value;
    try {
      const text = await readFile(file, 'utf8');
      value = JSON.parse(text);
    } catch (error) {
      err(`${file}: ${READ_ERRORS[error.code] ?? (error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `could not be read: ${error.message}`)}`);
      allValid = false;
      continue;
    }
    const result = validator.validateDataset(value);
    if (result.ok) {
      out(`${file}: valid`);
      continue;
    }
    allValid = false;
    const count = result.problems.length;
    err(`${file}: ${count} ${count === 1 ? 'problem' : 'problems'}`);
    for (const problem of result.problems) err(`  ${validator.formatProblem(problem)}`);
  }
  return allValid;
}
