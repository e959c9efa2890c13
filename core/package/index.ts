export * from './package-format';
export * from './package-open';
export * from './journal-seal';
