export * from './metrics-types';
export * from './compute-metrics';
export * from './metrics-summary';
export * from './journal-digest';
