export * from './interfaces.js';
export * from './JobStatusBadge.js';
export * from './tones.js';
