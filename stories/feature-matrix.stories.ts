import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/feature-matrix/feature-matrix.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';
import { generated } from '../test/feature-matrix/helpers.js';

const meta: Meta = {
  title: 'Elements/feature-matrix',
  component: 'feature-matrix',
  args: { theme: 'auto', highlight: '', query: '', category: '', 'only-differences': false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    highlight: { control: 'inline-radio', options: ['', 'flask', 'django'] },
    category: { control: 'inline-radio', options: ['', 'key-features', 'shared-foundations'] },
  },
  render: (args) => withArgs('feature-matrix', args),
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const OnlyDifferences: Story = { name: 'Only differences', args: { 'only-differences': true } };

export const Filtered: Story = { args: { query: 'sqlalchemy' } };

export const Highlighted: Story = { args: { highlight: 'django' } };

export const ThreeSubjects: Story = {
  name: 'Three subjects',
  render: () => html`<feature-matrix .data=${threeSubjects} highlight="vue"></feature-matrix>`,
};

const large = generated(500, 6);
export const Generated500: Story = {
  name: '500 generated features',
  render: () => html`<feature-matrix .data=${large}></feature-matrix>`,
};

export const Narrow: Story = {
  render: () => html`<div style="max-width: 320px"><feature-matrix highlight="flask"></feature-matrix></div>`,
};

export const Dark: Story = { args: { theme: 'dark', highlight: 'django' } };

export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => html`<div dir="rtl"><feature-matrix .data=${threeSubjects}></feature-matrix></div>`,
};

export const Error: Story = {
  render: () => html`<feature-matrix highlight="rails"></feature-matrix>`,
};
