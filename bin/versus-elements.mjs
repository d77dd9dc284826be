#!/usr/bin/env node
// `npx versus-elements validate my-comparison.json`: checks dataset files before a page uses them,
// with the validator the elements run, so a file it passes renders and one it fails shows the same problems.
import { readFileSync } from 'node:fs';
import { validateFiles } from './validate-files.mjs';

const USAGE = `Usage: versus-elements validate <file.json>...

Checks comparison datasets with the validator the elements use, and lists every
problem with its JSON path (e.g. faq[3].answer: expected a non-empty string).
Exit status: 0 when every file is valid, 1 when one is not, 2 on wrong usage.

  versus-elements --version   the package's version
  versus-elements --help      this text`;

const [command, ...files] = process.argv.slice(2);
const wantsHelp = [command, ...files].some((arg) => arg === '--help' || arg === '-h');
if (wantsHelp) {
  console.log(USAGE);
} else if (command === '--version' || command === '-v') {
  console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
} else if (command === 'validate' && files.length) {
  const validator = await import('../dist/data/validate.js');
  process.exitCode = (await validateFiles(files, validator)) ? 0 : 1;
} else {
  if (command === 'validate') console.error('Name at least one dataset file.\n');
  else if (command) console.error(`Unknown command "${command}".\n`);
  console.error(USAGE);
  process.exitCode = 2;
}
