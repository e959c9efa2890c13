export * from './read-documents';
export * from './project-paths';
export * from './journal-event-store';
export * from './read-journal-file';
export { syncFolder } from './journal-files';
