import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pros-cons-table/pros-cons-table.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';

interface Args {
  subjects: string;
  show: 'both' | 'pros' | 'cons';
  examples: boolean;
  highlight: string;
  'heading-level': number;
  theme: 'auto' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/pros-cons-table',
  component: 'pros-cons-table',
  args: { subjects: '', show: 'both', examples: true, highlight: '', 'heading-level': 2, theme: 'auto' },
  argTypes: {
    show: { control: 'inline-radio', options: ['both', 'pros', 'cons'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => withArgs('pros-cons-table', args),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const OneSubject: Story = { args: { subjects: 'django' } };

export const ProsOnly: Story = { args: { show: 'pros' } };

export const WithHighlight: Story = { args: { highlight: 'django' } };

export const WithoutExamples: Story = { args: { examples: false } };

export const Narrow: Story = {
  render: () => html`<div style="max-width: 300px"><pros-cons-table highlight="flask"></pros-cons-table></div>`,
};

export const Dark: Story = { args: { theme: 'dark', highlight: 'flask' } };

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><pros-cons-table highlight="django"></pros-cons-table></div>`,
};

export const ThreeSubjects: Story = {
  name: 'Three subjects (custom dataset)',
  render: () => html`<pros-cons-table .data=${threeSubjects} highlight="vue"></pros-cons-table>`,
};

export const Error: Story = {
  render: () => html`<pros-cons-table subjects="flask rails"></pros-cons-table>`,
};

const french = {
  language: 'fr',
  pros: 'Avantages',
  cons: 'Inconvénients',
  pro: 'Avantage',
  con: 'Inconvénient',
  example: 'Exemple',
  featured: 'À la une',
  prosConsCaption: 'Avantages et inconvénients de {subjects}',
  prosConsNone: 'Aucun',
};

export const Translated: Story = {
  name: 'Translated interface (French strings, English article)',
  render: () => html`<pros-cons-table highlight="django" .strings=${french}></pros-cons-table>`,
};
