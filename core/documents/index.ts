export * from './common-schema';
export * from './problem';
export * from './yaml-document';
export * from './parse-document';
export * from './document-versions';
export * from './zod-problems';
export * from './error-message';
