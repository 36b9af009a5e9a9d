export * from './FailureList.js';
export * from './interfaces.js';
