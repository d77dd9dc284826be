// The size budgets of issue 10 (sizes are deterministic, so a unit test can hold them): the whole
// library with Lit and the article, and <faq-accordion> alone with Lit, brotli -q 11. The bundles
// are built here (esbuild, production Lit, minified); the built CDN file is checked too when present.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { SIZE_BUDGETS } from '../../bench/budgets.mjs';
import { compressedSizes, measureSizes } from '../../bench/sizes.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let rows;

before(async () => {
  rows = await measureSizes();
});

describe('bundle sizes (brotli -q 11)', () => {
  it('measures compressed sizes: brotli and gzip shrink repetitive text, never grow it', () => {
    const text = 'const element = customElements.get("faq-accordion");\n'.repeat(50);
    const size = compressedSizes(text);
    assert.equal(size.raw, Buffer.byteLength(text));
    assert.ok(size.gzip < size.raw / 10 && size.brotli <= size.gzip, JSON.stringify(size));
  });

  it('bundles production Lit and defines each element it measures', () => {
    const npm = rows.filter((row) => row.kind === 'npm');
    for (const row of npm) {
      assert.equal(row.error, undefined, `${row.name} does not build: ${row.error}`);
      assert.ok(!row.code.includes('Lit is in dev mode'), `${row.name} bundles the development build of Lit`);
      if (row.tag) assert.ok(row.code.includes(`"${row.tag}"`), `${row.name}: the bundle does not name its tag`);
    }
    assert.ok(npm.some((row) => row.tag === 'faq-accordion'), 'src/components/faq-accordion/faq-accordion.ts is missing');
  });

  it(`the whole library (every element, Lit, the article) is at most ${kb(SIZE_BUDGETS.whole)}`, () => {
    const whole = rows.filter((row) => row.whole && !row.error);
    assert.ok(whole.length >= 1, 'the whole-library bundle did not build');
    for (const row of whole) {
      assert.ok(row.total.brotli <= SIZE_BUDGETS.whole, `${row.name}: ${kb(row.total.brotli)} brotli, over the ${kb(SIZE_BUDGETS.whole)} budget`);
    }
  });

  it(`<faq-accordion> alone with Lit is at most ${kb(SIZE_BUDGETS.faqAccordion)} (the article loads only when used)`, () => {
    const row = rows.find((r) => r.tag === 'faq-accordion');
    assert.ok(row && !row.error, `faq-accordion does not build: ${row?.error ?? 'missing'}`);
    assert.ok(row.initial.brotli <= SIZE_BUDGETS.faqAccordion, `faq-accordion with Lit: ${kb(row.initial.brotli)} brotli, over the ${kb(SIZE_BUDGETS.faqAccordion)} budget`);
  });
});
