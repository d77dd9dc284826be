// The benchmark's runs. Each suite interleaves its variants (A B A B ...) in fresh pages and
// returns plain rows for results.json: `{ suite, scenario, variant, floor?, wall, cpu, ... }`.
import { interactionSample, interleave, memorySample, renderSample, stats } from './measure.mjs';

export const FAQ_SIZES = [10, 100, 1000];
export const MATRIX_SIZES = [10, 100, 1000];
export const MATRIX_SUBJECTS = [2, 6];

function summarize(samples, pick) {
  return { wall: stats(samples.map((s) => s.wall)), cpu: stats(samples.map((s) => s.cpu)), ...(pick ? pick(samples) : {}) };
}

/** The module a variant loads: none for the floors, which are plain markup. */
export function urlsFor(env, variant) {
  return env.modules[variant] ? [env.modules[variant]] : [];
}

/** Render with N generated entries: our element, its floor and (for the FAQ) the peer. */
async function scaling(env, { suite, kind, variants, floor, sizes, subjects, runs, attributes }) {
  const rows = [];
  for (const n of sizes) {
    const present = variants.filter((v) => v === floor || v === 'sl-details' || env.modules[v]);
    const scenario = (variant) => ({ kind, n, subjects, variant, attributes });
    env.log(`${suite}: N=${n} (${present.join(', ')}), ${runs} runs`);
    const { samples, errors } = await interleave(present, runs, (v) => renderSample(env, { scenario: scenario(v), urls: urlsFor(env, v) }));
    for (const variant of present) {
      rows.push({ suite, n, subjects, variant, floor, error: errors[variant], ...summarize(samples[variant]) });
    }
  }
  return rows;
}

export async function faqScaling(env, runs) {
  return scaling(env, { suite: 'faq', kind: 'faq', variants: ['details', 'faq-accordion', 'sl-details'], floor: 'details', sizes: FAQ_SIZES, runs });
}

export async function matrixScaling(env, runs) {
  const rows = [];
  for (const subjects of MATRIX_SUBJECTS) {
    rows.push(
      ...(await scaling(env, { suite: `matrix-${subjects}`, kind: 'matrix', variants: ['table', 'feature-matrix'], floor: 'table', sizes: MATRIX_SIZES, subjects, runs })),
    );
  }
  return rows;
}

/** Every element with the bundled article, warm (script defined, article chunk loaded) and cold. */
export async function articleRenders(env, runs) {
  const tags = Object.keys(env.modules).filter((name) => name !== 'sl-details');
  const rows = [];
  for (const cold of [false, true]) {
    env.log(`article, ${cold ? 'cold' : 'warm'}: ${tags.length} elements, ${runs} runs`);
    const urls = (tag) => (cold ? [env.modules[tag]] : [env.modules[tag], env.article]);
    const { samples, errors } = await interleave(tags, runs, (tag) =>
      renderSample(env, { scenario: { kind: 'article', variant: tag }, urls: urls(tag), cold }),
    );
    for (const tag of tags) rows.push({ suite: cold ? 'article-cold' : 'article-warm', variant: tag, error: errors[tag], ...summarize(samples[tag]) });
  }
  return rows;
}

/** The timed interactions, each with its scenario (bench/firefox.mjs runs them too). */
export const INTERACTIONS = [
  {
    name: 'FAQ search keystroke, 1,000 entries (slowest of "cache")',
    variant: 'faq-accordion',
    scenario: { kind: 'faq', n: 1000, attributes: { searchable: '' } },
    action: { kind: 'type', label: 'Search the questions', text: 'cache' },
    budget: 'frame',
  },
  ...[2, 6].map((subjects) => ({
    name: `Matrix filter keystroke, 1,000 features x ${subjects} subjects (slowest of "cache")`,
    variant: 'feature-matrix',
    scenario: { kind: 'matrix', n: 1000, subjects },
    action: { kind: 'type', label: 'Filter features', text: 'cache' },
    budget: 'frame',
  })),
  ...[2, 6].map((subjects) => ({
    name: `Matrix "only differences" toggle, 1,000 features x ${subjects} subjects`,
    variant: 'feature-matrix',
    scenario: { kind: 'matrix', n: 1000, subjects },
    action: { kind: 'toggle', label: 'Only differences' },
    budget: 'frame',
  })),
];

/** Keystrokes and toggles, each in its own pages; then opening 100 FAQ items against native. */
export async function interactions(env, runs) {
  const rows = [];
  for (const item of INTERACTIONS) {
    if (!env.modules[item.variant]) {
      rows.push({ suite: 'interaction', name: item.name, variant: item.variant, budget: item.budget, error: `<${item.variant}> is not built` });
      continue;
    }
    env.log(`${item.name}, ${runs} runs`);
    const scenario = { ...item.scenario, variant: item.variant };
    const { samples, errors } = await interleave([item.variant], runs, () =>
      interactionSample(env, { scenario, urls: urlsFor(env, item.variant), action: item.action }),
    );
    const list = samples[item.variant];
    rows.push({
      suite: 'interaction',
      name: item.name,
      variant: item.variant,
      budget: item.budget,
      error: errors[item.variant] ?? (list.some((s) => s.detail?.changed === false) ? 'the toggle changed nothing on screen' : undefined),
      ...summarize(list),
      frame: stats(list.map((s) => s.detail?.longestFrame).filter((v) => v !== undefined)),
    });
  }
  const open = ['details', 'faq-accordion'].filter((v) => v === 'details' || env.modules[v]);
  env.log(`open 100 FAQ items one by one (${open.join(', ')}), ${runs} runs`);
  const { samples, errors } = await interleave(open, runs, (variant) =>
    interactionSample(env, { scenario: { kind: 'faq', n: 100, variant }, urls: urlsFor(env, variant), action: { kind: 'open', count: 100 } }),
  );
  for (const variant of open) {
    rows.push({ suite: 'open', name: 'Open 100 FAQ items one by one (total)', variant, floor: 'details', error: errors[variant], ...summarize(samples[variant]) });
  }
  return rows;
}

/** Heap and nodes held after rendering 1,000 FAQ entries, after a forced GC. */
export async function memory(env, runs) {
  const variants = ['details', 'faq-accordion', 'sl-details'].filter((v) => v === 'details' || env.modules[v]);
  env.log(`memory, 1,000 FAQ entries (${variants.join(', ')}), ${runs} runs`);
  const { samples, errors } = await interleave(variants, runs, (variant) =>
    memorySample(env, { scenario: { kind: 'faq', n: 1000, variant }, urls: urlsFor(env, variant) }),
  );
  return variants.map((variant) => {
    const list = samples[variant];
    return {
      suite: 'memory',
      variant,
      floor: 'details',
      error: errors[variant],
      js: stats(list.map((s) => s.js)),
      dom: stats(list.map((s) => s.dom)),
      nodes: stats(list.map((s) => s.nodes)),
    };
  });
}
