import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'cdn/', 'coverage/', 'storybook-static/', 'node_modules/', 'bench/out/', 'custom-elements.json', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Data is rendered as text only.' }] }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is rendered as text only.' },
        { property: 'outerHTML', message: 'Data is rendered as text only.' },
        { property: 'insertAdjacentHTML', message: 'Data is rendered as text only.' },
      ],
    },
  },
  {
    files: ['test/**', 'stories/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
