// Validates dataset files with the same validator the elements ship: node scripts/validate-data.mjs FILE...
// (The package's `npx versus-elements validate` does the same with the built validator.)
import { validateFiles } from '../bin/validate-files.mjs';
import { importTs } from './import-ts.mjs';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('Usage: npm run validate-data -- <file.json>...');
  process.exit(2);
}
const validator = await importTs('src/data/validate.ts');
process.exit((await validateFiles(files, validator)) ? 0 : 1);
