export * from './getImportProgress.js';
export * from './ImportProgress.js';
export * from './interfaces.js';
