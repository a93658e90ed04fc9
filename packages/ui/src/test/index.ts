export * from './axe.js';
export * from './locales.js';
