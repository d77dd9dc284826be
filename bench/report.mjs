// Turns results.json into the markdown tables (stdout and README) and checks the budgets.
import { SIZE_BUDGETS, TIME_BUDGETS } from './budgets.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value === undefined ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const ratio = (a, b) => (a === undefined || !b ? '–' : `${(a / b).toFixed(2)}x`);
const VARIANT = {
  details: 'native `<details name>` (floor)',
  table: 'static `<table>` (floor)',
  'sl-details': '`sl-details` (Shoelace, peer)',
};
const label = (variant) => VARIANT[variant] ?? `\`<${variant}>\``;

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function floorOf(rows, row) {
  return row.floor && rows.find((r) => r.suite === row.suite && r.n === row.n && r.variant === row.floor && !r.error);
}

function timeRows(rows, scenario) {
  return rows.map((row) => {
    if (row.error) return [scenario(row), label(row.variant), `error: ${row.error}`, '', '', '', '', ''];
    const floor = floorOf(rows, row);
    return [
      scenario(row),
      label(row.variant),
      ms(row.wall.median),
      `${ms(row.wall.min)}–${ms(row.wall.max)}`,
      ms(row.cpu.median),
      !floor ? '–' : floor !== row ? ratio(row.wall.median, floor.wall?.median) : '1.00x',
      !floor ? '–' : floor !== row ? ratio(row.cpu.median, floor.cpu?.median) : '1.00x',
      String(row.wall.n),
    ];
  });
}

const TIME_HEAD = ['Scenario', 'Variant', 'Wall median (ms)', 'Wall min–max', 'CPU median (ms)', 'Wall / floor', 'CPU / floor', 'Pages'];

/** The markdown report: sizes, renders, scaling, interactions, memory, budgets. */
export function markdown(results) {
  const { sizes, runs } = results;
  const parts = [];
  parts.push(
    '#### Size',
    table(
      ['Bundle', 'Raw', 'gzip -9', 'brotli -q 11', 'Article, loaded on first use (brotli)'],
      sizes.map((s) => (s.error ? [s.name, `error: ${s.error}`, '', '', ''] : [s.name, kb(s.initial.raw), kb(s.initial.gzip), kb(s.initial.brotli), s.lazy.brotli ? kb(s.lazy.brotli) : '–'])),
    ),
  );
  const article = runs.filter((r) => r.suite.startsWith('article'));
  if (article.length) {
    parts.push(
      '#### Render with the article (warm: script and article loaded; cold: fetched and evaluated too)',
      table(
        ['Element', 'Warm median (ms)', 'Warm min–max', 'Warm CPU (ms)', 'Cold median (ms)', 'Cold min–max', 'Cold CPU (ms)'],
        [...new Set(article.map((r) => r.variant))].map((tag) => {
          const warm = article.find((r) => r.variant === tag && r.suite === 'article-warm');
          const cold = article.find((r) => r.variant === tag && r.suite === 'article-cold');
          const cells = (r) => (r?.error || !r ? [`error: ${r?.error ?? 'not run'}`, '', ''] : [ms(r.wall.median), `${ms(r.wall.min)}–${ms(r.wall.max)}`, ms(r.cpu.median)]);
          return [label(tag), ...cells(warm), ...cells(cold)];
        }),
      ),
    );
  }
  const scaling = runs.filter((r) => r.suite === 'faq' || r.suite.startsWith('matrix'));
  parts.push(
    '#### Render with N generated entries',
    table(TIME_HEAD, timeRows(scaling, (r) => (r.suite === 'faq' ? `FAQ, N=${r.n}` : `Matrix, N=${r.n}, ${r.subjects} subjects`))),
  );
  const keystrokes = runs.filter((r) => r.suite === 'interaction');
  parts.push(
    '#### Interaction (after rendering; wall: the slowest keystroke, or the toggle, until updated and laid out; longest frame: the slowest frame rendered in the two after each; CPU: every keystroke of the word, or the toggle, with those frames)',
    table(
      ['Scenario', 'Variant', 'Wall median (ms)', 'Wall min–max', 'Longest frame after, median (ms)', 'CPU median (ms)', 'Pages'],
      keystrokes.map((r) =>
        r.error
          ? [r.name, label(r.variant), `error: ${r.error}`, '', '', '', '']
          : [r.name, label(r.variant), ms(r.wall.median), `${ms(r.wall.min)}–${ms(r.wall.max)}`, ms(r.frame?.median), ms(r.cpu.median), String(r.wall.n)],
      ),
    ),
    table(TIME_HEAD, timeRows(runs.filter((r) => r.suite === 'open'), (r) => r.name)),
  );
  const memory = runs.filter((r) => r.suite === 'memory');
  const floor = memory.find((r) => r.variant === 'details');
  parts.push(
    '#### Memory after rendering 1,000 FAQ entries (forced GC, over the page with the data made; a negative JS heap means the collection after rendering also freed garbage from before it)',
    table(
      ['Variant', 'JS heap', 'DOM heap', 'DOM heap / floor', 'Nodes'],
      memory.map((r) =>
        r.error ? [label(r.variant), `error: ${r.error}`, '', '', ''] : [label(r.variant), kb(r.js.median), kb(r.dom.median), ratio(r.dom.median, floor?.dom?.median), String(r.nodes.median)],
      ),
    ),
  );
  parts.push('#### Budgets', table(['Budget', 'Measured', 'Limit', 'Result'], checks(results).map((c) => [c.name, c.measured, c.limit, c.pass ? 'pass' : '**FAIL**'])));
  const cpu = cpuBeside(results);
  if (cpu.length) {
    parts.push(
      '#### The FAQ budgets in CPU time (reported beside the wall-time budgets)',
      table(['Scenario', 'faq-accordion over native', 'sl-details over faq-accordion', 'sl-details over native (the most any element at native speed could show)'], cpu),
    );
  }
  return parts.join('\n\n');
}

/** The FAQ scaling rows at N for native <details>, <faq-accordion> and sl-details (undefined if failed). */
function faqRuns(results, n) {
  const find = (variant) => results.runs.find((r) => r.suite === 'faq' && r.n === n && r.variant === variant && !r.error);
  return { native: find('details'), ours: find('faq-accordion'), peer: find('sl-details') };
}

/** Every budget of issue 10 as `{ name, measured, limit, pass }`. */
export function checks(results) {
  const out = [];
  const add = (name, measured, limit, pass) => out.push({ name, measured, limit, pass });
  const whole = results.sizes.filter((s) => s.whole && !s.error);
  for (const s of whole) add(`Size: ${s.name}, with the article`, kb(s.total.brotli), `≤ ${kb(SIZE_BUDGETS.whole)}`, s.total.brotli <= SIZE_BUDGETS.whole);
  const faqSize = results.sizes.find((s) => s.tag === 'faq-accordion');
  if (faqSize?.initial) add('Size: faq-accordion with Lit', kb(faqSize.initial.brotli), `≤ ${kb(SIZE_BUDGETS.faqAccordion)}`, faqSize.initial.brotli <= SIZE_BUDGETS.faqAccordion);
  else add('Size: faq-accordion with Lit', 'not built', `≤ ${kb(SIZE_BUDGETS.faqAccordion)}`, false);
  for (const n of [100, 1000]) {
    const { native, ours, peer } = faqRuns(results, n);
    // Wall time, as the reference figures are; CPU time is reported beside (cpuBeside).
    const over = ours && native ? ours.wall.median / native.wall.median : Infinity;
    add(`FAQ N=${n}: render (wall) over native <details>`, ours ? `${over.toFixed(2)}x` : 'not run', `≤ ${TIME_BUDGETS.faqOverNative}x`, over <= TIME_BUDGETS.faqOverNative);
    const faster = ours && peer ? peer.wall.median / ours.wall.median : 0;
    add(`FAQ N=${n}: sl-details (wall) over faq-accordion`, ours ? `${faster.toFixed(2)}x` : 'not run', `≥ ${TIME_BUDGETS.peerOverFaq}x`, faster >= TIME_BUDGETS.peerOverFaq);
  }
  for (const r of results.runs.filter((x) => x.suite === 'interaction')) {
    const value = r.error ? undefined : r.wall.median;
    add(`${r.name} (wall median)`, r.error ? `error: ${r.error}` : `${ms(value)} ms`, `< ${TIME_BUDGETS.frame} ms`, value !== undefined && value < TIME_BUDGETS.frame);
  }
  const memory = results.runs.filter((r) => r.suite === 'memory');
  const native = memory.find((r) => r.variant === 'details' && !r.error);
  const ours = memory.find((r) => r.variant === 'faq-accordion' && !r.error);
  add('Memory: DOM heap for 1,000 FAQ entries', ours ? kb(ours.dom.median) : 'not run', native ? `≤ ${kb(native.dom.median)} (native)` : 'native not run', !!(ours && native && ours.dom.median <= native.dom.median));
  return out;
}

/**
 * The FAQ ratios in main-thread CPU time. Not budgets: the reference figures are wall
 * time, and in CPU time sl-details is less than 4x native <details>, so "4x faster than
 * sl-details" could only hold for an element cheaper than native markup.
 */
export function cpuBeside(results) {
  const rows = [];
  for (const n of [100, 1000]) {
    const { native, ours, peer } = faqRuns(results, n);
    if (!native || !ours || !peer) continue;
    rows.push([`FAQ, N=${n}`, ratio(ours.cpu.median, native.cpu.median), ratio(peer.cpu.median, ours.cpu.median), ratio(peer.cpu.median, native.cpu.median)]);
  }
  return rows;
}

/** The Firefox run (bench/firefox.mjs, bench/results-firefox.json) as the README shows it: wall time only. */
export function firefoxMarkdown({ rows }) {
  const body = rows.map((row) => {
    if (row.error) return [row.name, label(row.variant), `error: ${row.error}`, '', ''];
    const floor = rows.find((r) => r.name === row.name && r.variant === row.floor && !r.error);
    return [row.name, label(row.variant), ms(row.wall.median), `${ms(row.wall.min)}–${ms(row.wall.max)}`, floor ? ratio(row.wall.median, floor.wall.median) : '–'];
  });
  return table(['Scenario', 'Variant', 'Wall median (ms)', 'Wall min–max', 'Wall / floor'], body);
}
