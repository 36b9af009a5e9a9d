export * from './JobStatusBadge.js';
