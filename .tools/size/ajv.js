export { default } from 'ajv/dist/2020.js';
export { default as formats } from 'ajv-formats';
