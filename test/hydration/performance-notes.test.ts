// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { PerformanceNotes } from '../../src/components/performance-notes/performance-notes.component.js';
import { describeHydration } from './suite.js';

describeHydration<PerformanceNotes>('performance-notes', () => import('../../src/components/performance-notes/performance-notes.js'), (c) => {
  it('closes and opens a topic\'s findings with the server-rendered toggle', async () => {
    const { el, serverNodes } = c.hydrated;
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const findings = () => el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    const click = (notes: PerformanceNotes) => notes.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    expect(serverNodes, 'the toggle is the server-rendered one').to.include(toggle);
    expect(toggle.getAttribute('aria-expanded'), 'open at first').to.equal('true');
    expect(await c.both(click), 'browser-only -> hydrated, after the same click').to.deep.equal([]);
    expect(toggle.isConnected && toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(findings().hidden, 'findings hidden once closed').to.equal(true);
    expect(await c.both(click), 'browser-only -> hydrated, after a second click').to.deep.equal([]);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(findings().hidden, 'findings hidden once opened again').to.equal(false);
  });
});
