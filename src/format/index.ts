export { createImportJobsFormatters, type ImportJobsFormatters } from './formatters.js';
