import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/faq-accordion/faq-accordion.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';

const meta: Meta = {
  title: 'Elements/faq-accordion',
  component: 'faq-accordion',
  args: { 'heading-level': 2, theme: 'auto', multiple: false, searchable: false, 'toggle-all': false },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args) => withArgs('faq-accordion', args),
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Multiple: Story = { args: { multiple: true } };

export const SearchableWithToggleAll: Story = {
  name: 'Searchable, with expand all',
  args: { multiple: true, searchable: true, 'toggle-all': true },
};

export const DeepLinked: Story = {
  name: 'Deep-linked (hash-links, one item open)',
  render: () =>
    html`<faq-accordion hash-links open-items="can-i-use-flask-and-django-together-in-a-project"></faq-accordion>`,
};

export const Dark: Story = { args: { theme: 'dark', searchable: true, 'toggle-all': true } };

export const Narrow: Story = {
  render: () => html`<div style="max-width: 280px"><faq-accordion searchable toggle-all></faq-accordion></div>`,
};

export const CustomDataset: Story = {
  name: 'Custom dataset (three subjects)',
  render: () => html`<faq-accordion .data=${threeSubjects} searchable></faq-accordion>`,
};

export const Error: Story = {
  render: () => html`<faq-accordion .data=${{ title: 'Broken', subjects: [{ id: 'a', name: 'A' }], faq: [] }}></faq-accordion>`,
};
