import type { StorybookConfig } from '@storybook/web-components-vite';
import { resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../src') + '/';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  viteFinal(vite) {
    // package.json's `sideEffects` describes the published dist/ files; it makes the bundler drop
    // `import './src/components/<tag>/<tag>.js'` (the import that defines the tag) from stories.
    // Our own sources always keep their side effects here.
    vite.plugins = [
      ...(vite.plugins ?? []),
      {
        name: 'versus-sources-have-side-effects',
        enforce: 'post',
        transform(code: string, id: string) {
          return id.startsWith(SRC) ? { code, moduleSideEffects: true } : undefined;
        },
      },
    ];
    return vite;
  },
};

export default config;
