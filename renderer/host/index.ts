export * from './random-id';
export * from './console-connection';
export * from './host-requests';
export * from './remote-exercise';
export * from './follow-exercise';
export * from './page-console';
export * from './use-exercise-host';
