export * from './read-documents';
export * from './project-paths';
