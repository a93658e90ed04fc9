import type { FieldNode } from '@ias-kit/core/schema';
import { isObject } from '../field/values.js';

/** The chain of field nodes from the root to the value at `pointer` (through objects, arrays and choices). */
export function locate(root: FieldNode, value: unknown, pointer: string): FieldNode[] | undefined {
  const tokens =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const chain: FieldNode[] = [];
  let node: FieldNode | undefined = root;
  let data = value;
  for (const token of tokens) {
    if (!node) return chain;
    chain.push(node);
    if (node.kind === 'object') {
      const prop: { node: FieldNode } | undefined =
        node.properties.find((p) => p.name === token) ??
        node.choices
          .flatMap((c) => c.alternatives)
          .flatMap((a) => (a.node.kind === 'object' ? a.node.properties : []))
          .find((p) => p.name === token);
      node = prop?.node;
    } else if (node.kind === 'array') {
      node = node.items;
    } else {
      return chain;
    }
    data = isObject(data) || Array.isArray(data) ? (data as Record<string, unknown>)[token] : undefined;
  }
  if (node) chain.push(node);
  return chain;
}
