// The contract every part of mintq imports and nothing else defines: the states, wave kinds,
// roles and their capabilities, the public shape of every metric, and a stored report's content.
// No dependencies, so the dashboard, the schema and the metrics can all import it.

export * from './accounts.js';
export * from './audit-actions.js';
export * from './coordinator-entries.js';
export * from './error-reasons.js';
export * from './german-states.js';
export * from './import-format.js';
export * from './import-report.js';
export * from './metric-shapes.js';
export * from './report-snapshot.js';
export * from './roles.js';
export * from './single-sign-on.js';
export * from './wave-kinds.js';
