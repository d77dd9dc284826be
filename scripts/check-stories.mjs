// The story check (`npm test` runs it): builds the static Storybook, serves it on 127.0.0.1 and
// visits every entry of its index.json in headless Chromium. A story passes when it renders, logs no
// console error and throws no page error, and axe-core finds no violation inside #storybook-root
// (open shadow roots included). Each story is visited once as written and once per extra variant
// (toolbar globals: dark + RTL + narrow + hostile host page). Docs pages (autodocs and the MDX pages)
// must render without errors and pass axe inside #storybook-docs, Storybook's own blocks included.
// Closes with "N passed, N failed".
//
// Env: STORYBOOK_DIR=<dir> checks an existing build instead of building one; STORY_FILTER=<text>
// keeps only entries whose id contains the text; STORY_VARIANTS=default skips the extra variants.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from './browsers.mjs';
import { serve } from './static-server.mjs';
import { visit } from './story-visit.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const VARIANTS = [
  { name: 'as written', globals: '' },
  { name: 'dark, rtl, narrow, hostile page', globals: 'theme:dark;dir:rtl;width:narrow;hostile:on' },
];

function finish(passed, failed) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function build() {
  const out = mkdtempSync(join(tmpdir(), 'versus-storybook-'));
  const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
  console.log(`Building the static Storybook into ${out} (npm run build-storybook)`);
  const sb = spawnSync('npm', ['run', '--silent', 'build-storybook', '--', '-o', out], { cwd: ROOT, env, encoding: 'utf8' });
  if (sb.status !== 0 || !existsSync(join(out, 'index.json'))) {
    return { error: `storybook build failed:\n${sb.stdout.slice(-6000)}${sb.stderr.slice(-6000)}` };
  }
  return { dir: out, temporary: true };
}

async function main() {
  const only = process.env.STORY_FILTER ?? '';
  const variants = process.env.STORY_VARIANTS === 'default' ? VARIANTS.slice(0, 1) : VARIANTS;
  const built = process.env.STORYBOOK_DIR ? { dir: resolve(process.env.STORYBOOK_DIR) } : build();
  if (built.error) {
    console.error(built.error);
    finish(0, 1);
  }
  const index = JSON.parse(readFileSync(join(built.dir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((e) => e.id.includes(only));
  if (!entries.length) {
    console.error(`No stories in ${join(built.dir, 'index.json')}${only ? ` matching "${only}"` : ''}.`);
    finish(0, 1);
  }
  const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const { chromium } = findBrowsers(['chromium']);
  const server = await serve({ '/': built.dir });
  const base = server.origin;
  const browser = await puppeteer.launch({ executablePath: chromium, args: chromiumArgs, headless: true });
  let passed = 0;
  let failed = 0;
  try {
    for (const entry of entries) {
      for (const variant of entry.type === 'docs' ? variants.slice(0, 1) : variants) {
        const label = `${entry.type === 'docs' ? 'docs' : 'story'} ${entry.title} / ${entry.name}${variant.globals ? ` [${variant.name}]` : ''}`;
        const started = Date.now();
        const problems = await visit(browser, base, entry, variant, axeSource);
        const ms = ` (${((Date.now() - started) / 1000).toFixed(1)} s)`;
        if (problems.length) {
          failed += 1;
          console.log(`  ✗ ${label}${ms}\n      ${problems.join('\n      ')}`);
        } else {
          passed += 1;
          console.log(`  ✓ ${label}${ms}`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    if (built.temporary) rmSync(built.dir, { recursive: true, force: true });
  }
  finish(passed, failed);
}

main().catch((err) => {
  console.error(err);
  finish(0, 1);
});
