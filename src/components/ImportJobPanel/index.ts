export { ImportJobPanel } from './ImportJobPanel.js';
export * from './interfaces.js';
