// Writes dist/**/*.d.ts from src/ with the TypeScript API (the repository's tsconfig, declarations
// only), then a declaration beside each top-level entry of dist/ (`dist/faq-accordion.d.ts`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { elementTags } from './build-index.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

export function buildTypes() {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const files = config.fileNames.filter((file) => file.startsWith(`${root}src/`));
  const options = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    sourceMap: false,
    outDir: `${root}dist`,
    rootDir: `${root}src`,
    types: [],
  };
  const program = ts.createProgram(files, options);
  const result = program.emit();
  const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new Error(`Type declarations failed:\n${ts.formatDiagnostics(problems, host)}`);
  }
  mkdirSync(`${root}dist`, { recursive: true });
  for (const tag of elementTags()) {
    for (const suffix of ['', '.component']) {
      const target = `./components/${tag}/${tag}${suffix}.js`;
      const source = readFileSync(`${root}src/components/${tag}/${tag}${suffix}.ts`, 'utf8');
      const defaultExport = /^export default /m.test(source) ? `export { default } from '${target}';\n` : '';
      writeFileSync(`${root}dist/${tag}${suffix}.d.ts`, `export * from '${target}';\n${defaultExport}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildTypes();
