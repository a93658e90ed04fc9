// The one place this package imports the core indicators API from. Should the indicators move to a
// `@ias-kit/core/indicators` subpath (to keep the core root within its size budget), only this
// specifier changes.
export * from '@ias-kit/core/indicators';
