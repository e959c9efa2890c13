export * from './bundled-content';
