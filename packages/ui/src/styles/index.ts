export * from './base.js';
export * from './table.js';
