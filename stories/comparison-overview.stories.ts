import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/comparison-overview/comparison-overview.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';

const meta: Meta = {
  title: 'Elements/comparison-overview',
  component: 'comparison-overview',
  args: { 'heading-level': 2, theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args) => withArgs('comparison-overview', args),
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Narrow: Story = {
  render: () => html`<div style="max-width: 300px"><comparison-overview></comparison-overview></div>`,
};

export const CustomDataset: Story = {
  name: 'Custom dataset (three subjects)',
  render: () => html`<comparison-overview .data=${threeSubjects}></comparison-overview>`,
};

export const Error: Story = {
  render: () => html`<comparison-overview subjects="flask rails"></comparison-overview>`,
};
