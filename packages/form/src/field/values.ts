import type { FieldNode } from '@ias-kit/core/schema';
export { isJsonObject as isObject, joinPointer } from '@ias-kit/core/schema';

/** A readable label from a property name: `entryDate` → `Entry date`, `work_experience` → `Work experience`. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}

/** The value a freshly added item starts with: its default, `{}` for objects, `[]` for arrays. */
export function initialValue(node: FieldNode): unknown {
  if (node.default !== undefined) return structuredClone(node.default);
  if (node.kind === 'object') {
    const obj: Record<string, unknown> = {};
    for (const p of node.properties) {
      if (p.node.kind === 'const' && !p.visibleWhen) obj[p.name] = p.node.value;
      else if (p.node.default !== undefined && !p.visibleWhen) obj[p.name] = structuredClone(p.node.default);
    }
    return obj;
  }
  if (node.kind === 'array' || node.kind === 'multi-enum') return [];
  if (node.kind === 'const') return node.value;
  return undefined;
}
