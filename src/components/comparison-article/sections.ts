/**
 * The article's sections, in the article's order: which dataset part each needs, its heading, and
 * the element that renders it. Adding a section is one entry here.
 */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Dataset, SectionName } from '../../data/types.js';
import { paragraph } from '../../shared/paragraph.js';
import type { UiStrings, UiText } from '../../shared/strings.js';
import { exportPartsOf } from './exported-parts.js';
import { renderDecision, renderUseCases } from './use-cases.js';

/** What a section renderer gets from the article. */
export interface SectionContext {
  data: Dataset;
  ui: UiText;
  /** The heading level for the section's content (one below the section heading). */
  level: number;
  theme?: string;
  strings?: Partial<UiStrings>;
}

export interface SectionDefinition {
  /** The key in `sectionText` with the section's title and framing paragraphs. */
  text: SectionName;
  /** The heading when the dataset gives none. */
  fallback: keyof UiStrings;
  /**
   * Who renders the section's framing paragraphs: the element itself (`element`), the article
   * around the element (`article`), or the article the intro and the section renderer the closing.
   */
  frame: 'element' | 'article' | 'intro';
  has(data: Dataset): boolean;
  render(ctx: SectionContext): TemplateResult;
}

/**
 * A section element, given the article's data, strings, theme and (unless told not to) heading
 * level, with its parts forwarded.
 */
function element(tag: StaticValue, name: string, c: SectionContext, withLevel = true): TemplateResult {
  const level = withLevel ? c.level : undefined;
  return staticHtml`<${tag} .data=${c.data} .strings=${c.strings} theme=${ifDefined(c.theme)} heading-level=${ifDefined(level)} exportparts=${exportPartsOf(name)}></${tag}>`;
}

export const SECTIONS = {
  overview: {
    text: 'overview',
    fallback: 'overview',
    frame: 'element',
    has: (d) => !!d.overview?.length,
    render: (c) => element(literal`comparison-overview`, 'comparison-overview', c),
  },
  'pros-cons': {
    text: 'prosCons',
    fallback: 'prosAndCons',
    frame: 'element',
    has: (d) => !!d.prosCons?.length,
    render: (c) => element(literal`pros-cons-table`, 'pros-cons-table', c),
  },
  features: {
    text: 'features',
    fallback: 'features',
    frame: 'article',
    has: (d) => !!d.features?.length,
    render: (c) => element(literal`feature-matrix`, 'feature-matrix', c, false),
  },
  performance: {
    text: 'performance',
    fallback: 'performance',
    frame: 'element',
    has: (d) => !!d.performance?.length,
    render: (c) => element(literal`performance-notes`, 'performance-notes', c),
  },
  similarities: {
    text: 'similarities',
    fallback: 'similarities',
    frame: 'element',
    has: (d) => !!d.similarities?.length,
    render: (c) => element(literal`similarity-list`, 'similarity-list', c),
  },
  'use-cases': {
    text: 'useCases',
    fallback: 'useCases',
    frame: 'intro',
    has: (d) => !!d.useCases?.length,
    render: (c) => renderUseCases(c),
  },
  communities: {
    text: 'communities',
    fallback: 'communities',
    frame: 'element',
    has: (d) => !!d.communities?.length,
    render: (c) => element(literal`community-guide`, 'community-guide', c),
  },
  decision: {
    text: 'decision',
    fallback: 'decision',
    frame: 'article',
    has: (d) => !!(d.decision?.guidance?.length || d.decision?.questions?.length),
    render: (c) => renderDecision(c),
  },
  faq: {
    text: 'faq',
    fallback: 'faq',
    frame: 'article',
    has: (d) => !!d.faq?.length,
    render: (c) => element(literal`faq-accordion`, 'faq-accordion', c),
  },
} satisfies Record<string, SectionDefinition>;

export type ArticleSection = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as ArticleSection[];

/** Splits a `sections` attribute (spaces or commas) into names, keeping the first of duplicates. */
export function parseSections(value: string | undefined): string[] {
  const names = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return names.length ? [...new Set(names)] : SECTION_NAMES;
}

/** A framing paragraph the article renders around a section, or nothing. */
export const sectionParagraph = (kind: 'intro' | 'closing', text: string | undefined): ReturnType<typeof paragraph> => paragraph(kind, text, `section-${kind}`);
