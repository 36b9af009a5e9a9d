export * from './columnIds.js';
export * from './getImportJobTableProps.js';
export { getImportJobTableState, ImportJobTable } from './ImportJobTable.js';
export * from './interfaces.js';
