/** Reads and writes the matrix's filter in the page URL (only with `sync-url`). */
import type { MatrixFilter } from './feature-matrix.model.js';

/** The default start of the query parameters' names: `feature-query`, `feature-category`, `feature-differences`. */
export const URL_PARAM = 'feature';

/** The three query parameters for the names' start `param` (the element's `url-param`). */
const urlParams = (param: string) =>
  ({ query: `${param}-query`, category: `${param}-category`, onlyDifferences: `${param}-differences` }) as const;

const OFF = ['0', 'false', 'no', 'off'];

/** The filter as one string, to tell whether it changed. */
export const filterKey = (filter: MatrixFilter) => JSON.stringify([filter.query, filter.category, filter.onlyDifferences]);

export function readUrlFilter(param: string): Partial<MatrixFilter> {
  const names = urlParams(param);
  const params = new URL(location.href).searchParams;
  const filter: Partial<MatrixFilter> = {};
  const query = params.get(names.query);
  const category = params.get(names.category);
  if (query !== null) filter.query = query;
  if (category !== null) filter.category = category;
  // `1` is what the matrix writes; a hand-written link may say `false`, `no` or `off`.
  if (params.has(names.onlyDifferences)) filter.onlyDifferences = !OFF.includes(params.get(names.onlyDifferences)!.trim().toLowerCase());
  return filter;
}

/** Replaces (never pushes) the current history entry, so filtering adds no back-button steps. */
export function writeUrlFilter(filter: MatrixFilter, param: string): void {
  const names = urlParams(param);
  const url = new URL(location.href);
  const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
  set(names.query, filter.query);
  set(names.category, filter.category);
  set(names.onlyDifferences, filter.onlyDifferences ? '1' : '');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
