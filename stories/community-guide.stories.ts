import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/community-guide/community-guide.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';

const meta: Meta = {
  title: 'Elements/community-guide',
  component: 'community-guide',
  args: { 'heading-level': 2, theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args) => withArgs('community-guide', args),
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Narrow: Story = {
  render: () => html`<div style="max-width: 300px"><community-guide></community-guide></div>`,
};

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><community-guide></community-guide></div>`,
};

export const CustomDataset: Story = {
  name: 'Custom dataset (three subjects)',
  render: () => html`<community-guide .data=${threeSubjects}></community-guide>`,
};

export const Error: Story = {
  render: () => html`<community-guide subjects="flask rails"></community-guide>`,
};

export const OneSubjectWithoutBroader: Story = {
  render: () => html`<community-guide subjects="django" hide-broader></community-guide>`,
};
