// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { SimilarityList } from '../../src/components/similarity-list/similarity-list.component.js';
import { describeHydration } from './suite.js';

// Nothing to click here: the common checks (no error, the server's nodes kept, the same DOM as a
// browser-only render, new data followed) are this element's whole hydration story.
describeHydration<SimilarityList>('similarity-list', () => import('../../src/components/similarity-list/similarity-list.js'));
