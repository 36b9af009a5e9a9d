export * from './interfaces.js';
export * from './SegmentImportJobs.js';
