import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/feature-matrix/feature-matrix.js';
import '../../src/components/faq-accordion/faq-accordion.js';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { $$, text } from './helpers.js';

// The real elements, not stand-ins: a shared link opens the picker on its result while the FAQ and
// the matrix below it load the same article, so the picker asks them for their items mid-update.
describe('<use-case-picker> reason links to the real elements', () => {
  it('links to the FAQ and to the feature table on a page that opens on a result', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <use-case-picker value="project-size:large,project-kind:cms-content,admin-cms:yes,deadline:-,team-size:big-team,architecture:no"></use-case-picker>
      <faq-accordion></faq-accordion>
      <feature-matrix></feature-matrix>
    </div>`);
    const elements = [...page.children] as (HTMLElement & { loadComplete: Promise<boolean> })[];
    expect(await Promise.all(elements.map((el) => el.loadComplete))).to.deep.equal([true, true, true]);
    const picker = elements[0] as UseCasePicker;
    await picker.updateComplete;
    const links = $$(picker, '[part="reveal"]').map(text);
    expect(links).to.include('See it in the feature table');
  });

  describe('when a target can no longer show its item', () => {
    const kinds = (picker: UseCasePicker) => $$<HTMLButtonElement>(picker, '[part="reveal"]').map((b) => b.dataset.reveal);

    async function page() {
      const box = await fixture<HTMLElement>(html`<div>
        <use-case-picker .data=${threeSubjects} value="team:any,needs:-"></use-case-picker>
        <faq-accordion .data=${threeSubjects}></faq-accordion>
        <feature-matrix .data=${threeSubjects}></feature-matrix>
      </div>`);
      const [picker, faq, matrix] = [...box.children] as (HTMLElement & { loadComplete: Promise<boolean>; data: unknown })[];
      expect(await Promise.all([picker, faq, matrix].map((el) => el.loadComplete))).to.deep.equal([true, true, true]);
      await (picker as UseCasePicker).updateComplete;
      expect(kinds(picker as UseCasePicker)).to.include.members(['faq', 'feature']);
      return { picker: picker as UseCasePicker, faq, matrix };
    }

    it('drops the link to a FAQ that now shows an error, or a matrix whose subjects became wrong', async () => {
      const { picker, faq, matrix } = await page();
      faq.data = { title: 'Broken', subjects: [] };
      await faq.loadComplete;
      await picker.updateComplete;
      expect(kinds(picker)).to.not.include('faq');
      matrix.setAttribute('subjects', 'react nope');
      await matrix.loadComplete;
      await picker.updateComplete;
      expect(kinds(picker)).to.not.include('feature');
    });

    it('drops a link whose FAQ left the page once it is pressed, and keeps focus on the result', async () => {
      const { picker, faq } = await page();
      faq.remove();
      const link = $$<HTMLButtonElement>(picker, '[part="reveal"]').find((b) => b.dataset.reveal === 'faq')!;
      link.focus();
      link.click();
      await picker.updateComplete;
      expect(kinds(picker)).to.not.include('faq');
      expect(picker.shadowRoot!.activeElement?.classList.contains('result-focus')).to.equal(true);
    });
  });
});

