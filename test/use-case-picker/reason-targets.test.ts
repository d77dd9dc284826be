import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/feature-matrix/feature-matrix.js';
import '../../src/components/faq-accordion/faq-accordion.js';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
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
});
