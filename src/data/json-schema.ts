/**
 * Derives the JSON Schema for dataset authors from the schema-kit description, so editors can
 * autocomplete and check a dataset. Cross-references and per-key uniqueness cannot be said in
 * JSON Schema; they are stated in descriptions and enforced by the runtime validator.
 */
import { datasetDocs } from './dataset-docs.js';
import { datasetSchema } from './dataset-schema.js';
import type { SchemaNode } from './schema-kit.js';

type JsonSchema = Record<string, unknown>;

const describe = (schema: JsonSchema, ...notes: (string | undefined)[]): JsonSchema => {
  const description = notes.filter(Boolean).join(' ');
  return description ? { description, ...schema } : schema;
};

export function toJsonSchema(node: SchemaNode, docs: Record<string, string> = {}, path = '', used = new Set<string>()): JsonSchema {
  const doc = docs[path];
  if (doc !== undefined) used.add(path);
  switch (node.kind) {
    case 'string': {
      const schema: JsonSchema = { type: 'string', minLength: 1, pattern: '\\S' };
      if (node.format === 'id') schema.pattern = '^[\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}][\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}-]*$';
      if (node.format === 'url') Object.assign(schema, { format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://[^/?#\\s]' });
      if (node.format === 'date') Object.assign(schema, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      return describe(schema, doc, node.ref && `Must name an existing ${node.ref} id.`);
    }
    case 'enum':
      return describe({ enum: [...node.values] }, doc);
    case 'number':
      return describe({ type: 'number', minimum: node.minimum, maximum: node.maximum }, doc);
    case 'boolean':
      return describe({ type: 'boolean' }, doc);
    case 'array': {
      const schema: JsonSchema = { type: 'array', items: toJsonSchema(node.items, docs, `${path}[]`, used) };
      if (node.minItems) schema.minItems = node.minItems;
      return describe(schema, doc, node.uniqueBy && `Each item's "${node.uniqueBy}" must be unique.`);
    }
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, child] of [...Object.entries(node.required), ...Object.entries(node.optional)]) {
        properties[key] = toJsonSchema(child, docs, path ? `${path}.${key}` : key, used);
      }
      const schema: JsonSchema = { type: 'object', properties, additionalProperties: false };
      const required = Object.keys(node.required);
      if (required.length) schema.required = required;
      return describe(schema, doc);
    }
  }
}

/** The published schema document (`data/versus-dataset.schema.json`). */
export function datasetJsonSchema(): JsonSchema {
  const used = new Set<string>();
  const schema = toJsonSchema(datasetSchema, datasetDocs, '', used);
  const stale = Object.keys(datasetDocs).filter((path) => !used.has(path));
  if (stale.length) throw new Error(`dataset-docs.ts documents paths the schema does not have: ${stale.join(', ')}`);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'versus-dataset.schema.json',
    title: 'versus-elements dataset',
    ...schema,
  };
}
