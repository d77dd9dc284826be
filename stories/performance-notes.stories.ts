import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/performance-notes/performance-notes.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';

const meta: Meta = {
  title: 'Elements/performance-notes',
  component: 'performance-notes',
  args: { 'heading-level': 2, theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args) => withArgs('performance-notes', args),
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Narrow: Story = {
  render: () => html`<div style="max-width: 300px"><performance-notes></performance-notes></div>`,
};

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><performance-notes></performance-notes></div>`,
};

export const CustomDataset: Story = {
  name: 'Custom dataset (three subjects)',
  render: () => html`<performance-notes .data=${threeSubjects}></performance-notes>`,
};

export const Error: Story = {
  render: () => html`<performance-notes subjects="flask rails"></performance-notes>`,
};

export const Collapsed: Story = {
  render: () => html`<performance-notes collapsed></performance-notes>`,
};
