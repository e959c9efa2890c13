export * from './bundled-content';
export * from './content-library';
export * from './use-content-words';
export * from './station-content-words';
