export * from './bundled-content';
export * from './content-library';
export * from './use-content-words';
