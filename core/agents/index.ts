export * from './seeded-random';
export * from './agent-director';
export * from './run-exercise';
export * from './live-agents';
