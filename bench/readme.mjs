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
- Size: \`<faq-accordion>\` bundles ~48 KB of minified JavaScript: Lit ~17.6 KB, the shared base
  (\`src/shared\`: base element, base styles, strings) ~10.9 KB, the dataset validator and schema
  (\`src/data\`) ~10.1 KB, the element itself ~10 KB. Every element carries the base and the
  validator, so 9 KB brotli needs a much smaller base (CSS inside \`css\` templates is not minified
  in npm bundles) and the validator out of the initial load.
- Render: the FAQ's CPU time sits at about 1.3x-1.8x native \`<details>\`, with a fixed cost of about
  8 ms per element even at N=10; \`<feature-matrix>\` costs about 5x the static table at every N,
  so its cost is per row, not a constant.
- Keystrokes and the toggle re-render every row (1,000 templates) and lay the list out again; the
  FAQ also marks every match of the query (a one-letter query marks thousands of ranges). Not yet
  profiled further.`;

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
\`node bench/readme.mjs\` rewrites this section from the last run. Sizes are held by a unit test
(\`test/node/size.test.mjs\`, part of \`npm test\`).

Last run: ${results.date.slice(0, 10)}, ${machine.cpus} cores (${machine.cpu}), ${machine.chromium},
Node ${machine.node}; ${results.pagesPerVariant.faq} pages per variant for the FAQ, fewer for the rest.
The machine was shared with other test runs, so wall times are noisy; compare the CPU column.

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
