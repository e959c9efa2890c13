export * from './seeded-random';
export * from './agent-director';
export * from './engine-director';
export * from './policy-players';
export * from './run-exercise';
export * from './live-agents';
