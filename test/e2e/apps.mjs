// Builds the React, Vue and Svelte apps (test/e2e/*-app/) with Vite against the installed tarball,
// and type-checks the TypeScript consumer (test/e2e/ts-consumer/) with tsc and svelte-check.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './package.mjs';

const TAGS = ['community-guide', 'comparison-article', 'comparison-overview', 'faq-accordion', 'feature-matrix', 'performance-notes', 'pros-cons-table', 'similarity-list', 'use-case-picker'];

export async function buildApp(framework, tmp) {
  const { build } = await import('vite');
  const root = join(tmp, `${framework}-app`);
  cpSync(join(repo, `test/e2e/${framework}-app`), root, { recursive: true });
  cpSync(join(repo, 'test/fixtures/three-subjects.json'), join(root, 'three-subjects.json'));
  const plugins = {
    react: async () => (await import('@vitejs/plugin-react')).default(),
    vue: async () => (await import('@vitejs/plugin-vue')).default({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } }),
    svelte: async () => (await import('@sveltejs/vite-plugin-svelte')).svelte(),
  };
  const plugin = await plugins[framework]();
  const outDir = join(tmp, 'apps', framework);
  await build({ root, base: './', logLevel: 'warn', configFile: false, plugins: [plugin], build: { outDir, emptyOutDir: true } });
  const assets = join(outDir, 'assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const articleChunks = scripts.filter((file) => readFileSync(join(assets, file), 'utf8').includes('Django Stars'));
  // Which of the package's elements the app carries: each element's module names its own tag.
  const code = scripts.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
  const bundledTags = TAGS.filter((tag) => code.includes(`"${tag}"`) || code.includes(`'${tag}'`) || code.includes(`\`${tag}\``));
  return { articleChunks, bundledTags };
}

/** Copies the TypeScript consumer (test/e2e/ts-consumer/) next to the installed package; returns its folder. */
function copyConsumer(tmp) {
  const dir = join(tmp, 'ts-consumer');
  cpSync(join(repo, 'test/e2e/ts-consumer'), dir, { recursive: true });
  return dir;
}

export function typeCheck(tmp) {
  const dir = copyConsumer(tmp);
  // React and Vue share one project; Preact and Solid each need their own JSX import source.
  const runs = ['tsconfig.json', 'preact/tsconfig.json', 'solid/tsconfig.json'].map((config) =>
    spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(dir, config)], { encoding: 'utf8' }),
  );
  return { ok: runs.every((run) => run.status === 0), output: runs.map((run) => `${run.stdout}${run.stderr}`).join('') };
}

/**
 * Runs svelte-check on the Svelte consumer (test/e2e/ts-consumer/svelte/); returns each problem as
 * "file line: message", and svelte-check's whole output.
 */
export function svelteCheck(tmp) {
  const dir = join(copyConsumer(tmp), 'svelte');
  const bin = join(repo, 'node_modules/svelte-check/bin/svelte-check');
  const run = spawnSync(process.execPath, [bin, '--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine'], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  // Machine output: `<time> ERROR "<file>" <line>:<column> "<message>"`, the message a JSON string.
  const problems = [...output.matchAll(/^\d+ (?:ERROR|WARNING) "([^"]+)" (\d+):\d+ ("(?:[^"\\]|\\.)*")$/gm)].map(
    ([, file, line, message]) => `${file} ${line}: ${JSON.parse(message)}`,
  );
  return { problems, completed: /COMPLETED/.test(output), output };
}
