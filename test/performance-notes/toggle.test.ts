import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/performance-notes/performance-notes.js';
import type { PerformanceNotes } from '../../src/components/performance-notes/performance-notes.component.js';

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
});
