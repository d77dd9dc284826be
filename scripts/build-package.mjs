// `npm run build`: src/index.ts from the element folders, the Rollup builds (dist/, cdn/),
// type declarations, custom-elements.json, framework wrappers and types, editor data, then
// each CDN file's size and SRI hash.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const run = (label, cmd) => {
  const started = Date.now();
  const result = spawnSync(cmd, { shell: true, stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

rmSync(new URL('dist/', root), { recursive: true, force: true });
rmSync(new URL('cdn/', root), { recursive: true, force: true });
run('src/index.ts', 'node scripts/build-index.mjs');
run('rollup (dist/, cdn/)', 'npx rollup -c --silent');
run('type declarations', 'node scripts/build-types.mjs');
run('custom-elements.json', 'npx cem analyze --quiet');
run('React wrappers, JSX and Vue types', 'node scripts/build-frameworks.mjs');
run('VS Code and JetBrains data', 'node scripts/build-editor-data.mjs');
run('sizes', 'node scripts/build-sizes.mjs');
