/**
 * The runtime validator: walks a value against a schema-kit node and reports every problem with
 * its JSON path. Cross-references (subject ids, FAQ ids, ...) are checked after the walk, once
 * every id in the dataset is known.
 */
import { datasetSchema } from './dataset-schema.js';
import type { ArrayNode, ObjectNode, RefTarget, SchemaNode, StringNode } from './schema-kit.js';
import { safeHref } from '../shared/links.js';
import { NON_ASCII, slugify } from './slug.js';
import type { Dataset, Problem } from './types.js';

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; problems: Problem[] };

// Lowercase letters of any script (with their marks: Devanagari vowel signs, niqqud…), as slugify()
// makes ids of non-Latin questions.
const ID = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}-]*$/u;
// In ASCII the same ids. Compiling ID's Unicode classes takes milliseconds, on every page, before
// anything renders; most ids never need it.
const ASCII_ID = /^[a-z0-9][a-z0-9-]*$/;
const isId = (value: string) => ASCII_ID.test(value) || (NON_ASCII.test(value) && ID.test(value));
const HTTP_URL = /^https?:\/\/[^/?#\s]/i;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const REF_NAMES: Record<RefTarget, string> = { subject: 'subject', faq: 'FAQ', feature: 'feature', category: 'category' };

interface Walk {
  problems: Problem[];
  ids: Record<RefTarget, Set<string>>;
  refs: { path: string; to: RefTarget; value: string }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value quoted in a message stays short: a pasted paragraph would bury the message. */
const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() ? `"${shorten(value)}"` : 'an empty string';
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

/** 2025-02-30 has the shape of a date but is none. */
const isCalendarDate = (value: string) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);


function checkString(node: StringNode, value: unknown, path: string, walk: Walk): void {
  const expected =
    node.format === 'id'
      ? 'an id of lowercase letters, digits and dashes'
      : node.format === 'url'
        ? 'an http(s) URL'
        : node.format === 'date'
          ? 'a date as YYYY-MM-DD'
          : 'a non-empty string';
  const fail = (suffix = ''): void => {
    walk.problems.push({ path, message: `expected ${expected}${suffix}` });
  };
  if (typeof value !== 'string') return fail(`, got ${describe(value)}`);
  if (!value.trim()) return fail();
  if (node.format === 'id' && !isId(value)) return fail(`, got ${describe(value)}`);
  if (node.format === 'date' && !(DATE.test(value) && isCalendarDate(value))) return fail(`, got ${describe(value)}`);
  // The scheme and `//` are required as in the published JSON Schema: `https:react.dev` parses, but is a typo.
  if (node.format === 'url' && !(HTTP_URL.test(value) && safeHref(value))) return fail(`, got ${describe(value)}`);
  if (node.ref) walk.refs.push({ path, to: node.ref, value });
}

function checkArray(node: ArrayNode, value: unknown, path: string, walk: Walk): void {
  if (!Array.isArray(value)) {
    walk.problems.push({ path, message: `expected a list, got ${describe(value)}` });
    return;
  }
  const min = node.minItems ?? 0;
  if (value.length < min) {
    walk.problems.push({ path, message: `expected at least ${min} item${min === 1 ? '' : 's'}, got ${value.length}` });
  }
  const seen = new Map<string, string>();
  value.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    checkNode(node.items, item, itemPath, walk);
    if (!node.uniqueBy || !isRecord(item)) return;
    let key = item[node.uniqueBy];
    const source = node.idFrom && item[node.idFrom];
    if (key === undefined && typeof source === 'string' && source.trim()) {
      key = slugify(source);
      // "???" or "🤔" makes no slug: without an id of its own the item could not be told apart.
      if (!key) walk.problems.push({ path: `${itemPath}.${node.uniqueBy}`, message: `is missing: ${describe(source)} has no letters or digits to make one from` });
    }
    if (typeof key !== 'string' || !key) return;
    const first = seen.get(key);
    if (first !== undefined) {
      walk.problems.push({ path: `${itemPath}.${node.uniqueBy}`, message: `duplicate ${describe(key)} (first used at ${first})` });
    } else {
      seen.set(key, itemPath);
    }
    if (node.defines) walk.ids[node.defines].add(key);
  });
}

/** An object node's properties as lists, made once per node: datasets repeat the same shapes many times. */
const fieldsOf = new WeakMap<ObjectNode, { required: [string, SchemaNode][]; optional: [string, SchemaNode][] }>();

function checkObject(node: ObjectNode, value: unknown, path: string, walk: Walk): void {
  if (!isRecord(value)) {
    walk.problems.push({ path, message: `expected an object, got ${describe(value)}` });
    return;
  }
  let fields = fieldsOf.get(node);
  if (!fields) fieldsOf.set(node, (fields = { required: Object.entries(node.required), optional: Object.entries(node.optional) }));
  let known = 0;
  for (const [key, child] of fields.required) {
    if (value[key] === undefined || !Object.hasOwn(value, key)) {
      walk.problems.push({ path: join(path, key), message: `is missing (${missingHint(child)})` });
    } else {
      known++;
      checkNode(child, value[key], join(path, key), walk);
    }
  }
  for (const [key, child] of fields.optional) {
    if (value[key] !== undefined && Object.hasOwn(value, key)) {
      known++;
      checkNode(child, value[key], join(path, key), walk);
    }
  }
  // Every own key was one of those unless there are more keys (or one set to undefined).
  if (Object.keys(value).length === known) return;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(node.required, key) && !Object.hasOwn(node.optional, key)) {
      walk.problems.push({ path: join(path, key), message: 'is not a known property' });
    }
  }
}

function missingHint(node: SchemaNode): string {
  switch (node.kind) {
    case 'array':
      return 'expected a list';
    case 'object':
      return 'expected an object';
    case 'number':
      return 'expected a number';
    case 'boolean':
      return 'expected true or false';
    case 'enum':
      return `expected one of ${node.values.map((v) => `"${v}"`).join(', ')}`;
    default:
      return node.format === 'id' ? 'expected an id' : 'expected a non-empty string';
  }
}

function checkNode(node: SchemaNode, value: unknown, path: string, walk: Walk): void {
  switch (node.kind) {
    case 'string':
      return checkString(node, value, path, walk);
    case 'enum':
      if (typeof value !== 'string' || !node.values.includes(value)) {
        walk.problems.push({ path, message: `${missingHint(node)}, got ${describe(value)}` });
      }
      return;
    case 'number': {
      const min = node.minimum ?? -Infinity;
      const max = node.maximum ?? Infinity;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
        const range = Number.isFinite(min) && Number.isFinite(max) ? ` from ${min} to ${max}` : '';
        walk.problems.push({ path, message: `expected a number${range}, got ${describe(value)}` });
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') walk.problems.push({ path, message: `expected true or false, got ${describe(value)}` });
      return;
    case 'array':
      return checkArray(node, value, path, walk);
    case 'object':
      return checkObject(node, value, path, walk);
  }
}

/** Checks any value against a schema-kit node; `ok` carries the value typed. */
export function validateAgainst(schema: SchemaNode, value: unknown): { ok: boolean; problems: Problem[] } {
  const walk: Walk = {
    problems: [],
    ids: { subject: new Set(), faq: new Set(), feature: new Set(), category: new Set() },
    refs: [],
  };
  checkNode(schema, value, '', walk);
  for (const { path, to, value: target } of walk.refs) {
    const known = walk.ids[to];
    if (known.has(target)) continue;
    const list = [...known].slice(0, 8).map(shorten).join(', ');
    walk.problems.push({
      path,
      message: `expected the id of a ${REF_NAMES[to]}${list ? ` (${list}${known.size > 8 ? ', …' : ''})` : ''}, got ${describe(target)}`,
    });
  }
  return { ok: walk.problems.length === 0, problems: walk.problems.map((p) => ({ ...p, path: p.path || '(dataset)' })) };
}

/** Validates a parsed JSON value as a versus dataset, listing every problem found. */
export function validateDataset(value: unknown): ValidationResult {
  const { ok, problems } = validateAgainst(datasetSchema, value);
  return ok ? { ok: true, data: value as Dataset } : { ok: false, problems };
}

/** `faq[3].answer: expected a non-empty string`, one line per problem. */
export const formatProblem = (problem: Problem): string => `${problem.path}: ${problem.message}`;
