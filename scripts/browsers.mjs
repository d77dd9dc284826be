// Finds the browsers the tests run in: CHROME_PATH / FIREFOX_PATH, else the usual install paths.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    install: 'apt-get install -y chromium   (Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium binary',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
    install: 'apt-get install -y firefox-esr   (Debian/Ubuntu), or set FIREFOX_PATH to a Firefox binary',
  },
};

/** Returns { chromium, firefox } paths, or exits with a message that says what to install. */
export function findBrowsers(names = Object.keys(CANDIDATES)) {
  const found = {};
  const missing = [];
  for (const name of names) {
    const { env, paths, install } = CANDIDATES[name];
    const fromEnv = process.env[env];
    if (fromEnv && !existsSync(fromEnv)) {
      missing.push(`${name}: ${env} is set to ${fromEnv}, which does not exist.\n    Install: ${install}`);
      continue;
    }
    const path = fromEnv || paths.find((candidate) => existsSync(candidate));
    if (path) found[name] = path;
    else missing.push(`${name}: not found (looked in ${paths.join(', ')}).\n    Install: ${install}`);
  }
  if (missing.length) {
    console.error(`The tests run in real browsers, and ${missing.length === 1 ? 'one is' : 'some are'} missing:\n  - ${missing.join('\n  - ')}`);
    process.exit(1);
  }
  return found;
}

/** Flags for Chromium on a headless, offline machine (see README). */
export const chromiumArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
