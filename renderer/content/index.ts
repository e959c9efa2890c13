export * from './bundled-content';
export * from './content-library';
