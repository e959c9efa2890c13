// The station server's entry for the rest of the code (the Electron shell starts it; tests reach in).
export * from './build-if-stale';
export * from './content-types';
export * from './csp';
export * from './request-path';
export * from './serve-options';
export * from './static-server';
export * from './data-folder';
export * from './journal-lock';
export * from './exercise-catalogue-files';
export * from './exercise-creation';
export * from './restore-journal';
export * from './record-keeper';
export * from './interval-ticker';
export * from './host-journal';
export * from './hosted-exercise';
export * from './exercise-host';
export * from './host-api';
