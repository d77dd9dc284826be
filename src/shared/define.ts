/**
 * Defines custom elements without ever throwing. When a tag is already taken (a second copy of
 * this library, or another library's element of that name), the existing definition stays and
 * one console warning names the tags and the versions involved.
 */
import { VERSION } from './version.js';

const WARNED = Symbol.for('versus-elements.warned-tags');
type Versioned = CustomElementConstructor & { versusVersion?: string };

let pending: string[] = [];

function flushWarning(): void {
  const lines = pending;
  pending = [];
  if (lines.length) {
    console.warn(
      `versus-elements ${VERSION}: ${lines.join('; ')}. The existing definition${lines.length > 1 ? 's were' : ' was'} kept; ` +
        'load the library once per page to avoid this.',
    );
  }
}

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing === constructor) return;
  if (existing) {
    const globals = globalThis as unknown as Record<symbol, Set<string> | undefined>;
    const warned = (globals[WARNED] ??= new Set<string>());
    if (warned.has(tag)) return;
    warned.add(tag);
    const owner = existing.versusVersion ? `versus-elements ${existing.versusVersion}` : 'another library';
    if (!pending.length) queueMicrotask(flushWarning);
    pending.push(`<${tag}> is already defined by ${owner}`);
    return;
  }
  (constructor as Versioned).versusVersion = VERSION;
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // A registry that refuses (e.g. the same class under two tags) must not break the host page.
    console.warn(`versus-elements ${VERSION}: could not define <${tag}>: ${(error as Error).message}`);
  }
}
