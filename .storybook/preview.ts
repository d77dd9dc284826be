import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze` (cem), which `npm start` and `npm run build-storybook` run first.
import manifest from '../custom-elements.json';
import { globalTypes, initialGlobals, withToolbarGlobals } from './decorators.js';
import { docsManifest } from './docs-manifest.js';

setCustomElementsManifest(docsManifest(manifest));

const preview: Preview = {
  // Autodocs for every element: attributes, properties, events, slots, parts and custom properties
  // come from the manifest through each story file's `component` tag.
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withToolbarGlobals],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    a11y: {
      // 'error' marks a violation as a failure in the a11y panel and in test runs.
      test: 'error',
      // A story renders one element alone in a bare page: page-level rules do not apply.
      config: { rules: [{ id: 'region', enabled: false }] },
    },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Elements'] },
    },
  },
};

export default preview;
