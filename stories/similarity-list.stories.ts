import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/similarity-list/similarity-list.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';

const meta: Meta = {
  title: 'Elements/similarity-list',
  component: 'similarity-list',
  args: { 'heading-level': 2, theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args) => withArgs('similarity-list', args),
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Narrow: Story = {
  render: () => html`<div style="max-width: 300px"><similarity-list></similarity-list></div>`,
};

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><similarity-list></similarity-list></div>`,
};

export const CustomDataset: Story = {
  name: 'Custom dataset (three subjects)',
  render: () => html`<similarity-list .data=${threeSubjects}></similarity-list>`,
};

export const Error: Story = {
  render: () => html`<similarity-list subjects="flask rails"></similarity-list>`,
};
