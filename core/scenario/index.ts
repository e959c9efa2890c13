export * from './scenario-schema';
export * from './load-scenario';
export * from './scenario-time';
export * from './msel-time';
export * from './msel-columns';
export * from './msel-import';
export * from './spreadsheet-reader';
export * from './msel-export';
