export * from './browser-bridge';
