// End-to-end: the package as users get it. `npm test` runs this file; it builds the package
// (skip with E2E_SKIP_BUILD=1 when dist/ and cdn/ are fresh), serves everything from 127.0.0.1,
// and closes with "N passed, N failed". Nothing leaves 127.0.0.1: other requests are blocked and fail the test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { elementTags } from '../../scripts/build-index.mjs';
import { cdnSizes, readmeWithSnippet } from '../../scripts/build-sizes.mjs';
import { buildApp, svelteCheck, typeCheck } from './apps.mjs';
import { describeElements, launch, launchFirefox, open } from './browser.mjs';
import { installTarball, repo } from './package.mjs';
import { cdnPage, distPage } from './pages.mjs';
import { serve } from '../../scripts/static-server.mjs';

const results = [];
const test = (name, fn) => results.push({ name, fn });

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('The build failed, so nothing else can be checked.\n0 passed, 1 failed');
    process.exit(1);
  }
}

const tags = elementTags();
const sizes = Object.fromEntries(cdnSizes().map((s) => [s.file, s]));
const pages = {
  '/cdn.html': cdnPage({ tags, script: '/cdn/versus-elements.js', integrity: sizes['cdn/versus-elements.js'].integrity }),
  '/classic.html': cdnPage({ tags, script: '/cdn/versus-elements.classic.js', integrity: sizes['cdn/versus-elements.classic.js'].integrity, classic: true }),
  '/twice.html': cdnPage({ tags, script: '/cdn/versus-elements.js', integrity: sizes['cdn/versus-elements.js'].integrity, copies: 2 }),
  // A hardened page: no inline styles or scripts, and Trusted Types enforced.
  '/strict.html': cdnPage({
    tags,
    script: '/cdn/versus-elements.js',
    integrity: sizes['cdn/versus-elements.js'].integrity,
    csp: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'",
    head: '<script src="/test/e2e/csp-violations.js"></script>\n    ',
    body: '<feature-matrix id="three" src="/test/fixtures/three-subjects.json"></feature-matrix>\n    <faq-accordion id="json-ld" structured-data></faq-accordion>',
  }),
  // Trusted Types with a policy list that leaves ours out: the JSON-LD is given up, nothing else.
  '/policies.html': cdnPage({
    tags: ['faq-accordion'],
    script: '/cdn/versus-elements.js',
    integrity: sizes['cdn/versus-elements.js'].integrity,
    csp: "require-trusted-types-for 'script'; trusted-types lit-html",
    body: '<faq-accordion id="json-ld" structured-data></faq-accordion>',
  }),
  '/one.html': cdnPage({ tags: tags.slice(0, 1), script: `/cdn/${tags[0]}.js`, integrity: sizes[`cdn/${tags[0]}.js`].integrity }),
  '/dist.html': distPage(`<script type="module">
      const { ComparisonOverview } = await import('/dist/comparison-overview.component.js');
      window.definedByClassEntry = !!customElements.get('comparison-overview');
      await import('/dist/comparison-overview.js');
      window.sameClass = customElements.get('comparison-overview') === ComparisonOverview;
      const el = document.createElement('comparison-overview');
      el.id = 'given';
      el.data = await (await fetch('/test/fixtures/three-subjects.json')).json();
      document.body.append(el);
    </script>`),
};

const { dir: tmp, files: packed } = installTarball();
const server = await serve({ '/cdn/': `${repo}cdn/`, '/dist/': `${repo}dist/`, '/node_modules/': `${repo}node_modules/`, '/test/': `${repo}test/`, '/apps/': `${tmp}/apps/` }, pages);
const browser = await launch();
let firefoxBrowser;
const firefox = async () => (firefoxBrowser ??= await launchFirefox());
const url = (path) => `${server.origin}${path}`;

function assertClean(log, { warnings = 0 } = {}) {
  assert.deepEqual(log.exceptions, [], 'uncaught exceptions');
  assert.deepEqual(log.offsite, [], 'requests that left 127.0.0.1');
  assert.equal(log.warnings.length, warnings, `console warnings: ${JSON.stringify(log.warnings)}`);
}

function assertRendered(described, expectText) {
  for (const el of described) {
    assert.equal(el.ok, true, `<${el.tag} id=${el.id}> did not render content: ${el.ok} ${el.error}`);
    assert.ok(el.height > 0, `<${el.tag}> takes no space`);
    if (expectText) assert.match(el.text, expectText, `<${el.tag}> does not show the expected data`);
  }
}

test('npm pack contains exactly dist/, cdn/, bin/ (the CLI), the manifest, data/ (with the schema), README, LICENSE', () => {
  const files = packed;
  const allowed = /^(dist\/|cdn\/|data\/|bin\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  for (const needed of ['custom-elements.json', 'data/versus-dataset.schema.json', 'data/django-vs-flask.json', 'cdn/versus-elements.js', 'cdn/versus-elements.classic.js', 'dist/index.js', 'dist/index.d.ts', 'dist/react/index.js', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'README.md', 'LICENSE', 'bin/versus-elements.mjs', 'bin/validate-files.mjs']) {
    assert.ok(files.includes(needed), `${needed} is missing from the tarball`);
  }
  for (const tag of tags) {
    for (const entry of [`dist/${tag}.js`, `dist/${tag}.component.js`, `dist/${tag}.d.ts`, `cdn/${tag}.js`]) assert.ok(files.includes(entry), `${entry} is missing`);
  }
});

test('the shipped .d.ts files import only lit, the framework whose types they add, and each other', () => {
  // A package hoisted by npm but not ours to name (lit-html, say) is missing under pnpm or Yarn PnP.
  const allowed = /^(lit|lit\/.+|@lit\/react|react|react\/.+|vue|preact|preact\/.+|solid-js|solid-js\/.+|svelte\/elements)$/;
  const stray = [];
  for (const file of packed.filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(`${repo}${file}`, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from\s+|import\()\s*['"]([^'"]+)['"]/g)) {
      if (!specifier.startsWith('.') && !allowed.test(specifier)) stray.push(`${file}: ${specifier}`);
    }
  }
  assert.deepEqual(stray, []);
});

test('custom-elements.json describes every element (attributes, properties, events, parts, custom properties), and the wrappers follow it', async () => {
  const manifest = JSON.parse(readFileSync(`${repo}custom-elements.json`, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(declarations.map((d) => d.tagName).sort(), tags);
  const reactIndex = readFileSync(`${repo}dist/react/index.d.ts`, 'utf8');
  const vscode = JSON.parse(readFileSync(`${repo}dist/vscode.html-custom-data.json`, 'utf8'));
  for (const d of declarations) {
    const names = (list) => (list ?? []).map((x) => x.name);
    assert.ok(d.summary, `<${d.tagName}> has no @summary`);
    assert.ok(['src', 'theme'].every((a) => names(d.attributes).includes(a)), `<${d.tagName}> attributes: ${names(d.attributes)}`);
    assert.ok(['data', 'strings', 'loadComplete'].every((m) => names(d.members).includes(m)), `<${d.tagName}> properties`);
    assert.ok(names(d.events).includes('versus-error'), `<${d.tagName}> events: ${names(d.events)}`);
    assert.ok(['base', 'error'].every((p) => names(d.cssParts).includes(p)), `<${d.tagName}> parts: ${names(d.cssParts)}`);
    assert.ok(names(d.cssProperties).some((p) => p.startsWith('--versus-')), `<${d.tagName}> has no custom properties`);
    // One wrapper module per element, re-exported by versus-elements/react.
    const react = readFileSync(`${repo}dist/react/${d.tagName}.d.ts`, 'utf8');
    assert.ok(reactIndex.includes(`export { ${d.name} } from './${d.tagName}.js';`), `versus-elements/react exports ${d.name}`);
    for (const event of names(d.events)) assert.ok(react.includes(`on${event.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase())}: EventName<VersusEventMap['${event}']>`), `React prop for ${event}`);
    assert.ok(vscode.tags.some((t) => t.name === d.tagName && t.attributes.length === d.attributes.length), `VS Code data for <${d.tagName}>`);
  }
  // The parts <comparison-article> forwards from the elements it renders are documented with its own.
  const article = declarations.find((d) => d.tagName === 'comparison-article');
  const forwarded = declarations.filter((d) => d !== article).flatMap((d) => d.cssParts.map((p) => `${d.tagName}-${p.name}`));
  assert.ok(forwarded.includes('faq-accordion-question'));
  assert.deepEqual(forwarded.filter((name) => !article.cssParts.some((p) => p.name === name)), [], 'forwarded parts missing from the article');
});

test('custom-elements.json points every module and reference at a file in the package', () => {
  const manifest = JSON.parse(readFileSync(`${repo}custom-elements.json`, 'utf8'));
  const missing = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') {
        if (!packed.includes(child)) missing.add(child);
      } else visit(child);
    }
  };
  visit(manifest.modules);
  assert.deepEqual([...missing], []);
  // Each tag is defined by the entry a page imports for it.
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${e.name} ${m.path}`));
  assert.deepEqual(definitions.sort(), tags.map((tag) => `${tag} dist/${tag}.js`));
});

test("the README's script-tag snippet pins this version with the built module's SRI hash", () => {
  const { version } = JSON.parse(readFileSync(`${repo}package.json`, 'utf8'));
  const readme = readFileSync(`${repo}README.md`, 'utf8');
  const expected = readmeWithSnippet(readme, version, sizes['cdn/versus-elements.js'].integrity);
  assert.ok(readme.includes(`versus-elements@${version}/cdn/versus-elements.js`), 'the snippet does not pin the version');
  assert.equal(readme, expected, 'README.md: the snippet is stale; run `npm run readme-sri` and commit it');
});

// The pages a site owner pastes into: in Chromium and in Firefox.
for (const name of ['Chromium', 'Firefox']) {
  const using = () => (name === 'Firefox' ? firefox() : Promise.resolve(browser));
  // Firefox asks for /favicon.ico and opens data:, by itself; neither is the page's doing.
  const pageRequests = (log) => log.requests.filter((r) => r.startsWith('http') && !r.endsWith('/favicon.ico'));

  test(`${name}: a page with only the CDN module script renders every element with the article (SRI checked)`, async () => {
    const { page, log } = await open(await using(), url('/cdn.html'));
    assertRendered(await describeElements(page, tags.join(',')));
    assert.deepEqual(pageRequests(log).filter((r) => !r.endsWith('/cdn.html')), [url('/cdn/versus-elements.js')], 'one request: the script itself');
    assertClean(log);
    await page.close();
  });

  test(`${name}: the same with the classic script (<script src>, no type=module)`, async () => {
    const { page, log } = await open(await using(), url('/classic.html'));
    assertRendered(await describeElements(page, tags.join(',')));
    assert.equal(await page.evaluate(() => typeof window.VersusElements?.setVersusStrings), 'function');
    assertClean(log);
    await page.close();
  });

  test(`${name}: a page with a strict CSP and Trusted Types: nothing is refused, the matrix keeps its columns, the FAQ writes its JSON-LD and follows a link to a question`, async () => {
    const question = 'can-i-use-flask-and-django-together-in-a-project';
    const { page, log } = await open(await using(), url(`/strict.html#${question}`));
    assertRendered(await describeElements(page, tags.join(',')));
    const seen = await page.evaluate(async () => {
      const matrix = document.querySelector('#three');
      const table = matrix.shadowRoot.querySelector('table');
      const row = table.querySelector('tr.feature');
      const faq = document.querySelector('#json-ld');
      await faq.updateComplete;
      return {
        violations: window.cspViolations,
        columns: getComputedStyle(table).getPropertyValue('--_columns').trim(),
        rowLines: new Set([...row.children].map((cell) => Math.round(cell.getBoundingClientRect().top))).size,
        jsonLd: JSON.parse(document.querySelector('script[data-versus-faq]')?.textContent || 'null')?.mainEntity?.length ?? 0,
        open: faq.open,
      };
    });
    assert.deepEqual(seen.violations, [], 'the page refused something');
    assert.equal(seen.columns, '3', 'a column per subject');
    assert.equal(seen.rowLines, 1, "a feature's cells sit on one line");
    assert.equal(seen.jsonLd, 5, "the article's five questions in the FAQPage JSON-LD");
    assert.deepEqual(seen.open, [question]);
    assertClean(log);
    await page.close();
  });

  test(`${name}: Trusted Types that do not list our policy: no JSON-LD, one warning that says why, the FAQ works`, async () => {
    const { page, log } = await open(await using(), url('/policies.html'));
    assertRendered(await describeElements(page, 'faq-accordion'));
    assert.equal(await page.evaluate(() => document.querySelector('script[data-versus-faq]')), null);
    // Firefox reports the refused policy (which the element catches) through the same channel as uncaught errors.
    log.exceptions = log.exceptions.filter((e) => !(name === 'Firefox' && /^Content-Security-Policy: .*trusted-types lit-html/.test(e)));
    assertClean(log, { warnings: 1 });
    assert.match(log.warnings[0], /forbids 'versus-elements'/);
    await page.close();
  });

  test(`${name}: loading the CDN module twice (two URLs): nothing throws, one warning, elements still work`, async () => {
    const { page, log } = await open(await using(), url('/twice.html'));
    assertRendered(await describeElements(page, tags.join(',')));
    assert.ok(log.requests.includes(url('/cdn/versus-elements.js?copy=2')), 'the second copy was loaded');
    assertClean(log, { warnings: 1 });
    assert.match(log.warnings[0], /already defined by versus-elements/);
    // The elements are the first copy's; translating through the second copy still reaches them.
    const caption = await page.evaluate(async () => {
      const second = await import('/cdn/versus-elements.js?copy=2');
      second.setVersusStrings({ pros: 'Avantages' });
      const table = document.querySelector('pros-cons-table');
      await table.updateComplete;
      return table.shadowRoot.textContent;
    });
    assert.match(caption, /Avantages/);
    await page.close();
  });
}

test(`a per-element CDN file (cdn/${tags[0]}.js) defines only its element`, async () => {
  const { page, log } = await open(browser, url('/one.html'));
  assertRendered(await describeElements(page, tags[0]));
  const others = await page.evaluate((rest) => rest.filter((t) => customElements.get(t)), tags.slice(1));
  assert.deepEqual(others, []);
  assertClean(log);
  await page.close();
});

test('dist/: the class-only entry defines nothing; with data given the article module is never requested', async () => {
  const { page, log } = await open(browser, url('/dist.html'));
  await page.waitForSelector('#given');
  assertRendered(await describeElements(page, '#given'), /Svelte/);
  assert.equal(await page.evaluate(() => window.definedByClassEntry), false);
  assert.equal(await page.evaluate(() => window.sameClass), true);
  assert.deepEqual(log.requests.filter((r) => /bundled-article|django-vs-flask/.test(r)), []);
  const lit = log.requests.filter((r) => r.includes('/node_modules/lit-element/lit-element.js'));
  assert.equal(lit.length, 1, 'bare lit imports resolve through the import map, once');
  assertClean(log);
  await page.close();
});

test('dist/: without data the article loads on demand as its own module', async () => {
  const { page, log } = await open(browser, url('/dist.html'));
  await page.evaluate(async () => {
    const el = document.createElement('comparison-overview');
    document.body.append(el);
    await el.loadComplete;
  });
  assertRendered(await describeElements(page, 'comparison-overview:not(#given)'), /Django/);
  assert.equal(log.requests.filter((r) => r.endsWith('/dist/data/bundled-article.js')).length, 1);
  assertClean(log);
  await page.close();
});

const FRAMEWORKS = { react: 'React 19', vue: 'Vue 3', svelte: 'Svelte 5' };
for (const framework of Object.keys(FRAMEWORKS)) {
  test(`a ${FRAMEWORKS[framework]} app built with Vite from the npm tarball: custom data as a property, versus-* events, no article download`, async () => {
    const { articleChunks, bundledTags } = await buildApp(framework, tmp);
    assert.ok(articleChunks.length >= 1, 'the article is a chunk of its own in the app build');
    // The React app imports one wrapper from `versus-elements/react`, the others one element: none carries the rest.
    assert.deepEqual(bundledTags, ['comparison-overview'], 'the elements in the app build');
    const { page, log } = await open(browser, url(`/apps/${framework}/index.html`));
    await page.waitForSelector('comparison-overview');
    const described = await describeElements(page, 'comparison-overview');
    assertRendered(described.filter((d) => !d.id.endsWith('-bad')), /Svelte/);
    const bad = described.filter((d) => d.id.endsWith('-bad'));
    assert.equal(bad.length, framework === 'react' ? 2 : 1, 'the elements given bad data');
    assert.ok(bad.every((d) => d.ok === false && /nope|gone/.test(d.error)), JSON.stringify(bad));
    const ids = framework === 'react' ? ['#wrapper-error', '#raw-error'] : [`#${framework}-error`];
    for (const id of ids) {
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.length > 0, { timeout: 30000 }, id);
      assert.match(await page.$eval(id, (p) => p.textContent), /nope|gone/, `${id}: the app got the versus-error event`);
    }
    // The @lit/react wrapper sets `data` just after connecting; the element must still not fetch the article.
    assert.deepEqual(log.requests.filter((r) => articleChunks.some((chunk) => r.endsWith(chunk))), [], 'the article chunk was downloaded');
    assertClean(log);
    await page.close();
  });
}

test('the CLI from the tarball (npx versus-elements validate) passes good datasets and lists a bad one\'s problems with their JSON paths', () => {
  const installed = `${tmp}/node_modules/versus-elements/`;
  const { bin } = JSON.parse(readFileSync(`${installed}package.json`, 'utf8'));
  const cli = `${installed}${bin['versus-elements']}`;
  const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: tmp, encoding: 'utf8' });
  const good = run('validate', `${installed}data/django-vs-flask.json`, `${repo}test/fixtures/three-subjects.json`);
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /django-vs-flask\.json: valid\n.*three-subjects\.json: valid/);
  const dataset = JSON.parse(readFileSync(`${repo}test/fixtures/three-subjects.json`, 'utf8'));
  dataset.faq[1].answer = '';
  dataset.prosCons[0].subject = 'rails';
  writeFileSync(`${tmp}/broken.json`, JSON.stringify(dataset));
  const bad = run('validate', 'broken.json');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^broken\.json: 2 problems$/m);
  assert.match(bad.stderr, /^ {2}faq\[1\]\.answer: /m);
  assert.match(bad.stderr, /^ {2}prosCons\[0\]\.subject: .*"rails"/m);
  writeFileSync(`${tmp}/cut-short.json`, '{"title": "Tea vs');
  const unreadable = run('validate', 'cut-short.json', 'node_modules', 'missing.json');
  assert.equal(unreadable.status, 1);
  assert.match(unreadable.stderr, /^cut-short\.json: not valid JSON: /m);
  assert.match(unreadable.stderr, /^node_modules: is a directory, not a file$/m);
  assert.match(unreadable.stderr, /^missing\.json: no such file$/m);
  assert.equal(run('frobnicate').status, 2);
  assert.equal(run('validate').status, 2);
  assert.match(run('validate', '--help').stdout, /^Usage: versus-elements validate/);
  assert.equal(run('--version').stdout.trim(), JSON.parse(readFileSync(`${repo}package.json`, 'utf8')).version);
});

test('a TypeScript consumer type-checks against the tag map, element properties, event types, React, Vue, Preact and Solid types', () => {
  const { ok, output } = typeCheck(tmp);
  assert.ok(ok, output);
});

test('svelte-check types the tags in Svelte templates (Svelte 5, and Svelte 4\'s on: syntax): the consumer passes, and each mistake is reported', () => {
  const { problems, completed, output } = svelteCheck(tmp);
  assert.ok(completed, output);
  // Without versus-elements/types/svelte every tag takes anything, and none of these is reported.
  assert.deepEqual(problems, [
    `Wrong.svelte 8: Type '"purple"' is not assignable to type '"auto" | "dark" | "light" | null | undefined'.`,
    "Wrong.svelte 9: Property 'open' does not exist on type 'VersusFilterDetail'.",
    // Svelte would write toggle-all="false", which turns the option on.
    `Wrong.svelte 10: Type 'false' is not assignable to type 'true | "" | null | undefined'.`,
    "WrongLegacy.svelte 8: Property 'visible' does not exist on type 'VersusToggleDetail'.",
  ]);
});

let passed = 0;
let failed = 0;
for (const { name, fn } of results) {
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
  }
}
await browser.close();
await firefoxBrowser?.close();
await server.close();
if (!process.env.E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
