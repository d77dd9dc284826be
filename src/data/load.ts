/**
 * The one loader. Elements ask it for a dataset; it fetches each URL once for the whole page,
 * validates once, and lets go of (aborts) a fetch nobody waits for any more.
 */
import { format, sharedStrings as english } from '../shared/strings.js';
import type { Dataset, Problem } from './types.js';
import { formatProblem, validateDataset } from './validate.js';

/** `url`: `src` is not a URL at all (e.g. `http://[::1/x.json`), so nothing was fetched. */
export type LoadFailureKind = 'url' | 'network' | 'http' | 'parse' | 'invalid' | 'aborted';

export interface LoadFailure {
  kind: LoadFailureKind;
  /** A sentence for people: what failed and where. */
  message: string;
  url?: string;
  status?: number;
  problems?: Problem[];
  /** The browser's or JSON parser's own words, when there are any (none when an HTML page came back). */
  reason?: string;
}

export type LoadResult = { ok: true; data: Dataset } | { ok: false; error: LoadFailure };

interface SharedFetch {
  result: Promise<LoadResult>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const fetches = new Map<string, SharedFetch>();

/**
 * Objects validated in the current task: elements given the same object together (the article's
 * sections) validate it once. The page may change the object afterwards, so the memory is dropped
 * once the task ends, and an element given it later checks it again.
 */
let checkedObjects: WeakMap<object, LoadResult> | undefined;
/** The bundled article, checked by the test suite (see `trust`). */
const trusted = new WeakSet<object>();

/** Validates a value that did not come from a URL (the `data` property, an inline script). */
export function checkDataset(value: unknown, origin = 'data'): LoadResult {
  if (typeof value !== 'object' || value === null) return toResult(value, origin);
  if (trusted.has(value)) return { ok: true, data: value as Dataset };
  if (!checkedObjects) {
    checkedObjects = new WeakMap();
    setTimeout(() => (checkedObjects = undefined));
  }
  let result = checkedObjects.get(value);
  if (!result) {
    result = toResult(value, origin);
    checkedObjects.set(value, result);
  }
  return result;
}

function toResult(value: unknown, origin: string, url?: string): LoadResult {
  const validation = validateDataset(value);
  if (validation.ok) return { ok: true, data: validation.data };
  const { problems } = validation;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return {
    ok: false,
    error: { kind: 'invalid', url, problems, message: `The dataset from ${origin} has ${count}: ${formatProblem(problems[0])}` },
  };
}

/** Parses the JSON text of an inline `<script type="application/json">`. */
export function parseInlineDataset(text: string): LoadResult {
  try {
    return checkDataset(JSON.parse(text), 'the inline script');
  } catch (error) {
    return {
      ok: false,
      error: { kind: 'parse', reason: (error as Error).message, message: format(english.errorInlineNotJson, { reason: (error as Error).message }) },
    };
  }
}

async function fetchDataset(url: string, signal: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) return { ok: false, error: { kind: 'aborted', url, message: `Loading ${url} was cancelled.` } };
    const reason = (error as Error).message;
    return { ok: false, error: { kind: 'network', url, reason, message: format(english.errorUnreachable, { url, reason }) } };
  }
  if (!response.ok) {
    const reason = `${response.status} ${response.statusText}`.trim();
    return { ok: false, error: { kind: 'http', url, status: response.status, reason, message: format(english.errorHttp, { url, reason }) } };
  }
  let value: unknown;
  let text = '';
  try {
    text = await response.text();
    value = JSON.parse(text);
  } catch (error) {
    if (signal.aborted) return { ok: false, error: { kind: 'aborted', url, message: `Loading ${url} was cancelled.` } };
    // Apps and hosts often answer an unknown path with their HTML home page and a 200.
    const html = /^\s*</.test(text) || /html/i.test(response.headers.get('content-type') ?? '');
    const reason = html ? undefined : (error as Error).message;
    return { ok: false, error: { kind: 'parse', url, reason, message: format(english.errorNotJson, { url, reason: reason ?? english.errorHtmlPage }) } };
  }
  return toResult(value, url, url);
}

const loadedListeners = new Set<(url: string) => void>();

/**
 * Calls `listener` with the URL of each dataset fetched successfully, so an element whose fetch
 * of that URL failed can show it once another element's "Try again" got it. Returns the unsubscribe.
 */
export function onDatasetLoaded(listener: (url: string) => void): () => void {
  loadedListeners.add(listener);
  return () => loadedListeners.delete(listener);
}

export interface DatasetRequest {
  readonly url: string;
  readonly result: Promise<LoadResult>;
  /** Says the caller no longer needs the result; the last one to let go aborts a pending fetch. */
  release(): void;
}

/**
 * Requests the dataset at `src` (resolved against `base`). Requests for the same URL share one
 * fetch while it is pending or after it succeeded; a failed one is forgotten, so retry fetches again.
 */
export function requestDataset(src: string, base: string): DatasetRequest {
  let url: string;
  try {
    const resolved = new URL(src, base);
    // The fragment never reaches the server: `data.json#a` and `data.json` are one fetch.
    resolved.hash = '';
    url = resolved.href;
  } catch {
    const error = { kind: 'url', url: src, message: format(english.errorBadUrl, { url: src }) } as const;
    return { url: src, result: Promise.resolve({ ok: false, error }), release() {} };
  }
  let entry = fetches.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: SharedFetch = { controller, users: 0, settled: false, result: Promise.resolve(null as never) };
    created.result = fetchDataset(url, controller.signal).then((result) => {
      created.settled = true;
      if (!result.ok && fetches.get(url) === created) fetches.delete(url);
      if (result.ok) for (const listener of loadedListeners) listener(url);
      return result;
    });
    fetches.set(url, created);
    entry = created;
  }
  const shared = entry;
  shared.users += 1;
  let released = false;
  return {
    url,
    result: shared.result,
    release() {
      if (released) return;
      released = true;
      shared.users -= 1;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (fetches.get(url) === shared) fetches.delete(url);
      }
    },
  };
}

let bundled: Promise<LoadResult> | undefined;

/**
 * The bundled article is checked by the test suite (test/data/validate.test.ts validates the same
 * JSON file), so pages skip validating it again; elements handed this object as `data` (as
 * `<comparison-article>` does) find it already checked.
 */
function trust(value: unknown): LoadResult {
  trusted.add(value as object);
  return { ok: true, data: value as Dataset };
}

/** The bundled article, loaded on demand so apps that bring their own data never download it. */
export function loadBundledDataset(): Promise<LoadResult> {
  bundled ??= import('./bundled-article.js').then(
    (module) => trust(module.default),
    (error: Error) => {
      bundled = undefined;
      return { ok: false, error: { kind: 'network', message: `Could not load the bundled article (${error.message}).` } };
    },
  );
  return bundled;
}
