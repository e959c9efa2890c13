// The station server's entry for the rest of the code (the Electron shell starts it; tests reach in).
export * from './build-if-stale';
export * from './content-types';
export * from './csp';
export * from './request-path';
export * from './serve-options';
export * from './static-server';
