import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';

/** Completeness of the bundled dataset against the article in shared/source. */
describe('the bundled article (data/django-vs-flask.json)', () => {
  let article: Dataset;
  before(async () => {
    article = await (await fetch('/data/django-vs-flask.json')).json();
  });

  const bySubject = <T extends { subject: string }>(items: T[] | undefined, id: string) => items?.find((i) => i.subject === id);

  it('compares Flask and Django and credits its source', () => {
    expect(article.subjects.map((s) => s.id)).to.deep.equal(['flask', 'django']);
    expect(article.source).to.include({
      title: 'Django vs Flask: Which Is Better for Web Development',
      author: 'Alex Ryabtsev',
      publisher: 'Django Stars',
      date: '2024-03-26',
    });
  });

  it('has the overview of both frameworks', () => {
    expect(article.overview?.map((o) => o.subject)).to.deep.equal(['flask', 'django']);
    expect(bySubject(article.overview, 'flask')?.analogy).to.match(/car/i);
    expect(bySubject(article.overview, 'django')?.analogy).to.match(/SUV/);
  });

  it('has 4 pros and 3 cons for each framework, with the real-world examples', () => {
    for (const id of ['flask', 'django']) {
      const entry = bySubject(article.prosCons, id);
      expect(entry?.pros, `${id} pros`).to.have.length(4);
      expect(entry?.cons, `${id} cons`).to.have.length(3);
    }
    const examples = article.prosCons!.flatMap((e) => e.pros ?? []).map((p) => p.example ?? '').join(' ');
    for (const name of ['Netflix', 'LinkedIn', 'Instagram', 'Mozilla', 'Pinterest', 'Disqus']) expect(examples).to.include(name);
  });

  it('has the eight key features, four of each, with their real-world examples', () => {
    const key = article.features!.filter((f) => f.category === 'key-features');
    expect(key.map((f) => f.id)).to.have.members([
      'modularity', 'extensions', 'restful-dispatching', 'jinja2-templating',
      'orm', 'admin-interface', 'middleware', 'mvt-architecture',
    ]);
    const examples = key.flatMap((f) => f.support.map((s) => s.example ?? '')).join(' ');
    for (const name of ['Monzo', 'Airbnb', 'Zalando', 'Hasura', 'Eventbrite', 'The Washington Post', 'Hackernoon', 'Bitbucket']) {
      expect(examples).to.include(name);
    }
    for (const feature of article.features!) expect(feature.support.map((s) => s.subject), feature.id).to.have.members(['flask', 'django']);
  });

  it('has the five performance topics', () => {
    expect(article.performance?.map((t) => t.id)).to.deep.equal([
      'sync-and-async', 'benchmarking', 'database-interactions', 'custom-vs-framework-code', 'real-world-observations',
    ]);
  });

  it('has the eight similarities', () => {
    expect(article.similarities).to.have.length(8);
    expect(article.similarities!.map((s) => s.title).join(' | ')).to.match(/Python.*MVC.*WSGI.*Templating.*Extendability.*ORM.*Development Server.*Community/is);
  });

  it("has Flask's four and Django's five use-case groups with their examples", () => {
    expect(article.useCases!.filter((u) => u.subject === 'flask')).to.have.length(4);
    expect(article.useCases!.filter((u) => u.subject === 'django')).to.have.length(5);
    const examples = article.useCases!.flatMap((u) => u.examples ?? []);
    for (const name of ['Netflix', 'Pinterest', 'Instagram', 'Mozilla', 'Disqus', 'Saleor', 'Wagtail', 'The Washington Post']) {
      expect(examples).to.include(name);
    }
  });

  it('has the decision-making guidance and a question set', () => {
    expect(article.decision?.guidance?.map((g) => g.subject)).to.have.members(['flask', 'django']);
    expect(article.decision?.questions?.map((q) => q.id)).to.include.members(['project-size', 'deadline', 'team-size']);
  });

  it('has the community channels of each and the broader communities', () => {
    const flask = article.communities!.find((c) => c.subject === 'flask')!;
    const django = article.communities!.find((c) => c.subject === 'django')!;
    const broader = article.communities!.find((c) => !c.subject)!;
    expect(flask.channels).to.have.length(5);
    expect(django.channels).to.have.length(7);
    expect(broader.channels.map((c) => c.name).join(' ')).to.match(/GitHub.*Reddit.*Meetup/);
  });

  it('has the five FAQ entries, each question as the article asks it', () => {
    expect(article.faq?.map((f) => f.question)).to.deep.equal([
      'Which framework is better for large and complex applications, Django or Flask?',
      'Can I build RESTful APIs with both Flask and Django?',
      'Can I use Flask and Django together in a project?',
      'Which framework is better to develop data-intensive apps?',
      'How do Flask and Django fare in terms of community support?',
    ]);
  });

  it('leaves out the newsletter, contact and rating boilerplate', () => {
    const text = JSON.stringify(article);
    for (const boilerplate of ['Subscribe', 'Contact Us', 'Rate this article', 'newsletter']) expect(text).not.to.include(boilerplate);
  });
});
