export * from './scenario-schema';
export * from './load-scenario';
export * from './scenario-time';
export * from './inject-index';
export { scenarioToCurrent } from './scenario-migrations';
export * from './time-zones';
