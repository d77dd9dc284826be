import { expect } from '@open-wc/testing';
import { datasetJsonSchema } from '../../src/data/json-schema.js';
import { formatProblem, validateDataset } from '../../src/data/validate.js';
import { slugify } from '../../src/data/slug.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { invalidDatasets } from '../fixtures/invalid-datasets.js';

describe('validateDataset', () => {
  it('accepts the bundled article', async () => {
    const article = await (await fetch('/data/django-vs-flask.json')).json();
    const result = validateDataset(article);
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([]);
  });

  it('accepts the invented three-subject fixture', () => {
    const result = validateDataset(threeSubjects);
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([]);
    expect(threeSubjects.subjects.map((s) => s.id)).to.deep.equal(['react', 'vue', 'svelte']);
  });

  it('accepts a minimal dataset: every section is optional', () => {
    const result = validateDataset({ title: 'A vs B', subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] });
    expect(result.ok).to.equal(true);
  });

  for (const { name, dataset, problems } of invalidDatasets) {
    it(`reports every problem of an invalid dataset: ${name}`, () => {
      const result = validateDataset(dataset);
      expect(result.ok).to.equal(false);
      expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal(problems);
    });
  }

  it('lists all problems, not only the first', () => {
    const result = validateDataset({ title: '', subjects: [{ id: 'a', name: '' }, { id: 'b' }] });
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([
      'title: expected a non-empty string',
      'subjects[0].name: expected a non-empty string',
      'subjects[1].name: is missing (expected a non-empty string)',
    ]);
  });

  it('asks for an id where a FAQ question has no letters or digits to make one from', () => {
    const data = { title: 'x', subjects: threeSubjects.subjects, faq: [{ question: '???', answer: 'A.' }, { question: '🤔', answer: 'B.' }] };
    const result = validateDataset(data);
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([
      'faq[0].id: is missing: "???" has no letters or digits to make one from',
      'faq[1].id: is missing: "🤔" has no letters or digits to make one from',
    ]);
    const withIds = { ...data, faq: data.faq.map((item, index) => ({ ...item, id: `q${index}` })) };
    expect(validateDataset(withIds).ok).to.equal(true);
  });

  it('takes as an id the slug the FAQ itself makes of a non-Latin question, so an author can pin it', () => {
    const question = 'Какой фреймворк проще?';
    const pinned = { title: 'x', subjects: threeSubjects.subjects, faq: [{ id: slugify(question), question, answer: 'Flask.' }] };
    expect(pinned.faq[0].id).to.equal('какой-фреймворк-проще');
    expect(validateDataset(pinned).ok).to.equal(true);
    const upper = { ...pinned, faq: [{ ...pinned.faq[0], id: 'Какой' }] };
    for (const question of ['हिन्दी में Django क्या है?', 'מָה זֶה?', 'ما هو الإطار المُدْمَج؟', 'ภาษาที่ดี', 'தமிழ் கேள்வி', `${'あ'.repeat(79)}𠮷𠮷`]) {
      const pinnedAgain = { ...pinned, faq: [{ id: slugify(question), question, answer: 'A.' }] };
      expect(validateDataset(pinnedAgain).ok, `${question} -> ${slugify(question)}`).to.equal(true);
    }
    const upperResult = validateDataset(upper);
    expect(upperResult.ok ? [] : upperResult.problems.map((p) => p.path)).to.deep.equal(['faq[0].id']);
  });

  it('shortens a long wrong value in a reference or a duplicate id, as in every other message', () => {
    const long = 'x'.repeat(100_000);
    const data = {
      title: 'x',
      subjects: [...threeSubjects.subjects, { id: `z${long}`, name: 'Z' }],
      faq: [{ id: long, question: 'Q1', answer: 'A.' }, { id: long, question: 'Q2', answer: 'B.' }],
      prosCons: [{ subject: long, pros: [], cons: [] }],
    };
    const result = validateDataset(data);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    // The duplicate, and the unknown subject with the list of known ones (a long one among them).
    expect(messages).to.have.length(2);
    for (const message of messages) expect(message.length, message.slice(0, 120)).to.be.below(200);
    expect(messages.join('\n')).to.include(`"${'x'.repeat(40)}…"`);
  });

  it('rejects a date that does not exist', () => {
    const dated = (date: string) => validateDataset({ title: 'x', subjects: threeSubjects.subjects, source: { title: 'T', author: 'A', publisher: 'P', date } });
    expect([dated('2024-02-29').ok, dated('2025-02-29').ok, dated('2025-02-30').ok, dated('2025-04-31').ok]).to.deep.equal([true, false, false, false]);
  });

  it('names an unknown property of an item that also lacks a required one, and of every item alike', () => {
    const data = {
      title: 'x',
      subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      // The first has as many keys as a complete item; the second has an unknown one set to undefined.
      faq: [{ question: 'Q?', anwser: 'A' }, { question: 'Q2?', answer: 'A', extra: undefined }],
    };
    const result = validateDataset(data);
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([
      'faq[0].answer: is missing (expected a non-empty string)',
      'faq[0].anwser: is not a known property',
      'faq[1].extra: is not a known property',
    ]);
  });

  it('does not let a hostile __proto__ key through', () => {
    const hostile = JSON.parse('{"title":"x","subjects":[{"id":"a","name":"A"},{"id":"b","name":"B"}],"__proto__":{"polluted":true}}');
    const result = validateDataset(hostile);
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal(['__proto__: is not a known property']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('the published JSON Schema', () => {
  it('is generated from the same source as the validator (run `npm run schema` if this fails)', async () => {
    const published = await (await fetch('/data/versus-dataset.schema.json')).json();
    expect(published).to.deep.equal(datasetJsonSchema());
  });

  /**
   * For each value of a subject's `field`: "<value> <the validator accepts it> <the schema's pattern
   * does>". Editors read JSON Schema patterns as ECMAScript regular expressions with the u flag.
   */
  function verdicts(field: 'url' | 'id', values: string[]): string[] {
    const published = datasetJsonSchema() as { properties: { subjects: { items: { properties: Record<string, { pattern: string }> } } } };
    const pattern = new RegExp(published.properties.subjects.items.properties[field].pattern, 'u');
    return values.map((value) => {
      const data = structuredClone(threeSubjects) as typeof threeSubjects & { subjects: { url?: string }[] };
      data.subjects[0][field] = value;
      // A new id is renamed everywhere the subject is referred to.
      const inUse = field === 'id' ? JSON.parse(JSON.stringify(data).replaceAll('"react"', JSON.stringify(value))) : data;
      return `${value} ${validateDataset(inUse).ok} ${pattern.test(value)}`;
    });
  }

  it('takes the same URLs as the validator, so an editor flags what the elements reject and nothing else', () => {
    expect(verdicts('url', ['https://react.dev', 'HTTPS://react.dev/docs', 'http://x.test', 'https:react.dev', 'https:/react.dev', 'ftp://x.test', '//react.dev', 'https://', 'https:///react.dev'])).to.deep.equal([
      'https://react.dev true true',
      'HTTPS://react.dev/docs true true',
      'http://x.test true true',
      'https:react.dev false false',
      'https:/react.dev false false',
      'ftp://x.test false false',
      '//react.dev false false',
      'https:// false false',
      'https:///react.dev false false',
    ]);
  });

  it('takes the same ids as the validator, in any script but only in lowercase', () => {
    expect(verdicts('id', ['react', 'vue-3', '3d', 'какой-фреймворк', '框架', 'हिन्दी', 'React', '-react', 're act', 'Какой'])).to.deep.equal([
      'react true true',
      'vue-3 true true',
      '3d true true',
      'какой-фреймворк true true',
      '框架 true true',
      'हिन्दी true true',
      'React false false',
      '-react false false',
      're act false false',
      'Какой false false',
    ]);
  });

  it('is what the bundled dataset names in $schema', async () => {
    const article = await (await fetch('/data/django-vs-flask.json')).json();
    expect(article.$schema).to.equal('./versus-dataset.schema.json');
  });
});
