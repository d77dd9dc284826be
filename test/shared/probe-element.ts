/** A minimal versus element for testing the shared base: it prints the dataset's title. */
import { html } from 'lit';
import type { Dataset } from '../../src/data/types.js';
import { defineElement } from '../../src/shared/define.js';
import { VersusElement } from '../../src/shared/versus-element.js';

export class VersusProbe extends VersusElement {
  protected override renderContent(data: Dataset) {
    return html`<p part="title">${data.title}</p>`;
  }
}
defineElement('versus-probe', VersusProbe);

declare global {
  interface HTMLElementTagNameMap {
    'versus-probe': VersusProbe;
  }
}

export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
