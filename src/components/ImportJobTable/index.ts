export * from './columnIds.js';
export * from './getImportJobTableProps.js';
export { ImportJobTable } from './ImportJobTable.js';
export * from './interfaces.js';
export { getImportJobTableState } from './tableState.js';
