import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/use-case-picker/use-case-picker.js';
import { withArgs } from './element.js';
import threeSubjects from '../test/fixtures/three-subjects.json';

const DJANGO = 'project-size:large,project-kind:cms-content,admin-cms:yes,deadline:tight,team-size:big-team,architecture:no';
const FLASK = 'project-size:small,project-kind:microservice,admin-cms:no,deadline:flexible,team-size:solo-small,architecture:yes';
const LEANING = 'project-size:medium,project-kind:api-backend,admin-cms:-,deadline:-,team-size:-,architecture:-';
const TIE = 'project-size:medium,project-kind:-,admin-cms:-,deadline:-,team-size:-,architecture:-';

const meta: Meta = {
  title: 'Elements/use-case-picker',
  component: 'use-case-picker',
  args: { layout: 'steps', mode: 'questions', value: '', theme: 'auto', 'heading-level': 2 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['steps', 'form'] },
    mode: { control: 'inline-radio', options: ['questions', 'browse'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => withArgs('use-case-picker', args),
};
export default meta;
type Story = StoryObj;

export const Steps: Story = {};

export const Form: Story = { args: { layout: 'form' } };

export const Browse: Story = { args: { mode: 'browse' } };

export const PresetDjango: Story = { name: 'Preset: Django, clear fit', args: { value: DJANGO } };

export const PresetFlask: Story = { name: 'Preset: Flask, clear fit', args: { value: FLASK } };

export const PresetLeaning: Story = { name: 'Preset: Flask, leaning', args: { value: LEANING } };

export const PresetTie: Story = { name: 'Preset: either fits', args: { value: TIE } };

export const ThreeSubjects: Story = {
  name: 'Three subjects',
  render: () => html`<use-case-picker layout="form" .data=${threeSubjects}></use-case-picker>`,
};

export const ThreeSubjectsTie: Story = {
  name: 'Three subjects: a tie',
  render: () => html`<use-case-picker .data=${threeSubjects} value="team:any,needs:-"></use-case-picker>`,
};

export const Dark: Story = { args: { theme: 'dark', value: DJANGO } };

export const Narrow: Story = {
  render: () => html`<div style="max-width: 280px"><use-case-picker value=${LEANING}></use-case-picker></div>`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => html`<div dir="rtl"><use-case-picker layout="form"></use-case-picker></div>`,
};

export const Error: Story = {
  render: () => html`<use-case-picker value="project-size:huge"></use-case-picker>`,
};
