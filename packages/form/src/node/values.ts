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
