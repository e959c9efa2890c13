export * from './en';
export * from './translate';
export * from './language-registry';
