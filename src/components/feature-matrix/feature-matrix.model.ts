/**
 * The matrix's data, prepared once per dataset so that filtering is a plain loop: rows grouped by
 * category, each with its lowercase search text and whether its shown subjects differ.
 */
import type { Dataset, Feature, FeatureSupport, Subject } from '../../data/types.js';
import { fold } from '../../shared/fold.js';

export interface MatrixRow {
  feature: Feature;
  /** Position in `MatrixModel.rows` (category order, then dataset order). */
  index: number;
  group: number;
  /** One cell per shown subject, in column order; undefined when the dataset says nothing. */
  cells: (FeatureSupport | undefined)[];
  /** Name, description, notes, `via` and examples, folded once (see `fold`). */
  search: string;
  /** False when every shown subject has the same level. */
  differs: boolean;
}

export interface MatrixGroup {
  id: string;
  name: string;
  description?: string;
  rows: MatrixRow[];
}

export interface MatrixModel {
  subjects: Subject[];
  groups: MatrixGroup[];
  rows: MatrixRow[];
}

export interface MatrixFilter {
  query: string;
  category: string;
  onlyDifferences: boolean;
}

/** Builds the model for the subjects shown (`ids`, empty for all). */
export function buildModel(data: Dataset, ids: string[]): MatrixModel {
  const subjects = ids.length ? ids.map((id) => data.subjects.find((s) => s.id === id)!).filter(Boolean) : data.subjects;
  const features = data.features ?? [];
  const categories = data.featureCategories ?? [];
  const order = [...categories.map((c) => c.id), ...features.map((f) => f.category)];
  const groups: MatrixGroup[] = [];
  const byId = new Map<string, MatrixGroup>();
  for (const id of order) {
    if (byId.has(id)) continue;
    const category = categories.find((c) => c.id === id);
    const group = { id, name: category?.name ?? id, description: category?.description, rows: [] };
    byId.set(id, group);
    groups.push(group);
  }
  for (const feature of features) {
    const cells = subjects.map((s) => feature.support.find((entry) => entry.subject === s.id));
    const levels = new Set(cells.map((c) => c?.level ?? ''));
    const text = [feature.name, feature.description, ...feature.support.flatMap((c) => [c.via, c.note, c.example])];
    byId.get(feature.category)!.rows.push({
      feature,
      index: 0,
      group: 0,
      cells,
      search: fold(text.filter(Boolean).join('\n')),
      differs: levels.size > 1,
    });
  }
  const used = groups.filter((g) => g.rows.length);
  const rows = used.flatMap((g, group) => g.rows.map((row) => Object.assign(row, { group })));
  rows.forEach((row, index) => (row.index = index));
  return { subjects, groups: used, rows };
}

/** Splits a query into folded words (as the FAQ searches); a row matches when it contains every word. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

export function rowMatches(row: MatrixRow, words: string[], filter: MatrixFilter): boolean {
  if (filter.category && row.feature.category !== filter.category) return false;
  if (filter.onlyDifferences && !row.differs) return false;
  for (const word of words) if (!row.search.includes(word)) return false;
  return true;
}

/** Which rows pass the filter, by row index, and how many. */
export function visibleRows(model: MatrixModel, filter: MatrixFilter): { shown: boolean[]; count: number } {
  const words = queryWords(filter.query);
  let count = 0;
  const shown = model.rows.map((row) => {
    const match = rowMatches(row, words, filter);
    if (match) count++;
    return match;
  });
  return { shown, count };
}

/** The filter with whatever hides `row` cleared. */
export function filterRevealing(row: MatrixRow, filter: MatrixFilter): MatrixFilter {
  const words = queryWords(filter.query);
  return {
    query: words.every((w) => row.search.includes(w)) ? filter.query : '',
    category: filter.category && filter.category !== row.feature.category ? '' : filter.category,
    onlyDifferences: filter.onlyDifferences && row.differs,
  };
}
