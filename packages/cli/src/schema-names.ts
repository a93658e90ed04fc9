/** The names of the kit's schemas (`--schema NAME`), without loading them. */
export const KIT_SCHEMA_NAMES = [
  'case',
  'person',
  'assessment-snapshot',
  'integration-plan',
  'provider',
  'task',
] as const;
export type KitSchemaName = (typeof KIT_SCHEMA_NAMES)[number];
