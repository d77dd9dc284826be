/**
 * The shape of a versus dataset, written once. Types (`types.ts`), the runtime validator and the
 * published JSON Schema (`data/versus-dataset.schema.json`) all derive from this object.
 */
import { boolean, date, id, list, number, object, oneOf, ref, text, url } from './schema-kit.js';

const subject = ref('subject', "The id of one of the dataset's subjects.");
const line = text();
const perSubject = (description: string) =>
  list(object({ subject, text: line }), { uniqueBy: 'subject', minItems: 1, description });

const point = object(
  { title: text({ description: 'The point in a few words, e.g. "Lightweight & Flexible".' }), detail: line },
  { example: text({ description: 'A real-world example that backs the point.' }) },
);

export const SUPPORT_LEVELS = ['built-in', 'extension', 'partial', 'none'] as const;

const sectionText = object(
  {},
  {
    title: text({ description: 'The heading the article gives this section.' }),
    intro: text({ description: 'The paragraph that opens the section.' }),
    closing: text({ description: 'The paragraph that closes the section.' }),
  },
);

const reason = object(
  { subject, text: line },
  {
    example: text({ description: 'A real-world example behind the reason.' }),
    faq: ref('faq', 'The id of a FAQ entry that says more.'),
    feature: ref('feature', 'The id of a feature that says more.'),
  },
);

const answer = object(
  {
    id: id(),
    label: line,
    weights: list(object({ subject, weight: number({ minimum: -10, maximum: 10 }) }), {
      uniqueBy: 'subject',
      description: 'How much choosing this answer speaks for each subject (negative speaks against).',
    }),
  },
  { reasons: list(reason) },
);

const question = object(
  { id: id(), prompt: line, answers: list(answer, { minItems: 2, uniqueBy: 'id' }) },
  {
    help: text({ description: 'A sentence that helps answering.' }),
    multiple: boolean('Several answers may be chosen.'),
  },
);

export const datasetSchema = object(
  {
    title: text({ description: 'The comparison\'s title, e.g. "Django vs Flask".' }),
    subjects: list(
      object(
        { id: id('A slug that the rest of the dataset uses to name this subject.'), name: line },
        { tagline: text({ description: 'One line that characterises the subject.' }), url: url() },
      ),
      { minItems: 2, uniqueBy: 'id', defines: 'subject', description: 'What is compared: two or more.' },
    ),
  },
  {
    $schema: text({ description: 'The JSON Schema this file follows.' }),
    lang: text({ description: 'The BCP 47 language of the content, e.g. "en".' }),
    intro: text({ description: 'The paragraph that opens the comparison.' }),
    source: object(
      { title: line, author: line, publisher: line },
      { authorRole: text(), date: date('Publication date, YYYY-MM-DD.'), url: url() },
      { description: 'Where the content comes from, for attribution.' },
    ),
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
      { description: 'Headings and framing paragraphs of each section.' },
    ),
    overview: list(
      object(
        { subject, summary: line },
        {
          label: text({ description: 'How the subject labels itself, e.g. "micro-framework".' }),
          analogy: text({ description: 'A picture that sums the subject up.' }),
          strengths: list(line),
        },
      ),
      { minItems: 1, uniqueBy: 'subject' },
    ),
    prosCons: list(object({ subject }, { pros: list(point), cons: list(point) }), { minItems: 1, uniqueBy: 'subject' }),
    featureCategories: list(object({ id: id(), name: line }, { description: text() }), {
      minItems: 1,
      uniqueBy: 'id',
      defines: 'category',
    }),
    features: list(
      object(
        {
          id: id(),
          name: line,
          category: ref('category', 'The id of one of featureCategories.'),
          support: list(
            object(
              { subject, level: oneOf(SUPPORT_LEVELS, { description: 'How the subject provides the feature.' }) },
              {
                via: text({ description: 'The extension or library that provides it, e.g. "SQLAlchemy".' }),
                note: text(),
                example: text({ description: 'A real-world example.' }),
              },
            ),
            { minItems: 1, uniqueBy: 'subject' },
          ),
        },
        { description: text() },
      ),
      { minItems: 1, uniqueBy: 'id', defines: 'feature' },
    ),
    performance: list(object({ id: id(), title: line, summary: line }, { findings: perSubject('What holds for each subject.') }), {
      minItems: 1,
      uniqueBy: 'id',
    }),
    similarities: list(object({ id: id(), title: line, summary: line }, { bySubject: perSubject('How each subject does it.') }), {
      minItems: 1,
      uniqueBy: 'id',
    }),
    useCases: list(
      object(
        { id: id(), subject, title: line, points: list(line, { minItems: 1 }) },
        { examples: list(line, { description: 'Real-world projects of this kind.' }) },
      ),
      { minItems: 1, uniqueBy: 'id' },
    ),
    decision: object(
      {},
      {
        guidance: perSubject('When the article points to each subject.'),
        questions: list(question, { minItems: 1, uniqueBy: 'id' }),
      },
    ),
    communities: list(
      object(
        { id: id(), title: line, channels: list(object({ name: line, description: line }, { url: url() }), { minItems: 1 }) },
        { subject: ref('subject', 'Left out for communities that serve every subject.'), benefits: list(line) },
      ),
      { minItems: 1, uniqueBy: 'id' },
    ),
    faq: list(object({ question: line, answer: line }, { id: id('Defaults to a slug of the question.') }), {
      minItems: 1,
      uniqueBy: 'id',
      idFrom: 'question',
      defines: 'faq',
    }),
  },
  { description: 'A comparison of two or more subjects, rendered by versus-elements.' },
);
