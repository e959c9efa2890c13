// The station server's entry for the rest of the code (the Electron shell starts it; tests reach in).
export * from './build-if-stale';
export * from './channel-bus';
export * from './console-session';
export * from './content-types';
export * from './csp';
export * from './host-api';
export * from './host-routes';
export * from './host-server';
export * from './loopback';
export * from './request-path';
export * from './serve-options';
export * from './socket-server';
export * from './static-server';
