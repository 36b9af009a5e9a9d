export { ImportJobDetails } from './ImportJobDetails.js';
export * from './interfaces.js';
