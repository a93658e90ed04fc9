export * from './version.js';
export * from './base/ias-element.js';
export * from './localize/index.js';
export * from './tokens/index.js';
export * from './styles/index.js';
export * from './context/index.js';
export * from './status-light/status-light.types.js';
export { IasStatusLight } from './status-light/status-light.js';
export * from './controllers/index.js';
