export * from './read-documents';
export * from './project-paths';
export * from './journal-event-store';
export * from './read-journal-file';
export { syncFolder } from './journal-files';
export * from './journal-lines';
export { snapshotsFileOf } from './journal-snapshot-file';
export * from './write-new-journal';
