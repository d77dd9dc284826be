// Packs the package as a user gets it (`npm pack`), and installs the tarball into a temporary
// node_modules without the network: the tarball is extracted, and the few packages an app imports
// (react, vue, svelte, lit, @lit/react, type packages) are linked from the repository's node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
const LINKED = ['react', 'react-dom', 'scheduler', 'vue', 'lit', 'lit-html', 'lit-element', '@lit', '@types', '@vue', 'typescript', 'preact', 'solid-js', 'csstype', 'seroval', 'seroval-plugins', 'svelte'];

/** Packs into a new temporary folder and installs there; returns the folder and the tarball's files. */
export function installTarball() {
  const dir = mkdtempSync(join(tmpdir(), 'versus-e2e-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [packed] = JSON.parse(out);
  const tarball = join(dir, packed.filename);
  const target = join(dir, 'node_modules', 'versus-elements');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  for (const name of LINKED) {
    const source = join(repo, 'node_modules', name);
    if (existsSync(source)) symlinkSync(source, join(dir, 'node_modules', name), 'dir');
  }
  return { dir, files: packed.files.map((f) => f.path).sort() };
}
