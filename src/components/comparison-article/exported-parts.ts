/**
 * The parts of the elements the article renders, forwarded with `exportparts` under the element's
 * tag (`comparison-article::part(faq-accordion-question)`), because `::part()` selectors cannot be
 * chained into nested shadow trees. The lists are the elements' documented `@csspart`s; a test
 * keeps them equal.
 */
export const SECTION_PARTS: Record<string, string> = {
  'comparison-overview': 'base intro card name tagline label analogy website closing loading error retry',
  'pros-cons-table':
    'base intro caption table column-header row-header cell cards card name kind featured list point pro con icon point-title detail example closing loading error retry',
  'feature-matrix':
    'base controls filter category differences count scroller table caption column-header badge group row row-header description cell icon disclosure details legend loading error retry',
  'performance-notes': 'base intro list topic title toggle summary findings by-subject entry subject closing loading error retry',
  'similarity-list': 'base intro list item title summary by-subject entry subject closing loading error retry',
  'community-guide': 'base intro groups group group-title channels channel channel-name benefits-title benefits closing loading error retry',
  'faq-accordion': 'base controls search-label search toggle-all status show-all list item heading question answer loading error retry',
  'use-case-picker':
    'base question prompt progress help option actions button result result-title strength based-on side side-title reasons reason example reveal scores loading error retry',
};

const exported = new Map<string, string>();

/** The `exportparts` value for an element the article renders: `part:tag-part, ...`. */
export function exportPartsOf(tag: string): string {
  let value = exported.get(tag);
  if (value === undefined) {
    value = (SECTION_PARTS[tag] ?? '')
      .split(' ')
      .map((part) => `${part}:${tag}-${part}`)
      .join(', ');
    exported.set(tag, value);
  }
  return value;
}
