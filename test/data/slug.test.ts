import { expect } from '@open-wc/testing';
import { slugify } from '../../src/data/slug.js';

// Slugs are the FAQ's item ids, so they end up in links people share (#can-i-use-x).
describe('slugify', () => {
  it('turns a question into a lowercase, dash-separated id', () => {
    expect(slugify('Can I use Flask for large, complex apps?')).to.equal('can-i-use-flask-for-large-complex-apps');
    expect(slugify('  --Django vs. Flask!--  ')).to.equal('django-vs-flask');
  });

  it('drops accents instead of the letters that carry them', () => {
    expect(slugify('Crème brûlée à la carte')).to.equal('creme-brulee-a-la-carte');
    expect(slugify('ＦＵＬＬ width')).to.equal('full-width');
  });

  it('keeps the letters of other scripts, so their questions get ids of their own', () => {
    expect(slugify('Какой фреймворк быстрее?')).to.equal('какой-фреймворк-быстрее');
    expect(slugify('Какой проще изучить?')).to.equal('какой-проще-изучить');
    expect(slugify('Ποιο είναι πιο γρήγορο;')).to.equal('ποιο-είναι-πιο-γρήγορο');
    expect(slugify('どちらが速い？ 2024')).to.equal('どちらが速い-2024');
    expect(slugify('한국어 질문')).to.equal('한국어-질문');
  });

  it('keeps the marks that are part of a word in scripts such as Devanagari and Thai', () => {
    expect(slugify('हिन्दी में Django क्या है?')).to.equal('हिन्दी-में-django-क्या-है');
    expect(slugify('कम?')).to.not.equal(slugify('कमी?'));
    expect(slugify('ภาษาที่ดี')).to.equal('ภาษาที่ดี');
  });

  it('cuts a long id between characters, never inside one', () => {
    const slug = slugify(`${'あ'.repeat(79)}𠮷𠮷`);
    expect(Array.from(slug)).to.have.length(80);
    expect(slug.endsWith('𠮷')).to.equal(true);
  });

  it('keeps ids to 80 characters', () => {
    expect(slugify('word '.repeat(40))).to.have.length.of.at.most(80);
  });

  it('gives the same id every time, whichever string came first', () => {
    const accented = slugify('Déjà vu?');
    expect(slugify('Deja vu?')).to.equal(accented);
    expect(slugify('Déjà vu?')).to.equal('deja-vu');
  });
});
