import { expect } from '@open-wc/testing';
import article from '../../data/django-vs-flask.json';
import { parseAnswers, serializeAnswers, withAnswersParam } from '../../src/components/use-case-picker/answers.js';
import { reasonsFor, recommend } from '../../src/components/use-case-picker/scoring.js';
import type { Dataset } from '../../src/data/types.js';
import threeSubjects from '../fixtures/three-subjects.json';

const django = article as unknown as Dataset;
const three = threeSubjects as unknown as Dataset;
const run = (data: Dataset, value: string) => recommend(data.subjects, data.decision!.questions!, parseAnswers(value, data.decision!.questions!).answers);

describe('use-case-picker scoring', () => {
  it('finds Django a clear fit for a large CMS on a tight deadline with a big team', () => {
    const rec = run(django, 'project-size:large,project-kind:cms-content,admin-cms:yes,deadline:tight,team-size:big-team,architecture:no');
    expect(rec.scores).to.deep.equal({ flask: -2, django: 15 });
    expect(rec).to.include({ subject: 'django', strength: 'clear-fit', runnerUp: 'flask', answered: 6 });
    const why = reasonsFor(rec, 'django', 'flask').map((r) => r.text);
    expect(why.some((t) => t.includes('Wagtail'))).to.equal(true);
    // "More groundwork is often required" speaks against Flask, so it backs Django.
    expect(why).to.include('More groundwork is often required for colossal applications.');
  });

  it('adds decimal weights without floating-point noise: 0.1 + 0.2 ties 0.3', () => {
    const weighted = (a: number, b: number) => ({ id: `w${a}${b}`, label: 'L', weights: [{ subject: 'a', weight: a }, { subject: 'b', weight: b }] });
    const subjects = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }];
    const questions = [
      { id: 'q1', prompt: 'Q1', answers: [weighted(0.1, 0.3), weighted(0, 0)] },
      { id: 'q2', prompt: 'Q2', answers: [weighted(0.2, 0), weighted(0, 0)] },
    ];
    const rec = recommend(subjects, questions, { q1: ['w0.10.3'], q2: ['w0.20'] });
    expect(rec.scores).to.deep.equal({ a: 0.3, b: 0.3 });
    expect(rec.strength).to.equal('either-fits');
  });

  it('finds Flask a clear fit for a small custom microservice', () => {
    const rec = run(django, 'project-size:small,project-kind:microservice,admin-cms:no,deadline:flexible,team-size:solo-small,architecture:yes');
    expect(rec.scores).to.deep.equal({ flask: 10, django: -3 });
    expect(rec).to.include({ subject: 'flask', strength: 'clear-fit' });
    const forRunnerUp = reasonsFor(rec, 'django', 'flask');
    expect(forRunnerUp.every((r) => r.subject === 'flask' && !r.speaksFor)).to.equal(true);
  });

  it('is only "leaning" on a narrow lead', () => {
    const rec = run(django, 'project-size:medium,project-kind:api-backend');
    expect(rec.scores).to.deep.equal({ flask: 3, django: 2 });
    expect(rec).to.include({ subject: 'flask', strength: 'leaning', runnerUp: 'django', answered: 2 });
  });

  it('is only "leaning" when a big lead rests on too few answers', () => {
    const rec = run(django, 'project-size:large');
    expect(rec.scores).to.deep.equal({ flask: -1, django: 3 });
    expect(rec).to.include({ subject: 'django', strength: 'leaning', answered: 1 });
    expect(run(django, 'project-size:large,admin-cms:yes,deadline:tight')).to.include({ strength: 'clear-fit', answered: 3 });
  });

  it('calls a tie "either fits" and names every leader (three subjects)', () => {
    const rec = run(three, 'team:any');
    expect(rec.scores).to.deep.equal({ react: 1, vue: 1, svelte: 0 });
    expect(rec.strength).to.equal('either-fits');
    expect(rec.leaders).to.deep.equal(['react', 'vue']);
    expect(rec.subject).to.equal('react');
    expect(rec.runnerUp).to.equal('svelte');
  });

  it('adds up several answers of a multiple-answer question', () => {
    const rec = run(three, 'team:experts,needs:ssr,needs:small-bundles');
    expect(rec.scores).to.deep.equal({ react: 1, vue: 0, svelte: 6 });
    expect(rec).to.include({ subject: 'svelte', strength: 'clear-fit', runnerUp: 'react' });
  });

  it('with nothing answered, every subject fits', () => {
    const rec = run(django, '');
    expect(rec).to.include({ strength: 'either-fits', answered: 0 });
    expect(rec.leaders).to.deep.equal(['flask', 'django']);
  });
});

describe('use-case-picker answers as text', () => {
  const questions = three.decision!.questions!;

  it('round-trips answers, several answers and skips', () => {
    const parsed = parseAnswers('needs:ssr, team:-, needs:small-bundles', questions);
    expect(parsed.answers).to.deep.equal({ needs: ['ssr', 'small-bundles'] });
    expect([...parsed.skipped]).to.deep.equal(['team']);
    expect(parsed.unknown).to.equal(undefined);
    expect(serializeAnswers(parsed.answers, parsed.skipped, questions)).to.equal('team:-,needs:ssr,needs:small-bundles');
  });

  it('keeps the last answer of a single-answer question and reports the first unknown pair', () => {
    const parsed = parseAnswers('team:any,team:experts,team:nobody,size:big', questions);
    expect(parsed.answers).to.deep.equal({ team: ['experts'] });
    expect(parsed.unknown).to.deep.equal({ question: 'team', answer: 'nobody' });
  });

  it('writes a readable query parameter and keeps the others', () => {
    expect(withAnswersParam('?a=1', 'project-size:small,deadline:tight')).to.equal('?a=1&versus-answers=project-size:small,deadline:tight');
    expect(withAnswersParam('?a=1&versus-answers=x:y', '')).to.equal('?a=1');
    expect(withAnswersParam('', '')).to.equal('');
  });
});
