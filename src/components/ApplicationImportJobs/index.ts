export * from './ApplicationImportJobs.js';
export * from './interfaces.js';
