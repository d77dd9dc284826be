// `node bench/readme.mjs`: writes the README's "Performance" section from bench/results.json
// (the last `npm run bench`), between `<!-- performance -->` and `<!-- /performance -->`.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checks, markdown } from './report.mjs';
import { root } from './sizes.mjs';

const results = JSON.parse(await readFile(join(root, 'bench/results.json'), 'utf8'));
const failing = checks(results).filter((c) => !c.pass);
const { machine } = results;

// What the failing budgets come from, as far as the bench shows (update with the code).
const NOTES = `Where the time and bytes go (${results.date.slice(0, 10)}):
- Size: \`<faq-accordion>\` bundles ~46 KB of minified JavaScript: Lit ~16 KB, the shared base
  (\`src/shared\`: base element, base styles, the whole strings table) ~11 KB, the dataset validator
  and schema (\`src/data\`) ~7 KB, the element itself ~12 KB. Every element carries the base and
  the validator (it checks every dataset, including \`data\` given as a property under SSR), so
  9 KB brotli needs a much smaller base, per-element string tables and the validator out of the
  initial load; the dataset docs already moved out (\`src/data/dataset-docs.ts\`).
- Render: the FAQ's CPU time is about 1.5x native \`<details>\` at N=100 and below it at N=1,000,
  with a fixed cost of about 8 ms per element even at N=10 (not yet profiled): that fixed cost is
  why \`sl-details\` is "only" ~2.4x slower in CPU at N=100.
- Keystrokes: the FAQ toggles \`hidden\` on rendered items without re-rendering templates and
  highlights only matches near the viewport (one frame). \`<feature-matrix>\` also only toggles
  \`hidden\` on rows (its script takes ~1-5 ms for 1,000 x 8), but the browser's layout of a
  1,000-row table with sticky headers after hiding or showing many rows takes 35-80 ms; meeting
  one frame needs virtualisation or a non-table layout for very large matrices.`;

const section = `<!-- performance -->
## Performance

\`npm run bench\` measures the library in headless Chromium side by side with the native floor and
a peer, in the same run: one fresh page per sample, the variants interleaved (A B A B), reporting
the median, min and max over the pages and the ratio to the floor. Wall time is measured inside
the page from just before the content is built and attached until every element's
\`updateComplete\` resolved and a layout was forced; beside it, the renderer's main-thread CPU time
(CDP \`Performance.getMetrics\` ThreadTime), which is steadier on a busy machine. Floors: native
\`<details name>\` markup with the same FAQ text, and a static \`<table>\` with the same matrix
content; peer: Shoelace's \`sl-details\`. It writes \`bench/results.json\` and \`bench/scaling.svg\`
and prints these tables; \`npm run bench -- --check\` exits 1 with the failing budgets;
\`node bench/readme.mjs\` rewrites this section from the last run. Sizes are deterministic:
\`test/node/size.test.mjs\` (part of \`npm test\`) fails when any bundle grows past
\`bench/size-baseline.json\` (\`npm run size-baseline\` records a deliberate growth).

Last run: ${results.date.slice(0, 10)}, ${machine.cpus} cores (${machine.cpu}), ${machine.chromium},
Node ${machine.node}; ${results.pagesPerVariant.faq} pages per variant for the FAQ, fewer for the rest.
Wall times on 2 cores are noisy; the CPU column is steadier.

![Render time against N: FAQ (native details, faq-accordion, sl-details) and feature matrix (static table, feature-matrix, 2 and 6 subjects), log scales](bench/scaling.svg)

${failing.length ? `**${failing.length} budget${failing.length > 1 ? 's do' : ' does'} not hold yet** (see "Budgets" below).` : 'Every budget holds.'}

${failing.length ? `${NOTES}

` : ''}${markdown(results).replace(/^#### /gm, '### ')}
<!-- /performance -->`;

const readme = await readFile(join(root, 'README.md'), 'utf8');
const existing = /<!-- performance -->[\s\S]*?<!-- \/performance -->/;
const next = existing.test(readme) ? readme.replace(existing, () => section) : readme.replace('<!-- performance -->', () => section);
if (next === readme) throw new Error('README.md has no <!-- performance --> marker');
await writeFile(join(root, 'README.md'), next);
console.log(`README.md: Performance section written from the run of ${results.date}`);
