// Every story of stories/<tag>.stories.ts renders its element without
// an error state, except the stories named Error, which must show one. Rendered without Storybook's
// decorators: story args merged over meta args, through the story's (or meta's) render.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { VersusElement } from '../../src/shared/versus-element.js';
import * as article from '../../stories/comparison-article.stories.js';
import * as overview from '../../stories/comparison-overview.stories.js';
import * as community from '../../stories/community-guide.stories.js';
import * as faq from '../../stories/faq-accordion.stories.js';
import * as matrix from '../../stories/feature-matrix.stories.js';
import * as perf from '../../stories/performance-notes.stories.js';
import * as proscons from '../../stories/pros-cons-table.stories.js';
import * as similarity from '../../stories/similarity-list.stories.js';
import * as picker from '../../stories/use-case-picker.stories.js';
import * as theming from '../../stories/Theming.stories.js';

type Render = (args: Record<string, unknown>) => TemplateResult;
interface StoryModule {
  default: { args?: Record<string, unknown>; render?: Render };
  [name: string]: unknown;
}

const modules: Record<string, StoryModule> = { article, overview, community, faq, matrix, perf, proscons, similarity, picker, theming } as never;

const deepElements = (root: ParentNode): VersusElement[] =>
  [...root.querySelectorAll('*')].flatMap((e) => [...('loadComplete' in e ? [e as VersusElement] : []), ...(e.shadowRoot ? deepElements(e.shadowRoot) : [])]);

describe('stories render as their names say', () => {
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default') continue;
      const s = story as { args?: Record<string, unknown>; render?: Render };
      it(`${file}: ${name} ${name === 'Error' ? 'shows an error' : 'shows no error'}`, async () => {
        const host = document.createElement('div');
        host.style.width = '900px';
        document.body.append(host);
        try {
          const args = { ...mod.default.args, ...s.args };
          render((s.render ?? mod.default.render)!(args), host);
          const top = [...host.querySelectorAll('*')].filter((e): e is VersusElement => 'loadComplete' in e);
          expect(top.length, 'versus elements the story renders').to.be.greaterThan(0);
          const results = await Promise.all(top.map((e) => e.loadComplete));
          const errors = deepElements(host)
            .filter((e) => e.shadowRoot?.querySelector('[part="error"]'))
            .map((e) => `${e.localName}: ${e.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim()}`);
          if (name === 'Error') expect(results.includes(false) || errors.length > 0, 'an error is shown').to.equal(true);
          else expect(errors, `args ${JSON.stringify(args)}`).to.deep.equal([]);
        } finally {
          host.remove();
        }
      });
    }
  }
});
