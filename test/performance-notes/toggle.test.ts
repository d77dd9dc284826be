import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/performance-notes/performance-notes.js';
import type { PerformanceNotes } from '../../src/components/performance-notes/performance-notes.component.js';
import threeSubjects from '../fixtures/three-subjects.json';

const data = {
  title: 'T',
  subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  performance: [
    { id: 'with-a', title: 'Has A', summary: 'S1', findings: [{ subject: 'a', text: 'A finding' }] },
    { id: 'only-b', title: 'Only B', summary: 'S2', findings: [{ subject: 'b', text: 'B finding' }] },
  ],
};

describe('<performance-notes> toggle() from script', () => {
  it('does not report a toggle of a topic that has no findings to open for the shown subjects', async () => {
    // JSDoc: "Does nothing for an id the loaded data has no topic for, so no event reports a change
    // nobody can see." With subjects="a", topic "only-b" has no button and no panel.
    const el = await fixture<PerformanceNotes>(html`<performance-notes .data=${data} subjects="a"></performance-notes>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="toggle"]').length).to.equal(1);
    const events: unknown[] = [];
    el.addEventListener('versus-toggle', (e) => events.push(e.detail));
    el.toggle('only-b');
    await el.updateComplete;
    expect(events, 'versus-toggle events for a change nobody can see').to.deep.equal([]);
  });

  it('does not report a toggle while the data is not loaded yet (no topic exists)', async () => {
    const el = document.createElement('performance-notes') as PerformanceNotes;
    el.src = '/no-such-file.json';
    const events: unknown[] = [];
    el.addEventListener('versus-toggle', (e) => events.push(e.detail));
    document.body.append(el);
    try {
      await el.loadComplete; // an http error: no topics shown at all
      el.toggle('anything');
      expect(events, 'versus-toggle events while an error shows').to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('keeps focus on the element, not <body>, when the page\'s script takes away the focused toggle', async () => {
    const data = structuredClone(threeSubjects) as unknown as { performance: { findings: { subject: string }[] }[] };
    data.performance[0].findings = data.performance[0].findings.filter((f) => f.subject === 'react');
    const el = await fixture<PerformanceNotes>(html`<performance-notes .data=${data}></performance-notes>`);
    expect(await el.loadComplete).to.equal(true);
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!;
    toggle.focus();
    el.subjects = 'vue'; // the first topic has no finding for Vue: its toggle goes
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(toggle.isConnected).to.equal(false);
    expect(document.activeElement === el, 'focus stays in the element').to.equal(true);
    expect(el.shadowRoot!.activeElement?.classList.contains('root')).to.equal(true);
  });
});

