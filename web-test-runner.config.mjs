import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from './scripts/browsers.mjs';
import { jsonModules } from './scripts/dev-server-plugins.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { chromiumCommands } from './scripts/test-commands.mjs';
import { testRoutes } from './scripts/test-routes.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
const paths = findBrowsers(wanted);

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: paths.chromium, headless: true, args: chromiumArgs } }),
  // Firefox is driven by puppeteer-core over WebDriver BiDi (Playwright needs its own patched build).
  firefox: () =>
    chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true } }),
};

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [jsonModules(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), chromiumCommands()],
  middleware: [testRoutes],
  browsers: wanted.map((name) => launchers[name]()),
  // One page at a time per browser: background pages get no animation frames and no real focus.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  // Lit's dev-mode notice repeats in every file and hides the logs that matter.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
