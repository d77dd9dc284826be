/**
 * The shape of a versus dataset, written once. Types (`types.ts`), the runtime validator and the
 * published JSON Schema (`data/versus-dataset.schema.json`) all derive from this object. The
 * prose for dataset authors lives in `dataset-docs.ts`, keyed by path, so browsers never load it.
 */
import { boolean, date, id, list, number, object, oneOf, ref, text, url } from './schema-kit.js';

const subject = ref('subject');
const line = text();
const perSubject = () => list(object({ subject, text: line }), { uniqueBy: 'subject', minItems: 1 });
const point = object({ title: line, detail: line }, { example: line });
const sectionText = object({}, { title: line, intro: line, closing: line });

export const SUPPORT_LEVELS = ['built-in', 'extension', 'partial', 'none'] as const;

const reason = object({ subject, text: line }, { example: line, faq: ref('faq'), feature: ref('feature') });

const answer = object(
  {
    id: id(),
    label: line,
    weights: list(object({ subject, weight: number({ minimum: -10, maximum: 10 }) }), { uniqueBy: 'subject' }),
  },
  { reasons: list(reason) },
);

const question = object(
  { id: id(), prompt: line, answers: list(answer, { minItems: 2, uniqueBy: 'id' }) },
  { help: line, multiple: boolean() },
);

export const datasetSchema = object(
  {
    title: line,
    subjects: list(object({ id: id(), name: line }, { tagline: line, url: url() }), {
      minItems: 2,
      uniqueBy: 'id',
      defines: 'subject',
    }),
  },
  {
    $schema: line,
    lang: line,
    intro: line,
    source: object({ title: line, author: line, publisher: line }, { authorRole: line, date: date(), url: url() }),
    sectionText: object(
      {},
      {
        overview: sectionText,
        prosCons: sectionText,
        features: sectionText,
        performance: sectionText,
        similarities: sectionText,
        useCases: sectionText,
        decision: sectionText,
        communities: sectionText,
        faq: sectionText,
      },
    ),
    overview: list(object({ subject, summary: line }, { label: line, analogy: line, strengths: list(line) }), {
      minItems: 1,
      uniqueBy: 'subject',
    }),
    prosCons: list(object({ subject }, { pros: list(point), cons: list(point) }), { minItems: 1, uniqueBy: 'subject' }),
    featureCategories: list(object({ id: id(), name: line }, { description: line }), {
      minItems: 1,
      uniqueBy: 'id',
      defines: 'category',
    }),
    features: list(
      object(
        {
          id: id(),
          name: line,
          category: ref('category'),
          support: list(object({ subject, level: oneOf(SUPPORT_LEVELS) }, { via: line, note: line, example: line }), {
            minItems: 1,
            uniqueBy: 'subject',
          }),
        },
        { description: line },
      ),
      { minItems: 1, uniqueBy: 'id', defines: 'feature' },
    ),
    performance: list(object({ id: id(), title: line, summary: line }, { findings: perSubject() }), { minItems: 1, uniqueBy: 'id' }),
    similarities: list(object({ id: id(), title: line, summary: line }, { bySubject: perSubject() }), { minItems: 1, uniqueBy: 'id' }),
    useCases: list(object({ id: id(), subject, title: line, points: list(line, { minItems: 1 }) }, { examples: list(line) }), {
      minItems: 1,
      uniqueBy: 'id',
    }),
    decision: object({}, { guidance: perSubject(), questions: list(question, { minItems: 1, uniqueBy: 'id' }) }),
    communities: list(
      object(
        { id: id(), title: line, channels: list(object({ name: line, description: line }, { url: url() }), { minItems: 1 }) },
        { subject: ref('subject'), benefits: list(line) },
      ),
      { minItems: 1, uniqueBy: 'id' },
    ),
    faq: list(object({ question: line, answer: line }, { id: id() }), { minItems: 1, uniqueBy: 'id', idFrom: 'question', defines: 'faq' }),
  },
);
