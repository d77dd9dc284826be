// `npm run bench -- --check` exits 1 with the rows `checks()` marks failing. The bench itself takes
// minutes and is not part of `npm test`; its budget logic is, on the committed results of a real
// run and on copies of them changed one budget at a time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checks, firefoxMarkdown } from '../../bench/report.mjs';

const recorded = JSON.parse(readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8'));
const failing = (results) => checks(results).filter((c) => !c.pass).map((c) => c.name);
const run = (results, match) => results.runs.find((r) => Object.entries(match).every(([key, value]) => r[key] === value));

describe('the bench budgets (bench/report.mjs checks)', () => {
  it('checks every budget of issue 10, and passes a run that meets them all', () => {
    const names = checks(recorded).map((c) => c.name);
    for (const budget of ['Size: faq-accordion with Lit', 'FAQ N=100: render (wall) over native <details>', 'FAQ N=1000: sl-details (wall) over faq-accordion', 'Memory: DOM heap for 1,000 FAQ entries']) {
      assert.ok(names.includes(budget), budget);
    }
    assert.ok(names.some((n) => n.startsWith('Size: versus-elements')) && names.some((n) => n.startsWith('FAQ search keystroke')) && names.some((n) => n.startsWith('Matrix "only differences" toggle')));
    // The same run with every figure inside its budget.
    const results = structuredClone(recorded);
    for (const s of results.sizes) {
      if (s.total) s.total.brotli = 20 * 1024;
      if (s.initial) s.initial.brotli = 8 * 1024;
    }
    for (const n of [100, 1000]) {
      const native = run(results, { suite: 'faq', n, variant: 'details' }).wall.median;
      run(results, { suite: 'faq', n, variant: 'faq-accordion' }).wall.median = native;
      run(results, { suite: 'faq', n, variant: 'sl-details' }).wall.median = native * 5;
    }
    for (const r of results.runs.filter((x) => x.suite === 'interaction')) r.wall.median = 10;
    run(results, { suite: 'memory', variant: 'faq-accordion' }).dom.median = run(results, { suite: 'memory', variant: 'details' }).dom.median;
    assert.deepEqual(failing(results), []);
  });

  it('fails a keystroke slower than a frame, a FAQ slower than sl-details allows, and more DOM heap than native', () => {
    const results = structuredClone(recorded);
    run(results, { suite: 'interaction', variant: 'faq-accordion' }).wall.median = 16;
    const ours = run(results, { suite: 'faq', n: 100, variant: 'faq-accordion' });
    ours.wall.median = run(results, { suite: 'faq', n: 100, variant: 'sl-details' }).wall.median / 3.9;
    const native = run(results, { suite: 'memory', variant: 'details' });
    run(results, { suite: 'memory', variant: 'faq-accordion' }).dom.median = native.dom.median + 1;
    const failed = failing(results);
    assert.ok(failed.some((n) => n.startsWith('FAQ search keystroke')), failed.join(' | '));
    assert.ok(failed.includes('FAQ N=100: sl-details (wall) over faq-accordion'), failed.join(' | '));
    assert.ok(failed.includes('Memory: DOM heap for 1,000 FAQ entries'), failed.join(' | '));
  });

  it('fails a budget whose measurement is missing instead of passing it', () => {
    const results = structuredClone(recorded);
    results.runs = results.runs.filter((r) => !(r.suite === 'faq' && r.n === 1000 && r.variant === 'faq-accordion') && r.suite !== 'memory');
    const rows = checks(results);
    const faq = rows.find((c) => c.name === 'FAQ N=1000: render (wall) over native <details>');
    assert.equal(faq.pass, false);
    assert.equal(faq.measured, 'not run');
    assert.equal(rows.find((c) => c.name === 'Memory: DOM heap for 1,000 FAQ entries').pass, false);
  });
});

describe('the Firefox table in the README (bench/report.mjs firefoxMarkdown)', () => {
  const firefox = JSON.parse(readFileSync(new URL('../../bench/results-firefox.json', import.meta.url), 'utf8'));

  it('shows each render over its floor, an interaction without one, and a variant that failed', () => {
    const rows = structuredClone(firefox.rows);
    const faq = rows.find((r) => r.name === 'FAQ render, 100 entries' && r.variant === 'faq-accordion');
    const floor = rows.find((r) => r.name === 'FAQ render, 100 entries' && r.variant === 'details');
    Object.assign(floor.wall, { median: 20 });
    Object.assign(faq.wall, { median: 30 });
    rows.find((r) => r.variant === 'sl-details').error = 'did not load';
    const lines = firefoxMarkdown({ rows }).split('\n');
    assert.ok(lines.some((l) => l.startsWith('| FAQ render, 100 entries | `<faq-accordion>` | 30 |') && l.endsWith('| 1.50x |')), lines.join('\n'));
    assert.ok(lines.some((l) => l.includes('native `<details name>` (floor) | 20 |') && l.endsWith('| 1.00x |')));
    assert.ok(lines.some((l) => l.startsWith('| Matrix filter keystroke, 1,000 features x 2 subjects') && l.endsWith('| – |')));
    assert.ok(lines.some((l) => l.includes('`sl-details` (Shoelace, peer) | error: did not load')));
  });
});
