/**
 * Derives the JSON Schema for dataset authors from the schema-kit description, so editors can
 * autocomplete and check a dataset. Cross-references and per-key uniqueness cannot be said in
 * JSON Schema; they are stated in descriptions and enforced by the runtime validator.
 */
import { datasetSchema } from './dataset-schema.js';
import type { SchemaNode } from './schema-kit.js';

type JsonSchema = Record<string, unknown>;

const withDescription = (schema: JsonSchema, description?: string): JsonSchema =>
  description ? { description, ...schema } : schema;

export function toJsonSchema(node: SchemaNode): JsonSchema {
  switch (node.kind) {
    case 'string': {
      const schema: JsonSchema = { type: 'string', minLength: 1, pattern: '\\S' };
      if (node.format === 'id') schema.pattern = '^[a-z0-9][a-z0-9-]*$';
      if (node.format === 'url') Object.assign(schema, { format: 'uri', pattern: '^https?://' });
      if (node.format === 'date') Object.assign(schema, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      const refNote = node.ref ? `Must name an existing ${node.ref} id.` : '';
      return withDescription(schema, [node.description, refNote].filter(Boolean).join(' ') || undefined);
    }
    case 'enum':
      return withDescription({ enum: [...node.values] }, node.description);
    case 'number':
      return withDescription({ type: 'number', minimum: node.minimum, maximum: node.maximum }, node.description);
    case 'boolean':
      return withDescription({ type: 'boolean' }, node.description);
    case 'array': {
      const unique = node.uniqueBy ? `Each item's "${node.uniqueBy}" must be unique.` : '';
      const schema: JsonSchema = { type: 'array', items: toJsonSchema(node.items) };
      if (node.minItems) schema.minItems = node.minItems;
      return withDescription(schema, [node.description, unique].filter(Boolean).join(' ') || undefined);
    }
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, child] of [...Object.entries(node.required), ...Object.entries(node.optional)]) {
        properties[key] = toJsonSchema(child);
      }
      const schema: JsonSchema = { type: 'object', properties, additionalProperties: false };
      const required = Object.keys(node.required);
      if (required.length) schema.required = required;
      return withDescription(schema, node.description);
    }
  }
}

/** The published schema document (`data/versus-dataset.schema.json`). */
export function datasetJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'versus-dataset.schema.json',
    title: 'versus-elements dataset',
    ...toJsonSchema(datasetSchema),
  };
}
