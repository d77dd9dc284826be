import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define.js';
import { VERSION } from '../../src/shared/version.js';
import { VersusProbe } from './probe-element.js';

async function captureWarnings(run: () => void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r));
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('defines a free tag and records the version on the class', () => {
    class Fresh extends VersusProbe {}
    defineElement('versus-fresh-tag', Fresh);
    expect(customElements.get('versus-fresh-tag')).to.equal(Fresh);
    expect((Fresh as unknown as { versusVersion: string }).versusVersion).to.equal(VERSION);
  });

  it('never throws for a taken tag and warns once, naming the tag and both versions', async () => {
    class SecondCopy extends VersusProbe {}
    const warnings = await captureWarnings(() => {
      defineElement('versus-probe', SecondCopy);
      defineElement('versus-probe', SecondCopy);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`versus-elements ${VERSION}: <versus-probe> is already defined by versus-elements ${VERSION}`);
    expect(customElements.get('versus-probe')).to.equal(VersusProbe);
  });

  it("names another library when it owns the tag, and groups several tags in one warning", async () => {
    customElements.define('foreign-accordion', class extends HTMLElement {});
    customElements.define('foreign-table', class extends HTMLElement {});
    const warnings = await captureWarnings(() => {
      defineElement('foreign-accordion', class extends VersusProbe {});
      defineElement('foreign-table', class extends VersusProbe {});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<foreign-accordion> is already defined by another library');
    expect(warnings[0]).to.include('<foreign-table> is already defined by another library');
  });
});
