// Headless Chromium through puppeteer-core (Debian's binary, see scripts/browsers.mjs). Every page
// records its console warnings, errors, uncaught exceptions and requests; requests that leave
// 127.0.0.1 are blocked and recorded.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from '../../scripts/browsers.mjs';

export async function launch() {
  const { chromium } = findBrowsers(['chromium']);
  return puppeteer.launch({ executablePath: chromium, headless: true, args: chromiumArgs, protocolTimeout: 120000 });
}

/** Debian's Firefox over WebDriver BiDi, for the pages a site owner would paste into. */
export async function launchFirefox() {
  const { firefox } = findBrowsers(['firefox']);
  return puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true, protocolTimeout: 120000 });
}

/** Opens `url` in a new page and waits for the load event; returns { page, log }. */
export async function open(browser, url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(60000);
  const log = { warnings: [], errors: [], exceptions: [], requests: [], offsite: [] };
  page.on('console', (message) => {
    if (message.type() === 'warn') log.warnings.push(message.text());
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.exceptions.push(error.message));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol.startsWith('http') && target.hostname !== '127.0.0.1') {
      log.offsite.push(request.url());
      return request.abort();
    }
    log.requests.push(request.url());
    return request.continue();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, log };
}

/**
 * In the page: waits until every element matching `selector` has settled (loadComplete), then
 * describes each: tag, whether it rendered content, its error text, and a bit of its visible text.
 */
export function describeElements(page, selector) {
  return page.evaluate(async (sel) => {
    const found = [...document.querySelectorAll(sel)];
    const out = [];
    for (const el of found) {
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 30000));
      const defined = await Promise.race([customElements.whenDefined(el.localName).then(() => 'defined'), timeout]);
      const ok = defined === 'defined' ? await Promise.race([el.loadComplete, timeout]) : 'undefined element';
      const root = el.shadowRoot;
      out.push({
        tag: el.localName,
        id: el.id,
        ok,
        error: root?.querySelector('[part~="error"]')?.textContent?.trim() ?? '',
        text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 400),
        height: el.getBoundingClientRect().height,
      });
    }
    return out;
  }, selector);
}
