export * from './en';
export * from './translate';
