export * from './bundle/bundle-files.js';
export * from './bundle/excerpt.js';
export * from './bundle/field-types.js';
export * from './bundle/response-layout.js';
export * from './bundle/survey-exports.js';
export * from './db.js';
export * from './enums.js';
