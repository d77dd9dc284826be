/**
 * A tiny schema kit: one description of a JSON shape gives the TypeScript type (`Infer`),
 * the runtime validator (`validate.ts`) and the JSON Schema for dataset authors
 * (`json-schema.ts`). It exists so the dataset's shape is written down exactly once and the
 * validator stays small enough to ship in the browser bundle.
 */

/** The id namespaces that values can point into; checked after the shape itself. */
export type RefTarget = 'subject' | 'faq' | 'feature' | 'category';

export interface StringNode {
  readonly kind: 'string';
  /** `id`: a slug; `url`: an absolute http(s) URL; `date`: YYYY-MM-DD. */
  readonly format?: 'id' | 'url' | 'date';
  readonly allowEmpty?: boolean;
  readonly ref?: RefTarget;
}
export interface EnumNode<V extends string = string> {
  readonly kind: 'enum';
  readonly values: readonly V[];
}
export interface NumberNode {
  readonly kind: 'number';
  readonly minimum?: number;
  readonly maximum?: number;
}
export interface BooleanNode {
  readonly kind: 'boolean';
}
export interface ArrayNode<I extends SchemaNode = SchemaNode> {
  readonly kind: 'array';
  readonly items: I;
  readonly minItems?: number;
  /** A key of the item objects whose values must be unique within the array. */
  readonly uniqueBy?: string;
  /** Where an item lacks its `uniqueBy` key, its id is the slug of this key instead. */
  readonly idFrom?: string;
  /** Collects the `uniqueBy` values as ids of this namespace for later ref checks. */
  readonly defines?: RefTarget;
}
export type Shape = Record<string, SchemaNode>;
export interface ObjectNode<R extends Shape = Shape, O extends Shape = Shape> {
  readonly kind: 'object';
  readonly required: R;
  readonly optional: O;
}
export type SchemaNode = StringNode | EnumNode | NumberNode | BooleanNode | ArrayNode | ObjectNode;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript type a schema node describes. */
export type Infer<N> = N extends StringNode
  ? string
  : N extends EnumNode<infer V>
    ? V
    : N extends NumberNode
      ? number
      : N extends BooleanNode
        ? boolean
        : N extends ArrayNode<infer I>
          ? Infer<I>[]
          : N extends ObjectNode<infer R, infer O>
            ? Simplify<{ [K in keyof R]: Infer<R[K]> } & { [K in keyof O]?: Infer<O[K]> }>
            : never;

export const text = (options: Omit<StringNode, 'kind'> = {}): StringNode => ({ kind: 'string', ...options });
export const id = (): StringNode => ({ kind: 'string', format: 'id' });
export const ref = (to: RefTarget): StringNode => ({ kind: 'string', ref: to });
export const url = (): StringNode => ({ kind: 'string', format: 'url' });
export const date = (): StringNode => ({ kind: 'string', format: 'date' });
export const oneOf = <V extends string>(values: readonly V[]): EnumNode<V> => ({ kind: 'enum', values });
export const number = (options: Omit<NumberNode, 'kind'> = {}): NumberNode => ({ kind: 'number', ...options });
export const boolean = (): BooleanNode => ({ kind: 'boolean' });
export const list = <I extends SchemaNode>(items: I, options: Omit<ArrayNode, 'kind' | 'items'> = {}): ArrayNode<I> => ({
  kind: 'array',
  items,
  ...options,
});
export const object = <R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional: O = {} as O,
): ObjectNode<R, O> => ({ kind: 'object', required, optional });
