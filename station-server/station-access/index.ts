export * from './access-file';
export * from './access-registry';
export * from './join-limiter';
export * from './station-access';
export * from './station-tokens';
