/**
 * The checks every element gets, for the server HTML rendered with each dataset as `data` (the
 * browser sets the same before hydrating): it hydrates without an error, keeps the server's nodes
 * and text, ends up as the browser alone renders it, fetches no bundled article, and follows new
 * data; `uses` adds the element's own interactions. Then the server HTML rendered without data:
 * its loading state hydrates, and the bundled article follows.
 */
import { expect } from '@open-wc/testing';
import {
  clientRender,
  cleanUp,
  datasets,
  domLines as lines,
  differences,
  fetchedBundledArticle,
  hydrateServerHtml,
  nodesOf,
  replacedNodes,
  watchPage,
  type DatasetName,
  type Hydrated,
  type VersusHost,
} from './hydrate.js';

export interface Case<T extends VersusHost> {
  /** The hydrated element and what the server HTML held. */
  readonly hydrated: Hydrated<T>;
  /** The same element rendered by the browser alone with the same data (made on first use). */
  client(): Promise<T>;
  dataset: DatasetName;
  /**
   * Does `action` to the hydrated element, then to the browser-only one, and returns where their
   * DOMs then differ (nothing, when hydration wired every binding to the right node).
   */
  both(action: (el: T) => unknown): Promise<string[]>;
}

/**
 * Both datasets, the fixture first: its element's module loads after the server HTML is in the
 * page (the element upgrades then), the article's is loaded already (it upgrades on insertion).
 */
export function describeHydration<T extends VersusHost>(tag: string, define: () => Promise<unknown>, uses: (c: Case<T>) => void = () => {}) {
  for (const dataset of ['three-subjects', 'article'] as const) {
    const when = dataset === 'three-subjects' ? 'its module loaded after the server HTML' : 'the server HTML inserted after its module loaded';
    describe(`<${tag}> hydrated from server HTML with ${dataset === 'article' ? 'the bundled article' : 'the three-subject fixture'} as data (${when})`, function () {
      this.timeout(30000);
      const page = watchPage();
      let hydrationProblems: string[] = [];
      let clientEl: Promise<T> | undefined;
      const client = () => (clientEl ??= clientRender<T>(tag, datasets[dataset]));
      const both = async (action: (el: T) => unknown) => {
        const twin = await client();
        for (const el of [c.hydrated.el, twin]) {
          await action(el);
          await el.loadComplete;
        }
        return differences(lines(twin), lines(c.hydrated.el));
      };
      const c = { dataset, client, both } as Case<T> & { hydrated: Hydrated<T> };
      before(async () => {
        page.start();
        c.hydrated = await hydrateServerHtml<T>(`${tag}.${dataset}`, datasets[dataset], define);
        hydrationProblems = [...page.problems];
      });
      after(() => {
        page.stop();
        cleanUp();
      });

      it('hydrates with no error or warning, and loadComplete resolves true', () => {
        expect(hydrationProblems, 'logged or thrown while hydrating').to.deep.equal([]);
        expect(c.hydrated.loaded).to.equal(true);
      });

      it('keeps every server-rendered node (nothing rendered again from scratch)', () => {
        const { el, serverNodes } = c.hydrated;
        expect(replacedNodes(serverNodes, nodesOf(el)), 'server nodes no longer in place').to.deep.equal([]);
      });

      it('keeps the elements and text the server rendered', () => {
        const { el, serverLines } = c.hydrated;
        expect(differences(serverLines, lines(el, false)), `server DOM -> hydrated DOM`).to.deep.equal([]);
      });

      it('looks exactly as the browser alone renders the same data', async () => {
        expect(differences(lines(await c.client()), lines(c.hydrated.el)), `browser-only render -> hydrated`).to.deep.equal([]);
      });

      it('does not load the bundled article: versus-load names the given data only', () => {
        const { loads } = c.hydrated;
        expect(loads.length, 'versus-load events').to.be.greaterThan(0);
        expect([...new Set(loads)]).to.deep.equal([datasets[dataset].title]);
        expect(fetchedBundledArticle(), 'fetched src/data/bundled-article').to.equal(false);
      });

      uses(c);

      it('follows new data after hydration, as the browser alone does', async () => {
        const before = lines(c.hydrated.el);
        const other = datasets[dataset === 'article' ? 'three-subjects' : 'article'];
        expect(await c.both((el) => (el.data = other)), 'browser-only -> hydrated, given new data').to.deep.equal([]);
        expect(lines(c.hydrated.el)).not.to.deep.equal(before);
      });

      it('logs no error or warning while used', () => {
        expect(page.problems).to.deep.equal([]);
      });
    });
  }
  describe(`<${tag}> hydrated from server HTML rendered without data (the bundled article, loaded in the browser)`, function () {
    this.timeout(30000);
    const page = watchPage();
    let hydrated: Hydrated<T>;
    let hydrationProblems: string[] = [];
    before(async () => {
      page.start();
      hydrated = await hydrateServerHtml<T>(`${tag}.no-data`, undefined, define);
      hydrationProblems = [...page.problems];
    });
    after(() => {
      page.stop();
      cleanUp();
    });

    it('hydrates the server\'s loading state with no error, then shows the article (loadComplete true)', () => {
      expect(hydrationProblems, 'logged or thrown while hydrating').to.deep.equal([]);
      expect(hydrated.loaded).to.equal(true);
      expect(hydrated.loads.length, 'versus-load events').to.be.greaterThan(0);
      expect([...new Set(hydrated.loads)]).to.deep.equal([datasets.article.title]);
      expect(fetchedBundledArticle(), 'fetched src/data/bundled-article').to.equal(true);
    });

    it('keeps the server-rendered box, and replaces "Loading" with the article as the browser alone does', async () => {
      const base = hydrated.serverNodes.find((node) => node instanceof Element && node.matches('[part="base"]'));
      expect(hydrated.el.shadowRoot!.querySelector('[part="base"]') === base, 'the server\'s box').to.equal(true);
      const twin = await clientRender(tag, undefined);
      expect(differences(lines(twin), lines(hydrated.el)), `browser-only render -> hydrated`).to.deep.equal([]);
    });
  });
}
