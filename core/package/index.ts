export * from './package-format';
export * from './package-open';
