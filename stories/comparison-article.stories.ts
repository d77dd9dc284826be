import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/comparison-article/comparison-article.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';

const meta: Meta = {
  title: 'Elements/comparison-article',
  component: 'comparison-article',
  args: { 'heading-level': 2, theme: 'auto', sections: '' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args) => withArgs('comparison-article', args),
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Narrow: Story = {
  render: () => html`<div style="max-width: 300px"><comparison-article></comparison-article></div>`,
};

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><comparison-article sections="overview similarities communities"></comparison-article></div>`,
};

export const ChosenSections: Story = {
  name: 'Chosen sections (FAQ first, then overview)',
  args: { sections: 'faq overview' },
};

export const CustomDataset: Story = {
  name: 'Custom dataset (three subjects)',
  render: () => html`<comparison-article .data=${threeSubjects}></comparison-article>`,
};

export const Error: Story = {
  render: () => html`<comparison-article sections="overview gallery"></comparison-article>`,
};
