// Types of manifest-api.mjs for the TypeScript that imports it (.storybook/preview.ts).
/** A copy of a custom-elements manifest prepared for Storybook's Docs tables. */
export function storybookManifest<T extends object>(manifest: T): T;
