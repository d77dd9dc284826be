// `npm test`: every suite in order, then one closing line "N passed, N failed" over all of them.
// A suite whose script is not in the repository yet is reported, not silently passed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const STEPS = [
  { name: 'JSON Schema is up to date', cmd: 'node scripts/build-schema.mjs --check' },
  { name: 'browser tests (Chromium, Firefox)', cmd: 'npx wtr', counts: true },
  { name: 'node tests (SSR, sizes)', cmd: 'node --test test/node/', needs: 'test/node', counts: true },
  { name: 'end-to-end: CDN page, React, Vue and Svelte apps', cmd: 'node test/e2e/run.mjs', needs: 'test/e2e/run.mjs', counts: true },
  { name: 'every Storybook story renders without errors or axe violations', cmd: 'node scripts/check-stories.mjs', needs: 'scripts/check-stories.mjs', counts: true },
  { name: '`npm start` serves Storybook: each element shows the article, with no errors or warnings', cmd: 'node scripts/check-dev-storybook.mjs', needs: 'scripts/check-dev-storybook.mjs', counts: true },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];
// Every suite prints "  ✗ name" per failed check; they are repeated at the end, where a log's tail shows them.
const failedChecks = [];

function run(cmd) {
  return new Promise((resolve) => {
    let tail = '';
    let pending = '';
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const relay = (stream, out) =>
      stream.on('data', (chunk) => {
        out.write(chunk);
        tail = (tail + chunk.toString()).slice(-4000);
        const lines = (pending + chunk.toString()).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (/^\s*✗ /.test(line)) failedChecks.push(line.trim());
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, tail }));
  });
}

for (const step of STEPS) {
  if (only.length && !only.some((word) => step.name.includes(word) || step.cmd.includes(word))) continue;
  if (step.needs && !existsSync(step.needs)) {
    console.log(`\n=== ${step.name}: not set up yet (${step.needs} is missing)`);
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.cmd}`);
  const { code, tail } = await run(step.cmd);
  // node --test prints "# pass N" / "# fail N"; the other suites print "N passed, N failed".
  const plain = [...tail.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  const tap = tail.match(/# pass (\d+)[\s\S]*?# fail (\d+)/);
  const counted = plain ? [Number(plain[1]), Number(plain[2])] : tap ? [Number(tap[1]), Number(tap[2])] : null;
  if (counted) {
    passed += counted[0];
    failed += counted[1];
  }
  if (code !== 0) {
    failures.push(step.name);
    if (!counted || counted[1] === 0) failed += 1;
  } else if (!counted) {
    passed += 1;
  }
}

if (failedChecks.length) console.log(`\nFailed checks:\n${[...new Set(failedChecks)].map((line) => `  ${line}`).join('\n')}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
