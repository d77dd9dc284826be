// Generated datasets for the scaling runs: deterministic text, so every variant and every run
// renders exactly the same content. Valid versus datasets (see src/data/dataset-schema.ts).

const WORDS = (
  'cache routing template admin migration session cookie signal middleware blueprint request response ' +
  'database query index schema deploy worker queue upload static asset token auth permission form ' +
  'widget field model view serializer endpoint version release plugin extension testing fixture mock ' +
  'logging metric trace profile memory thread async socket stream header payload config secret'
).split(' ');

const SUBJECT_NAMES = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'];
const LEVELS = ['built-in', 'extension', 'partial', 'none'];

/** A small deterministic PRNG (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(next, count) {
  const out = [];
  for (let i = 0; i < count; i += 1) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  return out.join(' ');
}

function subjects(count) {
  return SUBJECT_NAMES.slice(0, count).map((name) => ({ id: name.toLowerCase(), name }));
}

/** `{ title, subjects: [a, b], faq: [n × { question, answer }] }`. */
export function faqDataset(n) {
  const next = random(n * 7919);
  const [a, b] = subjects(2);
  const faq = [];
  for (let i = 0; i < n; i += 1) {
    faq.push({
      question: `Question ${i + 1}: how do ${a.name} and ${b.name} handle ${words(next, 3)}?`,
      answer: `${a.name} covers ${words(next, 8)}, while ${b.name} relies on ${words(next, 10)}. In practice ${words(next, 12)}.`,
    });
  }
  return { title: `${a.name} vs ${b.name}`, subjects: [a, b], faq };
}

/** `{ title, subjects: [s], featureCategories, features: [n] }`, a quarter of them alike for all. */
export function matrixDataset(n, subjectCount) {
  const next = random(n * 104729 + subjectCount);
  const list = subjects(subjectCount);
  const categoryCount = Math.max(1, Math.min(10, Math.ceil(n / 10)));
  const featureCategories = [];
  for (let c = 0; c < categoryCount; c += 1) {
    featureCategories.push({ id: `category-${c + 1}`, name: `Category ${c + 1}: ${words(next, 2)}` });
  }
  const features = [];
  for (let i = 0; i < n; i += 1) {
    const same = i % 4 === 0 ? LEVELS[Math.floor(next() * LEVELS.length)] : undefined;
    features.push({
      id: `feature-${i + 1}`,
      name: `Feature ${i + 1}: ${words(next, 2)}`,
      category: featureCategories[i % categoryCount].id,
      description: `Supports ${words(next, 6)}.`,
      support: list.map((subject, s) => {
        const level = same ?? LEVELS[Math.floor(next() * LEVELS.length)];
        const entry = { subject: subject.id, level };
        if (level === 'extension') entry.via = `${subject.name}-${words(next, 1)}`;
        if (s === 0 && i % 3 === 0) entry.note = `Through ${words(next, 5)}.`;
        return entry;
      }),
    });
  }
  return { title: list.map((s) => s.name).join(' vs '), subjects: list, featureCategories, features };
}
