export * from './ImportJobsI18nProvider.js';
export * from './messages.js';
