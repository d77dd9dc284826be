/** Reads and writes the matrix's filter in the page URL (only with `sync-url`). */
import type { MatrixFilter } from './feature-matrix.model.js';

export const URL_PARAMS = { query: 'feature-query', category: 'feature-category', onlyDifferences: 'feature-differences' } as const;

export function readUrlFilter(): Partial<MatrixFilter> {
  const params = new URL(location.href).searchParams;
  const filter: Partial<MatrixFilter> = {};
  const query = params.get(URL_PARAMS.query);
  const category = params.get(URL_PARAMS.category);
  if (query !== null) filter.query = query;
  if (category !== null) filter.category = category;
  if (params.has(URL_PARAMS.onlyDifferences)) filter.onlyDifferences = params.get(URL_PARAMS.onlyDifferences) !== '0';
  return filter;
}

/** Replaces (never pushes) the current history entry, so filtering adds no back-button steps. */
export function writeUrlFilter(filter: MatrixFilter): void {
  const url = new URL(location.href);
  const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
  set(URL_PARAMS.query, filter.query);
  set(URL_PARAMS.category, filter.category);
  set(URL_PARAMS.onlyDifferences, filter.onlyDifferences ? '1' : '');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
