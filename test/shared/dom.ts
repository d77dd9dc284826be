/** Helpers the element tests share. */

/** The text a reader sees in `node`, whitespace collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Collects what a test throws into the page (errors and unhandled rejections) from each test's start:
 * call in a `describe`; read `uncaught` in the tests. Collected errors are not reported twice.
 */
export function watchUncaught(): { readonly uncaught: unknown[] } {
  const seen = { uncaught: [] as unknown[] };
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
    seen.uncaught.push('reason' in event ? event.reason : event.error);
    event.preventDefault();
  };
  beforeEach(() => {
    seen.uncaught = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });
  return seen;
}

/** What a promise settles to: its value, or the error it rejects with (so a test can show either). */
export const settled = (promise: Promise<unknown>): Promise<unknown> => promise.then((value) => value, (error: unknown) => error);
