export * from './exercise-parties';
export * from './expected-action-log';
export * from './inject-log';
export * from './exchange-graph';
export * from './mechanism-history';
export * from './evaluation-log';
export * from './state-paths';
export * from './exercise-read-models';
