// `npm test` must say what to install when a browser is missing, not print a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';

const probe = "import { findBrowsers } from './scripts/browsers.mjs'; console.log(JSON.stringify(findBrowsers()));";
const run = (env) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
    cwd: new URL('../../', import.meta.url),
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

it('names the missing browser and the package to install', () => {
  const result = run({ FIREFOX_PATH: '/nonexistent/firefox' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /firefox: FIREFOX_PATH is set to \/nonexistent\/firefox, which does not exist/);
  assert.match(result.stderr, /apt-get install -y firefox-esr/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

it('uses CHROME_PATH and FIREFOX_PATH when they are set', () => {
  const result = run({ CHROME_PATH: process.execPath, FIREFOX_PATH: process.execPath });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), { chromium: process.execPath, firefox: process.execPath });
});
